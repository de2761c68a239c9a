import { describe, expect, it } from 'vitest';
import { type Design, compare, generateOrg } from '@orgcanvas/model';
import { roleMarks } from './marks';
import { overlayDesign } from './overlay';

// A: r0 over r1, r2, r3; each of those over three more. B drops r1's whole branch and the unit only
// r1 sat in, renames r2 and adds a role under r3.
const base = generateOrg({ roles: 13, seed: 5, minSpan: 3, maxSpan: 3 });
const gone = { ...base.units[0]!, id: 'u-gone', name: '撤销部', parentId: null };
const a: Design = {
  ...base,
  units: [...base.units, gone],
  roles: base.roles.map((role) => (role.id === 'r1' ? { ...role, unitId: 'u-gone' } : role)),
};
const branch = new Set(['r1', ...a.roles.find((role) => role.id === 'r1')!.subordinates]);
const b: Design = {
  ...base,
  roles: [
    ...base.roles
      .filter((role) => !branch.has(role.id))
      .map((role) =>
        role.id === 'r0'
          ? { ...role, subordinates: role.subordinates.filter((id) => id !== 'r1') }
          : role.id === 'r2'
            ? { ...role, title: '改名' }
            : role.id === 'r3'
              ? { ...role, subordinates: [...role.subordinates, 'n1'] }
              : role,
      ),
    { ...base.roles[12]!, id: 'n1', title: '新岗位', reportsTo: 'r3', subordinates: [] },
  ],
};

describe('the overlay of two scenarios on one chart', () => {
  const comparison = compare(a, b);
  const overlay = overlayDesign(a, b, comparison, roleMarks(comparison));
  const role = (id: string) => overlay.design.roles.find((entry) => entry.id === id);

  it('draws every role of b and puts a removed branch back under the manager it had', () => {
    expect(overlay.design.roles).toHaveLength(b.roles.length + branch.size);
    expect(role('r0')!.subordinates).toContain('r1');
    expect(role('r1')!.reportsTo).toBe('r0');
    const under = a.roles.find((entry) => entry.id === 'r1')!.subordinates;
    expect(role('r1')!.subordinates).toEqual(under);
    for (const id of under) expect(role(id)!.reportsTo).toBe('r1');
    expect(role('n1')!.reportsTo).toBe('r3');
    expect(role('r2')!.title).toBe('改名');
  });

  it('brings the unit that only the removed roles sat in, so their frame is drawn', () => {
    expect(overlay.design.units.map((unit) => unit.id)).toContain('u-gone');
    expect(overlay.design.units).toHaveLength(b.units.length + 1);
  });

  it('marks removed, added and changed roles with the same marks as the side-by-side view', () => {
    const marks = Object.fromEntries(overlay.marks);
    for (const id of branch) expect(marks[id]).toBe('closed');
    expect(marks).toMatchObject({ n1: 'new', r2: 'changed' });
    expect(marks.r0).toBeUndefined();
  });

  it('is b itself when nothing differs', () => {
    const itself = compare(b, b);
    const same = overlayDesign(b, b, itself, roleMarks(itself));
    expect(same.design.roles).toEqual(b.roles);
    expect(same.marks.size).toBe(0);
  });
});
