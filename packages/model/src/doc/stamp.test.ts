import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../ops/apply.js';
import { localOrigin } from '../ops/origin.js';
import { generateOrg } from '../generate/generateOrg.js';
import { seededRandom } from '../generate/random.js';
import { readDesign } from '../read/readDesign.js';
import { writeDesign } from './writeDesign.js';
import { nextStamp, readPointer, rolesMap, unitsMap } from './schema.js';

/** What `nextStamp` promises, by the definition: one past the largest stamp of every pointer present. */
function scanned(doc: Y.Doc): number {
  let max = 0;
  rolesMap(doc).forEach((node) => {
    if (node instanceof Y.Map) max = Math.max(max, readPointer(node.get('reportsTo')).stamp);
  });
  unitsMap(doc).forEach((node) => {
    if (node instanceof Y.Map) max = Math.max(max, readPointer(node.get('parentId')).stamp);
  });
  return max + 1;
}

describe('nextStamp', () => {
  it('equals a scan of every pointer through moves, deletions and edits from another replica', () => {
    const origin = localOrigin('test');
    const a = new Y.Doc();
    writeDesign(a, generateOrg({ roles: 60, seed: 3 }), origin);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const random = seededRandom(9);
    for (let n = 0; n < 400; n++) {
      const doc = random() < 0.5 ? a : b;
      const roles = readDesign(doc).roles;
      const role = roles[Math.floor(random() * roles.length)]!;
      const target = roles[Math.floor(random() * roles.length)]!;
      const choice = random();
      if (choice < 0.4) applyOperation(doc, { type: 'role.move', id: role.id, reportsTo: target.id }, origin);
      else if (choice < 0.6)
        applyOperation(doc, { type: 'role.create', title: 'x', reportsTo: target.id }, origin);
      else if (choice < 0.8 && roles.length > 10)
        applyOperation(doc, { type: 'role.delete', id: role.id }, origin);
      else applyOperation(doc, { type: 'role.update', id: role.id, patch: { title: `t${n}` } }, origin);
      expect(nextStamp(doc)).toBe(scanned(doc));
      // Now and then the replicas meet: concurrent moves resolve, some pointers lose to older stamps.
      if (random() < 0.2) {
        Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
        expect(nextStamp(a)).toBe(scanned(a));
        expect(nextStamp(b)).toBe(scanned(b));
      }
    }
  });

  it('sees what the open transaction has written and removed', () => {
    const doc = new Y.Doc();
    writeDesign(doc, generateOrg({ roles: 20, seed: 1 }), localOrigin('test'));
    expect(nextStamp(doc)).toBe(scanned(doc));
    const [first, second] = [...rolesMap(doc).values()] as Y.Map<unknown>[];
    doc.transact(() => {
      first!.set('reportsTo', { id: null, stamp: 50, by: 1 });
      expect(nextStamp(doc)).toBe(51);
      second!.set('reportsTo', { id: null, stamp: 70, by: 1 });
      expect(nextStamp(doc)).toBe(71);
      rolesMap(doc).delete([...rolesMap(doc).keys()][1]!);
      expect(nextStamp(doc)).toBe(scanned(doc));
    });
    expect(nextStamp(doc)).toBe(scanned(doc));
    expect(nextStamp(doc)).toBe(51);
  });
});
