import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildServer } from '../support/child.js';
import { type Client, rawClient, refusedStatus, stockClient, synced } from '../support/clients.js';
import { api, createScenario, createWorkspace, sleep, waitFor } from '../support/server.js';
import { freshDatabase, sql, startScaledServer } from './support/services-client.js';

/**
 * Two server processes on one PostgreSQL and one Redis, as behind a load balancer: stock y-websocket
 * clients on different processes edit and see each other, every rule holds on both, and a process
 * killed mid-burst loses nothing anyone was sent.
 */
const clients: Client[] = [];
const children: ChildServer[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
  children.splice(0).forEach((c) => c.process.kill('SIGKILL'));
});

async function processes(env: Record<string, string> = {}) {
  const db = await freshDatabase();
  const [a, b] = await Promise.all([startScaledServer(db, env), startScaledServer(db, env)]);
  children.push(a, b);
  return { db, a, b };
}

function open(server: ChildServer, room: string, token: string, version: 'v2' | 'v3' = 'v3', doc?: Y.Doc) {
  const client = stockClient(version, server.wsUrl, room, token, { doc });
  clients.push(client);
  return client;
}

const roles = (client: Client) => client.doc.getMap('roles');
const userName = (seer: Client, seen: Client) =>
  (seer.provider.awareness.getStates().get(seen.doc.clientID) as { user?: { name?: string } } | undefined)
    ?.user?.name;

/** A raw awareness message setting one client id's state, as a hostile socket would send it. */
function awarenessFrame(clientID: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientID);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** Collects the scenario lists a workspace's event stream sends. */
async function scenarioStream(server: ChildServer, workspaceId: string, token: string) {
  const controller = new AbortController();
  const res = await fetch(`${server.url}/api/workspaces/${workspaceId}/events?token=${token}`, {
    signal: controller.signal,
  });
  let text = '';
  const reader = res.body!.getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      text += new TextDecoder().decode(value);
    }
  })();
  return { text: () => text, close: () => controller.abort() };
}

