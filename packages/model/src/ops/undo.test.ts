import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { must, smallOrg } from '../test/fixtures.js';
import { createUndoManager, localOrigin } from './origin.js';

describe('per-user undo', () => {
  it('undoes and redoes only my own change, never someone else’s', () => {
    const mine = smallOrg();
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    mine.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'sync') Y.applyUpdate(theirs, update, 'sync');
    });
    theirs.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'sync') Y.applyUpdate(mine, update, 'sync');
    });
    const me = localOrigin('me');
    const them = localOrigin('them');
    const undo = createUndoManager(mine, me);

    must(mine, { type: 'role.update', id: 'os', patch: { title: '我的改动' } }, me);
    undo.stopCapturing();
    must(theirs, { type: 'role.update', id: 'cs', patch: { title: '他们的改动' } }, them);

    undo.undo();
    const titles = (doc: Y.Doc) => readDesign(doc).roles.map((role) => role.title);
    expect(titles(mine)).toContain('运营专员');
    expect(titles(mine)).toContain('他们的改动');
    expect(titles(theirs)).toEqual(titles(mine));
    undo.redo();
    expect(titles(mine)).toContain('我的改动');
  });

  it('undoes a delete and brings the subordinates back under the role', () => {
    const doc = new Y.Doc();
    const me = localOrigin('me');
    smallOrg(doc);
    const undo = createUndoManager(doc, me);
    const before = readDesign(doc);
    must(doc, { type: 'role.delete', id: 'om' }, me);
    undo.undo();
    expect(readDesign(doc).roles).toEqual(before.roles);
  });
});
