import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidDesign } from '../test/invariants.js';
import { smallOrg } from '../test/fixtures.js';
import { readDesign } from './readDesign.js';

/**
 * A doc written by a buggy or hostile client: any value, any Y type, under real and unknown keys.
 * `readDesign` must read it without throwing and still return a valid design.
 */
const FIELD_NAMES = [
  'title',
  'name',
  'unitId',
  'reportsTo',
  'parentId',
  'order',
  'headcount',
  'optional',
  'assistant',
  'purpose',
  'internalCollaborators',
  'externalParties',
  'responsibilities',
  'items',
  'id',
  'text',
  'cadence',
  'time',
  'recipient',
  'additionalDuties',
  'workingTime',
  'pay',
  'base',
  'dottedLines',
  'notes',
  'color',
  'kind',
  'performanceCoefficient',
  'date',
  'stamp',
  'by',
];

type Shape =
  | { t: 'plain'; v: unknown }
  | { t: 'map'; entries: [string, Shape][] }
  | { t: 'array'; items: Shape[] }
  | { t: 'text'; v: string };

const key = fc.oneof(
  fc.constantFrom(...FIELD_NAMES),
  fc.constantFrom('gm', 'om', 'os', 'ops', 'company'),
  fc.string({ maxLength: 4 }),
);
const plain = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('gm', 'om', 'ghost', 'daily', '#ff0000', 'team', '2024-01-01'),
  fc.record(
    {
      id: fc.oneof(fc.constantFrom('gm', 'om', 'os', 'ghost'), fc.integer()),
      stamp: fc.oneof(fc.integer(), fc.double()),
      by: fc.integer(),
    },
    { noNullPrototype: true },
  ),
  fc.record(
    {
      kind: fc.constantFrom('unit', 'role', 'text', 'x'),
      id: fc.constantFrom('gm', 'ops', 'ghost'),
      text: fc.string({ maxLength: 4 }),
    },
    { noNullPrototype: true },
  ),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
);
const { shape } = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('plain' as const), v: plain }),
    fc.record({ t: fc.constant('text' as const), v: fc.string({ maxLength: 8 }) }),
    fc.record({
      t: fc.constant('map' as const),
      entries: fc.array(fc.tuple(key, tie('shape')), { maxLength: 5 }),
    }),
    fc.record({ t: fc.constant('array' as const), items: fc.array(tie('shape'), { maxLength: 4 }) }),
  ),
}));

function build(value: Shape): unknown {
  switch (value.t) {
    case 'plain':
      return value.v;
    case 'text':
      return new Y.Text(value.v);
    case 'map': {
      const map = new Y.Map<unknown>();
      for (const [name, child] of value.entries) map.set(name, build(child));
      return map;
    }
    case 'array': {
      const array = new Y.Array<unknown>();
      array.push(value.items.map(build));
      return array;
    }
  }
}

describe('readDesign on hostile content', () => {
  it('never throws and always returns a valid forest', () => {
    const writes = fc.array(fc.tuple(fc.constantFrom('meta', 'roles', 'units', 'notes'), key, shape), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.boolean(), writes, (startFromOrg, entries) => {
        const doc = startFromOrg ? smallOrg() : new Y.Doc();
        doc.transact(() => {
          for (const [root, name, value] of entries) doc.getMap(root).set(name, build(value));
        });
        const design = readDesign(doc);
        expectValidDesign(design);
        if (startFromOrg) {
          const overwritten = new Set(entries.filter(([root]) => root === 'roles').map(([, name]) => name));
          for (const id of ['gm', 'om', 'os', 'cs', 'fin']) {
            if (!overwritten.has(id)) expect(design.roles.some((role) => role.id === id)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a role written as bare values with defaults', () => {
    const doc = new Y.Doc();
    const role = new Y.Map<unknown>();
    role.set('title', 42);
    role.set('headcount', -3);
    role.set('reportsTo', 'nobody');
    role.set('responsibilities', 'not a list');
    doc.getMap('roles').set('x', role);
    // A title that is not text reads as the id: a design always exports a file that imports again.
    expect(readDesign(doc).roles).toEqual([
      expect.objectContaining({ id: 'x', title: 'x', headcount: 0, reportsTo: null, responsibilities: [] }),
    ]);
  });

  it('returns the very same object while the doc is unchanged', () => {
    const doc = smallOrg();
    const first = readDesign(doc);
    expect(readDesign(doc)).toBe(first);
    doc.getMap('meta').set('name', '改名');
    expect(readDesign(doc)).not.toBe(first);
    expect(readDesign(doc).name).toBe('改名');
  });
});