describe('two server processes on one PostgreSQL and one Redis', () => {
  it('carry edits, presence, the scenario list, deletions and the connection limit across', async () => {
    const { a, b } = await processes({ MAX_CONNECTIONS_PER_DOCUMENT: '4' });
    const ws = await createWorkspace(a, '跨进程');
    const scenario = await createScenario(b, ws, { name: 'Plan A' });
    const room = `${ws.id}/${scenario.id}`;

    const alice = open(a, room, ws.editToken, 'v3');
    const bob = open(b, room, ws.editToken, 'v2');
    await Promise.all([synced(alice), synced(bob)]);
    roles(alice).set('r1', 'Operations manager');
    await waitFor(() => roles(bob).get('r1') === 'Operations manager', 'Bob (process B) to see Alice’s edit');
    roles(bob).set('r2', '客服主管');
    await waitFor(() => roles(alice).get('r2') === '客服主管', 'Alice (process A) to see Bob’s edit');

    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    bob.provider.awareness.setLocalStateField('user', { name: 'Bob' });
    await waitFor(() => userName(bob, alice) === 'Alice', 'Bob to see Alice’s presence');
    await waitFor(() => userName(alice, bob) === 'Bob', 'Alice to see Bob’s presence');

    // Nobody on another process can take over Alice's presence by claiming her client id.
    const mallory = rawClient(`${b.wsUrl}/${room}?token=${ws.editToken}`);
    await mallory.opened;
    mallory.send(awarenessFrame(alice.doc.clientID, 99, { user: { name: 'Mallory' } }));
    bob.provider.awareness.setLocalStateField('cursor', { x: 1 });
    await waitFor(
      () => (alice.provider.awareness.getStates().get(bob.doc.clientID) as { cursor?: unknown })?.cursor,
      'a later presence change to pass',
    );
    await sleep(200);
    expect([userName(bob, alice), userName(alice, alice)]).toEqual(['Alice', 'Alice']);
    mallory.socket.close();

    // A viewer on each process: told it is read-only, and its writes reach nobody, on either process.
    const viewers = [open(a, room, ws.viewToken), open(b, room, ws.viewToken, 'v2')];
    await Promise.all(viewers.map(synced));
    await waitFor(() => viewers.every((v) => roles(v).get('r2') === '客服主管'), 'the viewers to read');
    viewers.forEach((viewer, i) => roles(viewer).set(`hack${i}`, 'viewer'));
    roles(alice).set('after-viewers', 'yes');
    await waitFor(() => roles(bob).get('after-viewers') === 'yes', 'a later edit to pass');
    await sleep(300);
    expect(viewers.map((v) => v.permissionDenied)).toEqual([['read-only'], ['read-only']]);
    for (const seer of [alice, bob])
      expect([...roles(seer).keys()].filter((k) => k.startsWith('hack'))).toEqual([]);

    // The limit counts sockets on both processes: four are open, a fifth is refused on either.
    expect(await refusedStatus(`${a.wsUrl}/${room}?token=${ws.editToken}`)).toBe(429);
    expect(await refusedStatus(`${b.wsUrl}/${room}?token=${ws.editToken}`)).toBe(429);
    viewers[1]!.provider.disconnect();
    const late = await waitFor(async () => {
      const raw = rawClient(`${a.wsUrl}/${room}?token=${ws.editToken}`);
      return raw.opened.then(
        () => raw,
        () => undefined,
      );
    }, 'a socket to fit once one left process B');

    // Presence leaves with its socket, on the other process too.
    alice.provider.disconnect();
    await waitFor(() => userName(bob, alice) === undefined, 'Alice to leave Bob’s people bar');

    // The scenario list streams on B hear of a scenario created on A; a delete on A closes B's sockets.
    const stream = await scenarioStream(b, ws.id, ws.viewToken);
    await createScenario(a, ws, { name: '方案二' });
    await waitFor(
      () => stream.text().includes('方案二'),
      'process B’s event stream to list the new scenario',
    );
    stream.close();
    const onB = rawClient(`${b.wsUrl}/${room}?token=${ws.editToken}`);
    await onB.opened;
    expect(
      (await api(a, 'DELETE', `/api/workspaces/${ws.id}/scenarios/${scenario.id}`, { token: ws.editToken }))
        .status,
    ).toBe(204);
    expect((await onB.closed).code).toBe(4404);
    expect((await late.closed).code).toBe(4404);
  });

  it('editors writing on both processes at once, compacting often, keep every edit', async () => {
    const { db, a, b } = await processes({ COMPACT_THRESHOLD: '10' });
    const ws = await createWorkspace(a);
    const scenario = await createScenario(a, ws);
    const room = `${ws.id}/${scenario.id}`;
    const [onA, onB] = [open(a, room, ws.editToken), open(b, room, ws.editToken)];
    await Promise.all([synced(onA), synced(onB)]);
    const burst = async (client: Client, who: string) => {
      for (let i = 0; i < 120; i++) {
        roles(client).set(`${who}${i}`, i);
        await sleep(i % 5 === 0 ? 2 : 0);
      }
    };
    await Promise.all([burst(onA, 'a'), burst(onB, 'b')]);
    await waitFor(
      () => roles(onA).size === 240 && roles(onB).size === 240,
      'both editors to see all 240 edits',
    );

    clients.splice(0).forEach((c) => c.destroy());
    a.process.kill('SIGTERM');
    b.process.kill('SIGTERM');
    await Promise.all([a.exited, b.exited]);
    const fresh = await startScaledServer(db);
    children.push(fresh);
    const reader = open(fresh, room, ws.editToken);
    await synced(reader);
    expect(roles(reader).size).toBe(240);
  });

  it('when a process dies, the others drop its people’s presence and pick up what it stored but never sent', async () => {
    const { db, a, b } = await processes();
    const ws = await createWorkspace(a);
    const scenario = await createScenario(a, ws);
    const room = `${ws.id}/${scenario.id}`;
    const alice = open(a, room, ws.editToken);
    const bob = open(b, room, ws.editToken);
    await Promise.all([synced(alice), synced(bob)]);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    roles(alice).set('seen', 'by Bob');
    await waitFor(() => userName(bob, alice) === 'Alice' && roles(bob).has('seen'), 'Bob to see Alice');

    // What process A would have committed just before dying, before it could send it to anyone.
    const doc = new Y.Doc();
    doc.getMap('roles').set('stored-then-died', '已保存');
    await sql(db, 'INSERT INTO updates (scenario_id, data, created_at) VALUES ($1, $2, $3)', [
      scenario.id,
      Buffer.from(Y.encodeStateAsUpdate(doc)),
      Date.now(),
    ]);
    a.process.kill('SIGKILL');
    await waitFor(
      () => roles(bob).get('stored-then-died') === '已保存' && userName(bob, alice) === undefined,
      'Bob’s process to notice the death, drop Alice’s presence and re-read the store',
      30_000,
    );
  });

  it('a kill -9 of one process mid-burst loses nothing that was sent; its clients move and converge', async () => {
    const { db, a, b } = await processes({ COMPACT_THRESHOLD: '40' });
    const ws = await createWorkspace(a);
    const scenario = await createScenario(a, ws);
    const room = `${ws.id}/${scenario.id}`;
    const writer = open(a, room, ws.editToken);
    const observer = open(b, room, ws.editToken);
    await Promise.all([synced(writer), synced(observer)]);

    let writing = true;
    const burst = (async () => {
      for (let i = 0; writing; i++) {
        roles(writer).set(`r${i}`, `role ${i}`);
        await sleep(i % 10 === 0 ? 1 : 0);
      }
    })();
    await waitFor(() => roles(observer).size >= 150, 'the observer on B to receive a good part of the burst');
    a.process.kill('SIGKILL');
    const received = [...roles(observer).keys()];
    writing = false;
    await burst;
    expect((await a.exited).signal).toBe('SIGKILL');

    // The process comes back; what B's observer was sent is in both processes.
    const again = await startScaledServer(db);
    children.push(again);
    const [onAgain, onB] = [open(again, room, ws.editToken), open(b, room, ws.editToken, 'v2')];
    await Promise.all([synced(onAgain), synced(onB)]);
    expect(received.filter((key) => !roles(onAgain).has(key))).toEqual([]);
    expect(received.filter((key) => !roles(onB).has(key))).toEqual([]);

    // The writer reconnects through the other process with what it still had unsent; all converge.
    writer.provider.destroy();
    const moved = open(b, room, ws.editToken, 'v3', writer.doc);
    await synced(moved);
    const everything = roles(writer).size;
    await waitFor(
      () => [onAgain, onB, observer].every((c) => roles(c).size === everything),
      'every client on both processes to hold the writer’s whole burst',
    );
    expect(roles(onAgain).toJSON()).toEqual(roles(onB).toJSON());
    expect(Y.encodeStateVector(onAgain.doc)).toEqual(Y.encodeStateVector(onB.doc));
  });
});
