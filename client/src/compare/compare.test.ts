import { describe, expect, it } from 'vitest';
import { type Design, compare, diff, generateOrg } from '@orgcanvas/model';
import { describeChange } from './describe';
import { reverseKey } from './inverse';
import { MARK_COLOURS, canvasMarks, roleMarks } from './marks';

// A: r0 over r1, r2, ...; B: r1 renamed, r2 removed, a new role under r0, r3 moved under r1.
const a = generateOrg({ roles: 6, seed: 3, minSpan: 5, maxSpan: 5 });
const b: Design = {
  ...a,
  roles: [
    ...a.roles
      .filter((role) => role.id !== 'r2')
      .map((role) =>
        role.id === 'r1'
          ? { ...role, title: '新名字', subordinates: ['r3'] }
          : role.id === 'r3'
            ? { ...role, reportsTo: 'r1' }
            : role.id === 'r0'
              ? {
                  ...role,
                  subordinates: [...role.subordinates.filter((id) => id !== 'r2' && id !== 'r3'), 'new'],
                }
              : role,
      ),
    { ...a.roles[1]!, id: 'new', title: '新岗位', reportsTo: 'r0', subordinates: [] },
  ],
};

describe('the compare view’s reading of a comparison', () => {
  it('marks each role alike in both canvases: new only in b, closed only in a, moved and changed in both', () => {
    const marks = roleMarks(compare(a, b));
    expect(Object.fromEntries(marks.a)).toEqual({ r1: 'changed', r2: 'closed', r3: 'moved' });
    expect(Object.fromEntries(marks.b)).toEqual({ r1: 'changed', r3: 'moved', new: 'new' });
    expect(canvasMarks(marks.b)).toContainEqual({ roleId: 'new', colour: MARK_COLOURS.new });
  });

  it('finds every line of a diff under its reverse key in the diff read the other way round', () => {
    const forward = diff(a, b).changes;
    const backward = new Set(diff(b, a).changes.map((change) => change.key));
    for (const change of forward) expect(backward.has(reverseKey(change))).toBe(true);
  });

  it('names the new manager of a moved role in words', () => {
    const moved = diff(a, b).changes.find((change) => change.kind === 'moved')!;
    const line = describeChange(moved, a, b, '(top)');
    expect(line).toMatchObject({ key: 'change.moved', mark: 'moved' });
    expect(line.params.to).toBe('新名字');
  });
});
