import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateClocks } from './updateClocks';

describe('updateClocks', () => {
  it('reads the end clock of every client in an update', async () => {
    const a = new Y.Doc();
    a.getMap('m').set('x', 'one');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    b.getText('t').insert(0, 'hello');
    const clocks = await updateClocks(Y.encodeStateAsUpdate(b));
    expect(clocks).toEqual(Y.decodeStateVector(Y.encodeStateVector(b)));
  });

  it('answers null for bytes that are not an update', async () => {
    expect(await updateClocks(Uint8Array.of(9, 9, 9, 9))).toBeNull();
  });
});
