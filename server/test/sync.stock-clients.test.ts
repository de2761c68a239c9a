import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import {
  type Client,
  rawClient,
  stockClient,
  synced,
  syncStep1Frame,
  updateFrame,
} from './support/clients.js';
import {
  createScenario,
  createWorkspace,
  startTestServer,
  type TestServer,
  waitFor,
  type Workspace,
} from './support/server.js';

let server: TestServer;
let workspace: Workspace;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await createWorkspace(server);
});
afterAll(() => server.close());

const clients: Client[] = [];
function open(version: 'v2' | 'v3', room: string, doc?: Y.Doc): Client {
  const client = stockClient(version, server.wsUrl, room, workspace.editToken, { doc });
  clients.push(client);
  return client;
}
afterAll(() => clients.forEach((c) => c.destroy()));

describe.each([
  ['v3', 'v3'],
  ['v2', 'v2'],
  ['v2', 'v3'],
] as const)('stock y-websocket %s with %s', (first, second) => {
  it('syncs edits both ways, including what was there before a client joined', async () => {
    const scenario = await createScenario(server, workspace);
    const room = `${workspace.id}/${scenario.id}`;
    const a = open(first, room);
    await synced(a);
    a.doc.getMap('roles').set('r1', 'Operations manager');

    const b = open(second, room);
    await synced(b);
    await waitFor(
      () => b.doc.getMap('roles').get('r1') === 'Operations manager',
      'B to get the earlier edit',
    );

    b.doc.getMap('roles').set('r2', 'Customer service lead');
    await waitFor(() => a.doc.getMap('roles').get('r2') === 'Customer service lead', 'A to get B’s edit');
    a.doc.getText('notes').insert(0, '运营中心');
    await waitFor(() => b.doc.getText('notes').toString() === '运营中心', 'B to get A’s text');
  });

  it('relays awareness to the others and removes it when a client leaves', async () => {
    const scenario = await createScenario(server, workspace);
    const room = `${workspace.id}/${scenario.id}`;
    const a = open(first, room);
    const b = open(second, room);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#e11' });
    await waitFor(
      () =>
        (b.provider.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } })?.user?.name ===
        'Ada',
      'B to see Ada',
    );
    // A late joiner gets the current awareness on connect.
    const c = open(second, room);
    await waitFor(() => c.provider.awareness.getStates().has(a.doc.clientID), 'a late joiner to see Ada');

    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'Ada to leave B’s people bar');
    await waitFor(() => !c.provider.awareness.getStates().has(a.doc.clientID), 'Ada to leave C’s people bar');
  });
});

describe('the reference server behaviour', () => {
  it('sends sync step 1 on connect and echoes an update to its sender', async () => {
    const scenario = await createScenario(server, workspace);
    const raw = rawClient(`${server.wsUrl}/${workspace.id}/${scenario.id}?token=${workspace.editToken}`);
    await raw.opened;
    await waitFor(() => raw.frames.length > 0, 'the first frame');
    const first = decoding.createDecoder(raw.frames[0]!);
    expect([decoding.readVarUint(first), decoding.readVarUint(first)]).toEqual([0, 0]); // sync, step 1

    const doc = new Y.Doc();
    raw.send(syncStep1Frame(doc));
    const mine: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => mine.push(u));
    doc.getMap('roles').set('r1', 'Buyer');
    raw.send(updateFrame(mine[0]!));
    const echoed = await waitFor(() => {
      for (const frame of raw.frames) {
        const d = decoding.createDecoder(frame);
        if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 2)
          return decoding.readVarUint8Array(d);
      }
      return undefined;
    }, 'the echoed update');
    const check = new Y.Doc();
    Y.applyUpdate(check, echoed);
    expect(check.getMap('roles').get('r1')).toBe('Buyer');
    raw.socket.close();
  });
});
