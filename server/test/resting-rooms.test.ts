import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { stockClient, synced } from './support/clients.js';
import { closedAfterEach, openRoom, startTestServer, waitFor } from './support/server.js';

const { clients, servers } = closedAfterEach();

/**
 * A scenario that people look at but nobody edits is served from the store, without a Y.Doc in the server (a 27th of the memory for 1,000 roles): every promise of the room holds while it rests.
 */
describe('a room at rest', () => {
  it('serves newcomers, takes the next edit and keeps every change, deletions included', async () => {
    const server = await startTestServer({ roomIdleMs: 40 });
    servers.push(server);
    const { workspace, room } = await openRoom(server, {
      workspace: 'Resting',
      scenario: { name: 'Plan A' },
    });
    const resting = () => waitFor(async () => (await server.rooms()).live === 0, 'the room to rest');

    const alice = stockClient('v3', server.wsUrl, room, workspace.editToken);
    const watcher = stockClient('v3', server.wsUrl, room, workspace.viewToken);
    clients.push(alice, watcher);
    await Promise.all([synced(alice), synced(watcher)]);
    const roles = alice.doc.getMap('roles');
    for (let i = 0; i < 20; i++) roles.set(`r${i}`, `岗位 ${i}`);
    roles.delete('r3');
    alice.doc.getText('notes').insert(0, '人员成本说明');
    alice.doc.getText('notes').delete(0, 2);
    // The server sends an edit on only once it is stored: seen by the watcher, it is in the room.
    await waitFor(
      () => watcher.doc.getText('notes').toString() === '成本说明' && watcher.doc.getMap('roles').size === 19,
      'the edits to reach the watcher',
    );
    await resting();
    expect(await server.rooms()).toEqual({ loaded: 1, live: 0 });

    // A newcomer (editor or viewer) syncs from the resting state; their sync answer brings nothing new,
    // so the room stays at rest.
    const bob = stockClient('v2', server.wsUrl, room, workspace.editToken);
    const viewer = stockClient('v3', server.wsUrl, room, workspace.viewToken);
    clients.push(bob, viewer);
    await Promise.all([synced(bob), synced(viewer)]);
    for (const who of [bob, viewer]) {
      expect(who.doc.getMap('roles').size).toBe(19);
      expect(who.doc.getMap('roles').has('r3')).toBe(false);
      expect(who.doc.getText('notes').toString()).toBe('成本说明');
    }
    expect(await server.rooms()).toEqual({ loaded: 1, live: 0 });

    // The next edit wakes the room; everyone sees it, and it rests again afterwards.
    bob.doc.getMap('roles').set('r20', '新岗位');
    bob.doc.getMap('roles').delete('r4');
    await waitFor(
      () => roles.get('r20') === '新岗位' && !roles.has('r4') && viewer.doc.getMap('roles').has('r20'),
      'the edit made on a resting room to reach everyone',
    );
    await resting();
    expect(Y.encodeStateVector(alice.doc)).toEqual(Y.encodeStateVector(bob.doc));
  });

  it('opens again without a Y.Doc once this process knows the schema is current, and keeps every promise', async () => {
    // Resting only comes from the load here: the idle timer would take a minute.
    const server = await startTestServer({ roomIdleMs: 60_000 });
    servers.push(server);
    const { workspace, room } = await openRoom(server, {
      workspace: 'Resting',
      scenario: { name: 'Plan A', template: 'ecommerce-staff-duties' },
    });
    const alice = stockClient('v3', server.wsUrl, room, workspace.editToken);
    clients.push(alice);
    await synced(alice);
    const roles = alice.doc.getMap('roles');
    const someone = [...roles.keys()][0]!;
    roles.delete(someone);
    alice.doc.getMap('extra').set('k', 'v');
    await waitFor(async () => (await server.rooms()).live === 1, 'the edit to wake the room');
    const expected = Y.encodeStateVector(alice.doc);
    const alicesCopy = new Y.Doc();
    Y.applyUpdate(alicesCopy, Y.encodeStateAsUpdate(alice.doc));
    alice.destroy();
    await waitFor(async () => (await server.rooms()).loaded === 0, 'the room to be freed');

    // Loaded again: at rest from the start, serving all of it, deletions included.
    const bob = stockClient('v2', server.wsUrl, room, workspace.editToken);
    clients.push(bob);
    await synced(bob);
    expect(Y.encodeStateVector(bob.doc)).toEqual(expected);
    expect(bob.doc.getMap('roles').has(someone)).toBe(false);
    expect(bob.doc.getMap('extra').get('k')).toBe('v');
    // Alice comes back with her copy: her sync answer (all she has, deletions too) brings nothing,
    // and the room stays at rest.
    const aliceAgain = stockClient('v3', server.wsUrl, room, workspace.editToken, { doc: alicesCopy });
    const viewer = stockClient('v3', server.wsUrl, room, workspace.viewToken);
    clients.push(aliceAgain, viewer);
    await Promise.all([synced(aliceAgain), synced(viewer)]);
    expect(await server.rooms()).toEqual({ loaded: 1, live: 0 });

    // A new deletion is something: it wakes the room and reaches everyone.
    const another = [...bob.doc.getMap('roles').keys()][0]!;
    bob.doc.getMap('roles').delete(another);
    await waitFor(() => !viewer.doc.getMap('roles').has(another), 'the deletion to reach the viewer');
    expect((await server.rooms()).live).toBe(1);
  });

  it('keeps what it held at rest across a restart', async () => {
    const first = await startTestServer({ roomIdleMs: 20 });
    const { workspace, room } = await openRoom(first, {
      workspace: 'Resting',
      scenario: {
        name: 'Plan A',
        template: 'ecommerce-staff-duties',
      },
    });
    const writer = stockClient('v3', first.wsUrl, room, workspace.editToken);
    const watcher = stockClient('v3', first.wsUrl, room, workspace.viewToken);
    clients.push(writer, watcher);
    await Promise.all([synced(writer), synced(watcher)]);
    writer.doc.getMap('extra').set('k', 'v');
    await waitFor(() => watcher.doc.getMap('extra').get('k') === 'v', 'the edit to be stored and sent');
    await waitFor(async () => (await first.rooms()).live === 0, 'the room to rest');
    const expected = Y.encodeStateVector(writer.doc);
    clients.splice(0).forEach((c) => c.destroy());
    await first.close();

    const second = await startTestServer({ dataDir: first.dataDir, roomIdleMs: 20 });
    servers.push(second);
    const reader = stockClient('v3', second.wsUrl, room, workspace.viewToken);
    clients.push(reader);
    await synced(reader);
    expect(Y.encodeStateVector(reader.doc)).toEqual(expected);
    expect(reader.doc.getMap('extra').get('k')).toBe('v');
  });
});
