import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../test/fixtures';
import { searchRoles } from './search';

const design = sampleDesign();

describe('searchRoles', () => {
  it('matches titles case-insensitively', () => {
    expect(searchRoles(design, 'ceo')).toEqual(['ceo']);
    expect(searchRoles(design, 'C')).toEqual(['ceo', 'coo', 'cfo', 'acct']);
  });

  it('matches the unit name (reports created under COO inherit its unit)', () => {
    expect(searchRoles(design, 'operations')).toEqual(['coo', 'opsm', 'analyst']);
  });

  it('matches duty text, in Chinese too, and needs every term', () => {
    expect(searchRoles(design, '日报')).toEqual(['opsm']);
    expect(searchRoles(design, 'daily manager')).toEqual(['opsm']);
    expect(searchRoles(design, 'daily cfo')).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(searchRoles(design, '   ')).toEqual([]);
  });

  it('ignores full-width forms', () => {
    expect(searchRoles(design, 'ＣＥＯ')).toEqual(['ceo']);
  });
});
