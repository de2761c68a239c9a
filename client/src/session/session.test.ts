import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDesign } from '@orgcanvas/model';
import { sampleDoc } from '../test/fixtures';
import { EditorSession } from './session';

/** Two replicas joined in memory: every update of one is applied to the other, as the server relays. */
function pair(): [Y.Doc, Y.Doc] {
  const a = sampleDoc();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(b, update, 'relay');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(a, update, 'relay');
  });
  return [a, b];
}

const title = (doc: Y.Doc, id: string) => readDesign(doc).roles.find((role) => role.id === id)?.title;

describe('EditorSession undo', () => {
  it('undoes only its own change, never the other person’s', () => {
    const [docA, docB] = pair();
    const alice = new EditorSession(docA, { userId: 'alice', readOnly: false });
    const bob = new EditorSession(docB, { userId: 'bob', readOnly: false });

    alice.apply({ type: 'role.update', id: 'cfo', patch: { title: 'Finance Director' } });
    alice.undoManager.stopCapturing();
    bob.apply({ type: 'role.update', id: 'coo', patch: { title: 'Operations Director' } });
    expect(title(docA, 'coo')).toBe('Operations Director');

    expect(alice.undo()).toBe(true);
    expect(title(docA, 'cfo')).toBe('CFO');
    expect(title(docB, 'cfo')).toBe('CFO');
    expect(title(docA, 'coo')).toBe('Operations Director');
    expect(title(docB, 'coo')).toBe('Operations Director');
    expect(alice.undo()).toBe(false);

    expect(alice.redo()).toBe(true);
    expect(title(docB, 'cfo')).toBe('Finance Director');
  });

  it('undoes a multi-role delete as one step', () => {
    const doc = sampleDoc();
    const session = new EditorSession(doc, { userId: 'me', readOnly: false });
    session.applyAll([
      { type: 'role.delete', id: 'analyst' },
      { type: 'role.delete', id: 'acct' },
    ]);
    expect(readDesign(doc).roles).toHaveLength(5);
    session.undo();
    expect(readDesign(doc).roles).toHaveLength(7);
  });
});

describe('EditorSession view-only', () => {
  it('refuses every operation and changes nothing', () => {
    const doc = sampleDoc();
    const before = Y.encodeStateVector(doc);
    const session = new EditorSession(doc, { userId: 'viewer', readOnly: true });
    const result = session.apply({ type: 'role.create', title: 'Sneaky' });
    expect(result.ok).toBe(false);
    expect(result.viewOnly).toBe(true);
    expect(session.applyAll([{ type: 'role.delete', id: 'ceo' }])[0]?.ok).toBe(false);
    expect(session.undo()).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(readDesign(doc).roles).toHaveLength(7);
  });

  it('can be demoted to read-only by the server', () => {
    const session = new EditorSession(sampleDoc(), { userId: 'x', readOnly: false });
    let told = 0;
    session.onChange(() => told++);
    session.setReadOnly(true);
    expect(told).toBe(1);
    expect(session.apply({ type: 'design.rename', name: 'x' }).ok).toBe(false);
  });
});

describe('EditorSession: a role created and then named or cancelled', () => {
  const created = (session: EditorSession) => {
    session.undoManager.stopCapturing();
    const result = session.apply({ type: 'role.create', title: 'New role', reportsTo: 'ceo' });
    if (!result.ok || !result.value.id) throw new Error('role.create refused');
    return result.value.id;
  };

  it('takes a cancelled creation back with nothing left to undo or redo', () => {
    const doc = sampleDoc();
    const session = new EditorSession(doc, { userId: 'alice', readOnly: false });
    session.apply({ type: 'role.update', id: 'cfo', patch: { title: 'Finance Director' } });
    const id = created(session);
    expect(readDesign(doc).roles).toHaveLength(8);

    expect(session.discardLastStep()).toBe(true);
    expect(readDesign(doc).roles.some((role) => role.id === id)).toBe(false);
    expect(readDesign(doc).roles).toHaveLength(7);
    expect(session.undoManager.canRedo()).toBe(false);
    // The edit made before the creation is untouched and still its own step.
    expect(title(doc, 'cfo')).toBe('Finance Director');
    expect(session.undo()).toBe(true);
    expect(title(doc, 'cfo')).toBe('CFO');
  });

  it('undoes a new role and the title typed into it as one step, however long the typing took', () => {
    const doc = sampleDoc();
    const session = new EditorSession(doc, { userId: 'alice', readOnly: false });
    const id = created(session);
    // Typing took longer than the undo manager's capture window.
    session.undoManager.lastChange = Date.now() - 60_000;
    session.undoManager.stopCapturing();
    session.applyJoined({ type: 'role.update', id, patch: { title: 'Buyer' } });
    expect(title(doc, id)).toBe('Buyer');

    expect(session.undo()).toBe(true);
    expect(readDesign(doc).roles.some((role) => role.id === id)).toBe(false);
    expect(session.undo()).toBe(false);
  });
});
