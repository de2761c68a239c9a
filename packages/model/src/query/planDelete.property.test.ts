import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { must } from '../test/fixtures.js';
import { planDelete } from './planDelete.js';

// Printed so a failure can be replayed: set PLAN_DELETE_SEED to the seed fast-check reports.
const seed = Number(process.env.PLAN_DELETE_SEED ?? 20261202);
console.info(`planDelete property seed: ${seed}`);

/** A random chart: role i reports to one of the roles before it, or to nobody. */
const chart = fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 14 });

function build(parents: readonly (number | null)[]): Y.Doc {
  const doc = new Y.Doc();
  parents.forEach((parent, index) => {
    const reportsTo = parent === null || index === 0 ? null : `r${parent % index}`;
    must(doc, { type: 'role.create', id: `r${index}`, title: `岗位${index}`, reportsTo });
  });
  return doc;
}

describe('planDelete', () => {
  it('tells exactly what deleting the chosen roles then does, on random charts', () => {
    fc.assert(
      fc.property(chart, fc.array(fc.nat(), { maxLength: 6 }), (parents, picks) => {
        const doc = build(parents);
        const before = readDesign(doc);
        const ids = [...new Set(picks.map((pick) => `r${pick % parents.length}`))];
        const plan = planDelete(before, ids);
        for (const id of ids) must(doc, { type: 'role.delete', id });
        const after = readDesign(doc);
        const managerOf = new Map(after.roles.map((role) => [role.id, role.reportsTo]));

        expect(plan.map((step) => step.roleId)).toEqual(ids);
        expect(after.roles.length).toBe(before.roles.length - ids.length);
        for (const step of plan) {
          expect(managerOf.has(step.roleId)).toBe(false);
          for (const moved of step.movedReports) expect(managerOf.get(moved)).toBe(step.newManagerId);
        }
        // Nobody the plan does not mention changes manager.
        const mentioned = new Set(plan.flatMap((step) => step.movedReports));
        for (const role of before.roles) {
          if (!ids.includes(role.id) && !mentioned.has(role.id))
            expect(managerOf.get(role.id)).toBe(role.reportsTo);
        }
      }),
      { seed, numRuns: 150 },
    );
  });

  it('sends the reports of nested deleted roles to the nearest manager that stays', () => {
    const doc = build([null, 0, 1, 2, 1]);
    // r0 > r1 > (r2 > r3, r4)
    const [r1, r2] = planDelete(readDesign(doc), ['r1', 'r2']);
    expect(r1).toEqual({ roleId: 'r1', title: '岗位1', movedReports: ['r4'], newManagerId: 'r0' });
    expect(r2).toEqual({ roleId: 'r2', title: '岗位2', movedReports: ['r3'], newManagerId: 'r0' });
  });

  it('makes the reports top-level when every manager above is deleted, and skips unknown ids', () => {
    const doc = build([null, 0, 1]);
    expect(planDelete(readDesign(doc), ['r0', 'nobody', 'r1'])).toEqual([
      { roleId: 'r0', title: '岗位0', movedReports: [], newManagerId: null },
      { roleId: 'r1', title: '岗位1', movedReports: ['r2'], newManagerId: null },
    ]);
  });
});
