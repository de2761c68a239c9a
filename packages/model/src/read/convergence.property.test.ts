import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../ops/apply.js';
import { localOrigin } from '../ops/origin.js';
import type { Operation } from '../ops/operations.js';
import { smallOrg } from '../test/fixtures.js';
import { expectValidDesign } from '../test/invariants.js';
import { readDesign } from './readDesign.js';

/**
 * Three replicas edit the same org concurrently (moves that form cycles, delete versus move-under,
 * edit versus delete, unit nesting) and exchange updates in random orders, partly, with duplicates.
 * Afterwards every replica must read the same design, a forest, holding every role not deleted.
 */
const replica = fc.nat(2);
const pick = fc.nat(1000);
const step = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      replica,
      role: pick,
      target: fc.option(pick, { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      replica,
      parent: fc.option(pick, { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), replica, role: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      replica,
      role: pick,
      text: fc.string({ maxLength: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('duty' as const),
      replica,
      role: pick,
      text: fc.string({ maxLength: 6 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('unitMove' as const),
      replica,
      unit: pick,
      target: fc.option(pick, { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unitDelete' as const), replica, unit: pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      from: replica,
      to: replica,
      order: fc.array(pick, { maxLength: 30 }),
    }),
  },
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function run(steps: readonly Step[], finalOrder: readonly number[]): void {
  const base = smallOrg();
  const replicas = [0, 1, 2].map((index) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
    const outbox: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') outbox.push(update);
    });
    return { doc, outbox, origin: localOrigin(`user${index}`) };
  });
  const created = new Set(readDesign(base).roles.map((role) => role.id));
  const deleted = new Set<string>();

  const apply = (index: number, op: Operation) => {
    const target = replicas[index]!;
    const result = applyOperation(target.doc, op, target.origin);
    if (result.ok && op.type === 'role.create' && result.value.id) created.add(result.value.id);
    if (result.ok && op.type === 'role.delete') deleted.add(op.id);
  };
  const deliver = (from: number, to: number, order: readonly number[]) => {
    const updates = replicas[from]!.outbox;
    if (updates.length === 0) return;
    // Random order, with duplicates and gaps; Yjs must cope with all of them.
    for (const position of order)
      Y.applyUpdate(replicas[to]!.doc, updates[position % updates.length]!, 'remote');
  };

  for (const entry of steps) {
    if (entry.kind === 'deliver') {
      deliver(entry.from, entry.to, entry.order);
      continue;
    }
    const design = readDesign(replicas[entry.replica]!.doc);
    const role = (n: number) => design.roles[n % Math.max(1, design.roles.length)]?.id;
    const unit = (n: number) => design.units[n % Math.max(1, design.units.length)]?.id;
    switch (entry.kind) {
      case 'move': {
        const id = role(entry.role);
        if (id)
          apply(entry.replica, {
            type: 'role.move',
            id,
            reportsTo: entry.target === null ? null : (role(entry.target) ?? null),
          });
        break;
      }
      case 'create':
        apply(entry.replica, {
          type: 'role.create',
          title: '新',
          reportsTo: entry.parent === null ? null : (role(entry.parent) ?? null),
        });
        break;
      case 'delete': {
        const id = role(entry.role);
        if (id) apply(entry.replica, { type: 'role.delete', id });
        break;
      }
      case 'edit': {
        const id = role(entry.role);
        if (id)
          apply(entry.replica, {
            type: 'role.update',
            id,
            patch: { title: entry.text, purpose: entry.text },
          });
        break;
      }
      case 'duty': {
        const id = role(entry.role);
        if (!id) break;
        const areas = design.roles.find((candidate) => candidate.id === id)!.responsibilities;
        if (areas.length === 0)
          apply(entry.replica, { type: 'area.add', owner: { kind: 'role', id }, title: entry.text });
        else
          apply(entry.replica, {
            type: 'item.add',
            owner: { kind: 'role', id },
            areaId: areas[0]!.id,
            text: entry.text,
            recipient: role(entry.role + 1) ?? null,
          });
        break;
      }
      case 'unitMove': {
        const id = unit(entry.unit);
        if (id)
          apply(entry.replica, {
            type: 'unit.move',
            id,
            parentId: entry.target === null ? null : (unit(entry.target) ?? null),
          });
        break;
      }
      case 'unitDelete': {
        const id = unit(entry.unit);
        if (id) apply(entry.replica, { type: 'unit.delete', id });
        break;
      }
    }
  }

  // Full exchange, each replica receiving everything in its own random order.
  const all = replicas.flatMap((entry) => entry.outbox);
  replicas.forEach((target, index) => {
    const order = [...all.keys()].sort(
      (a, b) =>
        ((a * 7919 + index * 104729 + (finalOrder[a % Math.max(1, finalOrder.length)] ?? 0)) % 997) -
        ((b * 7919 + index * 104729 + (finalOrder[b % Math.max(1, finalOrder.length)] ?? 0)) % 997),
    );
    for (const position of order) Y.applyUpdate(target.doc, all[position]!, 'remote');
    for (const update of all) Y.applyUpdate(target.doc, update, 'remote');
  });

  const designs = replicas.map((entry) => readDesign(entry.doc));
  expect(designs[1]).toEqual(designs[0]);
  expect(designs[2]).toEqual(designs[0]);
  expectValidDesign(designs[0]!);
  const expected = [...created].filter((id) => !deleted.has(id)).sort();
  expect(designs[0]!.roles.map((role) => role.id).sort()).toEqual(expected);
}

describe('convergence of concurrent edits', () => {
  it('every replica reads the same valid forest and loses no role', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 40 }), fc.array(pick, { maxLength: 20 }), run), {
      numRuns: 500,
    });
  });

  it('repairs concurrent moves that form a cycle the same way everywhere (regression: A under B, B under A)', () => {
    run(
      [
        { kind: 'move', replica: 0, role: 1, target: 4 },
        { kind: 'move', replica: 1, role: 4, target: 1 },
      ],
      [],
    );
  });

  it('keeps a role created under a manager that someone deleted at the same time, as a top-level role', () => {
    run(
      [
        { kind: 'create', replica: 0, parent: 2 },
        { kind: 'delete', replica: 1, role: 2 },
      ],
      [3, 1],
    );
  });
});
