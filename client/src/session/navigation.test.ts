import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../test/fixtures';
import { navigateChart, navigateOutline } from './navigation';
import { descendantCount } from '@orgcanvas/model';
import { visibleRows } from './tree';

const design = sampleDesign();
const none = new Set<string>();

describe('outline rows', () => {
  it('lists every role depth first with levels', () => {
    const rows = visibleRows(design, none);
    expect(rows.map((row) => `${row.level}:${row.role.title}`)).toEqual([
      '1:CEO',
      '2:COO',
      '3:Ops Manager',
      '3:Analyst',
      '2:CFO',
      '3:Accountant',
      '1:Advisor',
    ]);
  });

  it('hides a collapsed subtree and counts what it hides', () => {
    const rows = visibleRows(design, new Set(['coo']));
    expect(rows.map((row) => row.role.id)).toEqual(['ceo', 'coo', 'cfo', 'acct', 'advisor']);
    expect(descendantCount(design, 'ceo')).toBe(5);
  });
});

describe('outline keys (ARIA tree)', () => {
  it('moves down and up through visible rows', () => {
    expect(navigateOutline(design, none, 'analyst', 'ArrowDown')).toEqual({ kind: 'select', id: 'cfo' });
    expect(navigateOutline(design, none, 'cfo', 'ArrowUp')).toEqual({ kind: 'select', id: 'analyst' });
    expect(navigateOutline(design, new Set(['coo']), 'coo', 'ArrowDown')).toEqual({
      kind: 'select',
      id: 'cfo',
    });
  });

  it('right expands then enters; left collapses then goes to the manager', () => {
    const collapsed = new Set(['coo']);
    expect(navigateOutline(design, collapsed, 'coo', 'ArrowRight')).toEqual({ kind: 'expand', id: 'coo' });
    expect(navigateOutline(design, none, 'coo', 'ArrowRight')).toEqual({ kind: 'select', id: 'opsm' });
    expect(navigateOutline(design, none, 'coo', 'ArrowLeft')).toEqual({ kind: 'collapse', id: 'coo' });
    expect(navigateOutline(design, none, 'opsm', 'ArrowLeft')).toEqual({ kind: 'select', id: 'coo' });
    expect(navigateOutline(design, none, 'advisor', 'ArrowLeft')).toEqual({ kind: 'none' });
  });

  it('Home and End go to the first and last visible rows', () => {
    expect(navigateOutline(design, none, 'cfo', 'Home')).toEqual({ kind: 'select', id: 'ceo' });
    expect(navigateOutline(design, none, 'cfo', 'End')).toEqual({ kind: 'select', id: 'advisor' });
  });
});

describe('chart arrows', () => {
  it('top-down: up is the manager, down the first report, left/right the siblings', () => {
    expect(navigateChart(design, none, 'opsm', 'up')).toBe('coo');
    expect(navigateChart(design, none, 'coo', 'down')).toBe('opsm');
    expect(navigateChart(design, none, 'coo', 'right')).toBe('cfo');
    expect(navigateChart(design, none, 'cfo', 'left')).toBe('coo');
    expect(navigateChart(design, none, 'cfo', 'right')).toBeNull();
    expect(navigateChart(design, none, 'ceo', 'right')).toBe('advisor');
  });

  it('does not enter a collapsed branch and turns with a left-right layout', () => {
    expect(navigateChart(design, new Set(['coo']), 'coo', 'down')).toBeNull();
    expect(navigateChart(design, none, 'coo', 'right', 'right')).toBe('opsm');
    expect(navigateChart(design, none, 'coo', 'down', 'right')).toBe('cfo');
  });

  it('starts at the first root when nothing is selected', () => {
    expect(navigateChart(design, none, null, 'down')).toBe('ceo');
  });
});
