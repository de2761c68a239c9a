import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AcknowledgedState } from './acknowledged';

describe('AcknowledgedState', () => {
  it('marks local edits unsaved until the server echoes them', () => {
    const server = new Y.Doc();
    server.getMap('m').set('a', 1);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const acked = new AcknowledgedState();
    acked.addStateVector(Y.encodeStateVector(server));
    expect(acked.hasUnsaved(client)).toBe(false);

    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    client.getMap('m').set('b', 2);
    expect(acked.hasUnsaved(client)).toBe(true);

    const missing = acked.missingUpdate(client);
    expect(missing).not.toBeNull();
    Y.applyUpdate(server, missing!);
    expect(server.getMap('m').get('b')).toBe(2);

    acked.addUpdate(updates[0]!);
    expect(acked.hasUnsaved(client)).toBe(false);
    expect(acked.missingUpdate(client)).toBeNull();
  });
});
