import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { generateOrg } from '../generate/generateOrg.js';
import { applyOperation } from '../ops/apply.js';
import type { Operation } from '../ops/operations.js';
import { localOrigin } from '../ops/origin.js';
import { readDesign } from '../read/readDesign.js';
import { fork } from '../test/forks.js';
import { CADENCES, type Design } from '../types.js';
import { applyChanges } from './apply.js';
import { diff } from './diff.js';

declare const console: { log(...values: unknown[]): void };

/**
 * Property: whatever a fork b did to a copy of a, carrying every change of diff(a, b) into a makes
 * a's design equal b's (up to sibling, area and item order, which the diff does not compare).
 * Replay a failure with SEED=<printed seed>.
 */
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const seed = Number(env.SEED ?? Date.now() % 2_147_483_647);
console.log(`applyChanges property seed: ${seed} (replay with SEED=${seed})`);

const origin = localOrigin('property');
const pick = fc.nat(10_000);
const edit = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), parent: pick, unit: pick }),
  fc.record({ kind: fc.constant('move' as const), role: pick, target: fc.option(pick, { nil: null }) }),
  fc.record({ kind: fc.constant('delete' as const), role: pick }),
  fc.record({ kind: fc.constant('title' as const), role: pick, text: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('numbers' as const),
    role: pick,
    headcount: fc.nat(9),
    base: fc.option(fc.nat(9000), { nil: null }),
    flag: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('unit' as const), role: pick, unit: pick }),
  fc.record({ kind: fc.constant('dotted' as const), role: pick, to: pick }),
  fc.record({
    kind: fc.constant('item' as const),
    role: pick,
    recipient: pick,
    cadence: fc.nat(CADENCES.length - 1),
    text: fc.string({ maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('newUnit' as const), parent: pick }),
  fc.record({ kind: fc.constant('moveUnit' as const), unit: pick, parent: pick }),
  fc.record({ kind: fc.constant('deleteUnit' as const), unit: pick }),
  fc.record({ kind: fc.constant('note' as const), text: fc.string({ maxLength: 6 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function operation(design: Design, step: Edit, serial: number): Operation | null {
  const roles = design.roles;
  const units = design.units;
  const role = (n: number) => roles[n % Math.max(1, roles.length)]?.id;
  const unit = (n: number) => units[n % Math.max(1, units.length)]?.id;
  const id = role('role' in step ? step.role : 0);
  switch (step.kind) {
    case 'create':
      return {
        type: 'role.create',
        id: `new${serial}`,
        title: `新岗位${serial}`,
        reportsTo: role(step.parent) ?? null,
        unitId: unit(step.unit) ?? null,
      };
    case 'move':
      return id
        ? { type: 'role.move', id, reportsTo: step.target === null ? null : (role(step.target) ?? null) }
        : null;
    case 'delete':
      return id ? { type: 'role.delete', id } : null;
    case 'title':
      return id ? { type: 'role.update', id, patch: { title: step.text } } : null;
    case 'numbers':
      return id
        ? {
            type: 'role.update',
            id,
            patch: {
              headcount: step.headcount,
              optional: step.flag,
              noPay: !step.flag,
              pay: { base: step.base },
            },
          }
        : null;
    case 'unit':
      return id ? { type: 'role.update', id, patch: { unitId: unit(step.unit) ?? null } } : null;
    case 'dotted': {
      const to = role(step.to);
      return id && to && to !== id ? { type: 'role.addDottedLine', id, to } : null;
    }
    case 'item': {
      const owner = roles.find((entry) => entry.id === id);
      const area = owner?.responsibilities[0];
      if (!owner || !area)
        return id ? { type: 'area.add', owner: { kind: 'role', id }, title: step.text } : null;
      const item = area.items[0];
      // A result goes to a role, or (every third time) to a whole unit.
      const recipient = (step.cadence % 3 === 1 ? unit(step.recipient) : role(step.recipient)) ?? null;
      return item && step.cadence % 2 === 0
        ? {
            type: 'item.update',
            owner: { kind: 'role', id: owner.id },
            areaId: area.id,
            itemId: item.id,
            patch: {
              text: step.text,
              cadence: CADENCES[step.cadence]!,
              recipient,
            },
          }
        : {
            type: 'item.add',
            owner: { kind: 'role', id: owner.id },
            areaId: area.id,
            text: step.text,
            recipient,
          };
    }
    case 'newUnit':
      return {
        type: 'unit.create',
        id: `unit${serial}`,
        name: `部门${serial}`,
        parentId: unit(step.parent) ?? null,
      };
    case 'moveUnit': {
      const target = unit(step.unit);
      return target ? { type: 'unit.move', id: target, parentId: unit(step.parent) ?? null } : null;
    }
    case 'deleteUnit': {
      const target = unit(step.unit);
      return target ? { type: 'unit.delete', id: target } : null;
    }
    case 'note':
      return { type: 'note.add', id: `note${serial}`, title: step.text };
  }
}

/** A design as a set: ids sorted, lists whose order the diff ignores sorted too. */
function canonical(design: Design) {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
  const areas = (list: Design['roles'][number]['responsibilities']) =>
    byId(list).map((area) => ({ ...area, items: byId(area.items) }));
  return {
    units: byId(design.units).map((unit) => ({ ...unit, responsibilities: areas(unit.responsibilities) })),
    roles: byId(design.roles).map((role) => ({
      ...role,
      subordinates: [...role.subordinates].sort(),
      dottedLines: [...role.dottedLines].sort(),
      responsibilities: areas(role.responsibilities),
    })),
    notes: byId(design.notes),
  };
}

describe('applyChanges carries a whole diff', () => {
  it('applyChanges(a, diff(a, b), all) makes a’s design equal b’s, for random forks', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(edit, { minLength: 1, maxLength: 25 }), (orgSeed, edits) => {
        const a = new Y.Doc();
        writeDesign(a, generateOrg({ roles: 12, seed: orgSeed + 1, maxSpan: 4 }), origin);
        const b = fork(a);
        edits.forEach((step, serial) => {
          const op = operation(readDesign(b), step, serial);
          if (op) applyOperation(b, op, origin);
        });
        const target = readDesign(b);
        const result = applyChanges(a, diff(readDesign(a), target), 'all', origin);
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        expect(canonical(readDesign(a))).toEqual(canonical(target));
        expect(diff(readDesign(a), target).changes).toEqual([]);
      }),
      { seed, numRuns: 60 },
    );
  });
});
