import { describe, expect, it } from 'vitest';
import { parseNumber } from './fields';

describe('parseNumber', () => {
  it('reads numbers, empty as null only where allowed', () => {
    expect(parseNumber(' 12.5 ', { nullable: false, integer: false })).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('', { nullable: true, integer: false })).toEqual({ ok: true, value: null });
    expect(parseNumber('', { nullable: false, integer: false })).toEqual({ ok: false });
  });

  it('enforces integers and minimums', () => {
    expect(parseNumber('2.5', { nullable: false, integer: true })).toEqual({ ok: false });
    expect(parseNumber('-1', { nullable: false, integer: true, min: 0 })).toEqual({ ok: false });
    expect(parseNumber('abc', { nullable: true, integer: false })).toEqual({ ok: false });
  });
});
