import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { generateOrg } from '../generate/generateOrg.js';
import { applyOperation } from '../ops/apply.js';
import { localOrigin } from '../ops/origin.js';
import type { Operation } from '../ops/operations.js';
import { smallOrg } from '../test/fixtures.js';
import { expectValidDesign } from '../test/invariants.js';
import { readDesign } from './readDesign.js';

/** What a fresh replica reads: no memo, every role read and assembled from scratch. */
function freshRead(doc: Y.Doc) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return readDesign(copy);
}

const pick = fc.nat(1000);
const step = fc.record({
  replica: fc.nat(1),
  kind: fc.constantFrom('move', 'create', 'delete', 'edit', 'reorder', 'dotted', 'unit', 'sync'),
  a: pick,
  b: fc.option(pick, { nil: null }),
});

describe('readDesign shares structure between reads', () => {
  it('reads after every edit exactly what a fresh replica reads (seeded; fast-check prints the seed)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const base = smallOrg();
        const docs = [0, 1].map(() => {
          const doc = new Y.Doc();
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
          return doc;
        });
        const origins = [localOrigin('a'), localOrigin('b')];
        for (const s of steps) {
          const doc = docs[s.replica]!;
          if (s.kind === 'sync') {
            // Concurrent edits meet: moves may close a cycle that the read model must break.
            Y.applyUpdate(docs[0]!, Y.encodeStateAsUpdate(docs[1]!));
            Y.applyUpdate(docs[1]!, Y.encodeStateAsUpdate(docs[0]!));
          } else {
            const design = readDesign(doc);
            const role = (n: number) => design.roles[n % Math.max(1, design.roles.length)]?.id;
            const id = role(s.a);
            const other = s.b === null ? null : (role(s.b) ?? null);
            const op: Operation | null =
              s.kind === 'create'
                ? { type: 'role.create', title: '新', reportsTo: other }
                : !id
                  ? null
                  : s.kind === 'move'
                    ? { type: 'role.move', id, reportsTo: other }
                    : s.kind === 'delete'
                      ? { type: 'role.delete', id }
                      : s.kind === 'edit'
                        ? { type: 'role.update', id, patch: { title: `t${s.a}` } }
                        : s.kind === 'reorder'
                          ? { type: 'role.reorder', id, index: s.a % 3 }
                          : s.kind === 'dotted' && other && other !== id
                            ? { type: 'role.addDottedLine', id, to: other }
                            : s.kind === 'unit'
                              ? { type: 'role.update', id, patch: { unitId: s.a % 2 ? 'ops' : null } }
                              : null;
            if (op) applyOperation(doc, op, origins[s.replica]!);
          }
          for (const d of docs) {
            const read = readDesign(d);
            expectValidDesign(read);
            expect(read).toEqual(freshRead(d));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every role an edit did not touch as the very same object', () => {
    const origin = localOrigin('tester');
    const doc = new Y.Doc();
    writeDesign(doc, generateOrg({ roles: 200, seed: 2 }), origin);
    const before = readDesign(doc);
    applyOperation(doc, { type: 'role.update', id: 'r5', patch: { title: '新标题' } }, origin);
    const renamed = readDesign(doc);
    expect(renamed.roles.filter((r, i) => r !== before.roles[i]).map((r) => r.id)).toEqual(['r5']);

    const from = renamed.roles.find((r) => r.id === 'r150')!.reportsTo!;
    applyOperation(doc, { type: 'role.move', id: 'r150', reportsTo: 'r1' }, origin);
    const moved = readDesign(doc);
    const old = new Set(renamed.roles);
    // The moved role, its old manager and its new manager; nobody else.
    expect(
      moved.roles
        .filter((r) => !old.has(r))
        .map((r) => r.id)
        .sort(),
    ).toEqual(['r1', 'r150', from].sort());
    expect(moved).toEqual(freshRead(doc));

    applyOperation(doc, { type: 'role.create', id: 'fresh', title: '新岗位', reportsTo: 'r7' }, origin);
    const added = readDesign(doc);
    const kept = new Set(moved.roles);
    expect(
      added.roles
        .filter((r) => !kept.has(r))
        .map((r) => r.id)
        .sort(),
    ).toEqual(['fresh', 'r7']);
    expect(added).toEqual(freshRead(doc));

    applyOperation(doc, { type: 'role.delete', id: 'fresh' }, origin);
    const deleted = readDesign(doc);
    const known = new Set(added.roles);
    expect(deleted.roles.filter((r) => !known.has(r)).map((r) => r.id)).toEqual(['r7']);
    expect(deleted).toEqual(freshRead(doc));
  });
});
