import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDesign } from '@orgcanvas/model';
import { sampleDoc } from '../test/fixtures';
import { EditorSession } from '../session';
import { detectConflicts } from './detect';

function replicas() {
  const a = sampleDoc();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return {
    a,
    b,
    sync: () => {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    },
  };
}

describe('detectConflicts', () => {
  it('explains that the role I was editing was deleted, and by whom', () => {
    const { a, b, sync } = replicas();
    const before = readDesign(a);
    new EditorSession(b, { userId: 'bob', readOnly: false }).apply({ type: 'role.delete', id: 'cfo' });
    sync();
    const notices = detectConflicts(before, readDesign(a), { roles: ['cfo'], unit: null, moves: [] }, (id) =>
      id === 'cfo' ? 'Bob' : null,
    );
    expect(notices).toEqual([{ kind: 'roleDeleted', roleId: 'cfo', title: 'CFO', by: 'Bob' }]);
  });

  it('explains a move the model undid to repair a concurrent cycle', () => {
    const { a, b, sync } = replicas();
    const alice = new EditorSession(a, { userId: 'alice', readOnly: false });
    const bob = new EditorSession(b, { userId: 'bob', readOnly: false });
    // Alice puts COO under CFO while Bob puts CFO under COO: together a cycle.
    expect(alice.apply({ type: 'role.move', id: 'coo', reportsTo: 'cfo' }).ok).toBe(true);
    expect(bob.apply({ type: 'role.move', id: 'cfo', reportsTo: 'coo' }).ok).toBe(true);
    const aliceBefore = readDesign(a);
    const bobBefore = readDesign(b);
    sync();
    const aliceNotices = detectConflicts(
      aliceBefore,
      readDesign(a),
      { roles: [], unit: null, moves: [{ roleId: 'coo', to: 'cfo', at: 0 }] },
      () => null,
    );
    const bobNotices = detectConflicts(
      bobBefore,
      readDesign(b),
      { roles: [], unit: null, moves: [{ roleId: 'cfo', to: 'coo', at: 0 }] },
      () => null,
    );
    // Exactly one of the two moves was dropped by the repair, and its author is told.
    expect(aliceNotices.length + bobNotices.length).toBe(1);
    expect([...aliceNotices, ...bobNotices][0]?.kind).toBe('moveRepaired');
  });

  it('says nothing when my work is untouched', () => {
    const { a } = replicas();
    const design = readDesign(a);
    expect(
      detectConflicts(
        design,
        design,
        { roles: ['cfo'], unit: 'u-ops', moves: [{ roleId: 'coo', to: 'ceo', at: 0 }] },
        () => null,
      ),
    ).toEqual([]);
  });
});
