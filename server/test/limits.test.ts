import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import {
  type Client,
  rawClient,
  refusedStatus,
  stockClient,
  synced,
  updateFrame,
} from './support/clients.js';
import { api, createScenario, createWorkspace, sleep, startTestServer, waitFor } from './support/server.js';

const clients: Client[] = [];
afterAll(() => clients.forEach((c) => c.destroy()));

async function setup(limits: Parameters<typeof startTestServer>[0]) {
  const server = await startTestServer(limits);
  const workspace = await createWorkspace(server);
  const scenario = await createScenario(server, workspace);
  const url = `${server.wsUrl}/${workspace.id}/${scenario.id}?token=${workspace.editToken}`;
  const open = (version: 'v2' | 'v3' = 'v3') => {
    const c = stockClient(version, server.wsUrl, `${workspace.id}/${scenario.id}`, workspace.editToken);
    clients.push(c);
    return c;
  };
  return { server, workspace, scenario, url, open };
}

/** Asserts the other editor in the room still syncs both ways. */
async function stillWorks(a: Client, b: Client, key: string) {
  a.doc.getMap('roles').set(key, 'a');
  await waitFor(() => b.doc.getMap('roles').get(key) === 'a', `${key} to pass a → b`);
  b.doc.getMap('roles').set(`${key}-back`, 'b');
  await waitFor(() => a.doc.getMap('roles').get(`${key}-back`) === 'b', `${key} to pass b → a`);
}

describe('frame size, document size and update rate', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup({
      limits: { maxFrameBytes: 16 * 1024, maxDocumentBytes: 24 * 1024, maxUpdatesPerSecond: 10 },
    });
  });
  afterAll(() => s.server.close());

  it('closes only the connection that sends an oversized frame (1009)', async () => {
    const [a, b] = [s.open(), s.open('v2')];
    await Promise.all([synced(a), synced(b)]);
    const raw = rawClient(s.url);
    await raw.opened;
    raw.send(new Uint8Array(20 * 1024));
    expect((await raw.closed).code).toBe(1009);
    await stillWorks(a, b, 'after-big-frame');
  });

  it('refuses an update that would make the document too large (4413) and keeps it out', async () => {
    const [a, b] = [s.open(), s.open()];
    await Promise.all([synced(a), synced(b)]);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('notes').insert(0, 'x'.repeat(15 * 1024));
    doc.getText('notes').insert(0, 'y'.repeat(15 * 1024));
    const raw = rawClient(s.url);
    await raw.opened;
    raw.send(updateFrame(updates[0]!));
    raw.send(updateFrame(updates[1]!));
    const closed = await raw.closed;
    expect(closed).toEqual({ code: 4413, reason: 'document too large' });
    await waitFor(() => a.doc.getText('notes').length === 15 * 1024, 'the first, acceptable update');
    await sleep(100);
    expect(b.doc.getText('notes').toString()).not.toContain('y');
    await stillWorks(a, b, 'after-big-doc');
  });

  it('closes a connection that sends too many updates per second (1013, reconnect later)', async () => {
    const [a, b] = [s.open(), s.open()];
    await Promise.all([synced(a), synced(b)]);
    const raw = rawClient(s.url);
    await raw.opened;
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => raw.send(updateFrame(u)));
    for (let i = 0; i < 60; i++) doc.getMap('flood').set(String(i), i);
    expect((await raw.closed).code).toBe(1013);
    await stillWorks(a, b, 'after-flood');
  });

  it('refuses a JSON body over the size limit with 413', async () => {
    const small = await startTestServer({ limits: { maxBodyBytes: 2048 } });
    try {
      const res = await api(small, 'POST', '/api/workspaces', { body: { name: 'x'.repeat(4096) } });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('body-too-large');
    } finally {
      await small.close();
    }
  });
});

describe('connections per document and per address', () => {
  it('refuses a socket past the per-document limit with 429, other documents unaffected', async () => {
    const s = await setup({ limits: { maxConnectionsPerDocument: 2 } });
    try {
      const [a, b] = [s.open(), s.open()];
      await Promise.all([synced(a), synced(b)]);
      expect(await refusedStatus(s.url)).toBe(429);
      const other = await createScenario(s.server, s.workspace);
      const c = stockClient('v3', s.server.wsUrl, `${s.workspace.id}/${other.id}`, s.workspace.editToken);
      clients.push(c);
      await synced(c);
      await stillWorks(a, b, 'per-doc');
    } finally {
      await s.server.close();
    }
  });

  it('refuses a socket past the per-address limit with 429', async () => {
    const s = await setup({ limits: { maxConnectionsPerIp: 3 } });
    try {
      const opened = [s.open(), s.open(), s.open()];
      await Promise.all(opened.map(synced));
      expect(await refusedStatus(s.url)).toBe(429);
      opened[0]!.provider.disconnect();
      await sleep(200);
      const again = rawClient(s.url);
      await again.opened;
      again.socket.close();
    } finally {
      await s.server.close();
    }
  });
});

describe('idle timeout', () => {
  it('drops a socket that answers no ping, and its presence with it; live sockets stay', async () => {
    const s = await setup({ limits: { idleTimeoutMs: 400 } });
    try {
      const watcher = s.open();
      await synced(watcher);
      const silent = rawClient(s.url, { autoPong: false });
      await silent.opened;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, awarenessOf(4242, { user: { name: 'Ghost' } }));
      silent.send(encoding.toUint8Array(encoder));
      await waitFor(() => watcher.provider.awareness.getStates().has(4242), 'the ghost to appear');

      const closed = await silent.closed;
      expect(closed.code).toBe(1006); // dropped without a close handshake
      await waitFor(() => !watcher.provider.awareness.getStates().has(4242), 'the ghost to leave');
      await sleep(500);
      expect(watcher.provider.wsconnected).toBe(true);
    } finally {
      await s.server.close();
    }
  });
});

function awarenessOf(clientID: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientID);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}
