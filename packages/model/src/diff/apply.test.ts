import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createUndoManager, localOrigin } from '../ops/origin.js';
import { readDesign } from '../read/readDesign.js';
import { must } from '../test/fixtures.js';
import { applyChanges } from './apply.js';
import { diff } from './diff.js';
import { editedFork, fork } from '../test/forks.js';

const me = localOrigin('me');

describe('applyChanges', () => {
  it('carries every change of b into a, so that nothing differs any more', () => {
    const { a, b } = editedFork();
    const result = applyChanges(a, diff(readDesign(a), readDesign(b)), 'all', me);
    expect(result.ok).toBe(true);
    expect(diff(readDesign(a), readDesign(b)).changes).toEqual([]);
    expect(readDesign(a).roles.find((role) => role.id === 'cs')).toMatchObject({
      reportsTo: 'lead',
      unitId: 'svc',
      headcount: 3,
    });
  });

  it('is one undoable change: one undo brings a back exactly as it was', () => {
    const { a, b } = editedFork();
    const before = readDesign(a);
    const undo = createUndoManager(a, me);
    applyChanges(a, diff(before, readDesign(b)), 'all', me);
    undo.stopCapturing();
    expect(undo.undoStack.length).toBe(1);
    undo.undo();
    expect(diff(readDesign(a), before).changes).toEqual([]);
  });

  it('carries only the chosen changes', () => {
    const { a, b } = editedFork();
    const changes = diff(readDesign(a), readDesign(b));
    const result = applyChanges(a, changes, ['headcount-changed:cs', 'renamed:os'], me);
    expect(result.ok && result.value.applied).toEqual(['renamed:os', 'headcount-changed:cs']);
    const left = diff(readDesign(a), readDesign(b)).changes.map((change) => change.key);
    expect(left).not.toContain('renamed:os');
    expect(left).not.toContain('headcount-changed:cs');
    expect(left).toContain('moved:cs');
    expect(readDesign(a).roles.find((role) => role.id === 'cs')?.reportsTo).toBe('om');
  });

  it('refuses a change whose target someone edited since the comparison, saying why, and writes nothing', () => {
    const { a, b } = editedFork();
    const changes = diff(readDesign(a), readDesign(b));
    must(a, { type: 'role.update', id: 'os', patch: { title: '有人刚改了' } });
    const before = Y.encodeStateVector(a);
    const result = applyChanges(a, changes, ['renamed:os', 'headcount-changed:cs'], me);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]).toMatchObject({ code: 'changed-meanwhile', path: 'renamed:os' });
    expect(result.error[0]!.messageZh).toContain('店铺运营');
    expect(Y.encodeStateVector(a)).toEqual(before);
  });

  it('refuses a change that needs a new role not chosen with it, naming that role', () => {
    const { a, b } = editedFork();
    const result = applyChanges(a, diff(readDesign(a), readDesign(b)), ['moved:cs'], me);
    expect(!result.ok && result.error[0]).toMatchObject({ code: 'needs-change', path: 'moved:cs' });
    expect(!result.ok && result.error[0]!.message).toContain('客服主管');
  });

  it('refuses a change to a role deleted here since the comparison', () => {
    const { a, b } = editedFork();
    const changes = diff(readDesign(a), readDesign(b));
    must(a, { type: 'role.delete', id: 'cs' });
    const result = applyChanges(a, changes, ['headcount-changed:cs'], me);
    expect(!result.ok && result.error[0]).toMatchObject({
      code: 'changed-meanwhile',
      path: 'headcount-changed:cs',
    });
  });

  it('refuses a partial set of moves that would make a cycle, with the cycle’s reason, and writes nothing', () => {
    const a = new Y.Doc();
    must(a, { type: 'role.create', id: 'x', title: 'X' });
    must(a, { type: 'role.create', id: 'y', title: 'Y', reportsTo: 'x' });
    must(a, { type: 'role.create', id: 'z', title: 'Z', reportsTo: 'y' });
    const b = fork(a);
    // b turns the line round: z at the top, y under z, x under y.
    must(b, { type: 'role.move', id: 'z', reportsTo: null });
    must(b, { type: 'role.move', id: 'y', reportsTo: 'z' });
    must(b, { type: 'role.move', id: 'x', reportsTo: 'y' });
    const changes = diff(readDesign(a), readDesign(b));
    const before = Y.encodeStateVector(a);
    const partial = applyChanges(a, changes, ['moved:x'], me);
    expect(!partial.ok && partial.error[0]).toMatchObject({ code: 'cycle', path: 'moved:x' });
    expect(Y.encodeStateVector(a)).toEqual(before);
    expect(applyChanges(a, changes, 'all', me).ok).toBe(true);
    expect(diff(readDesign(a), readDesign(b)).changes).toEqual([]);
  });
});
