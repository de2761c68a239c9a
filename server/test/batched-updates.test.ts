import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rawClient, stockClient, synced, updateFrame } from './support/clients.js';
import { closedAfterEach, openRoom, startTestServer, waitFor } from './support/server.js';

const { clients, servers } = closedAfterEach();

describe('updates that arrive together', () => {
  it('are all kept and sent, while a bad one among them closes only its own socket', async () => {
    const server = await startTestServer();
    servers.push(server);
    const { workspace, room } = await openRoom(server, { workspace: 'Burst', scenario: { name: 'Plan' } });
    const url = `${server.wsUrl}/${room}?token=${workspace.editToken}`;
    const observer = stockClient('v3', server.wsUrl, room, workspace.editToken);
    clients.push(observer);
    await synced(observer);

    const writer = rawClient(url);
    const vandal = rawClient(url);
    clients.push({ destroy: () => writer.socket.close() }, { destroy: () => vandal.socket.close() });
    await Promise.all([writer.opened, vandal.opened]);
    await waitFor(() => writer.frames.length > 0 && vandal.frames.length > 0, 'both sockets to join');

    // Forty edits, each its own update, written back to back with a broken update in the middle.
    const local = new Y.Doc();
    const updates: Uint8Array[] = [];
    local.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 40; i++) local.getMap('roles').set(`r${i}`, `role ${i}`);
    updates.slice(0, 20).forEach((update) => writer.send(updateFrame(update)));
    vandal.send(updateFrame(Uint8Array.of(1, 1, 200, 1, 0, 255)));
    updates.slice(20).forEach((update) => writer.send(updateFrame(update)));

    expect((await vandal.closed).code).not.toBe(1000);
    await waitFor(() => observer.doc.getMap('roles').size === 40, 'every edit to reach the observer');
    expect(writer.socket.readyState).toBe(writer.socket.OPEN);

    // Stored, not just sent: a fresh process has all of them.
    await server.close();
    servers.splice(0);
    const again = await startTestServer({ dataDir: server.dataDir });
    servers.push(again);
    const reader = stockClient('v2', again.wsUrl, room, workspace.editToken);
    clients.push(reader);
    await synced(reader);
    expect(reader.doc.getMap('roles').toJSON()).toEqual(local.getMap('roles').toJSON());
  });

  it('keeps an edit whose socket closes right after sending it', async () => {
    const server = await startTestServer();
    servers.push(server);
    const { workspace, room } = await openRoom(server, { workspace: 'Leaving', scenario: { name: 'Plan' } });
    const writer = rawClient(`${server.wsUrl}/${room}?token=${workspace.editToken}`);
    await writer.opened;
    await waitFor(() => writer.frames.length > 0, 'the socket to join');
    const local = new Y.Doc();
    // Written, then the connection dropped at once: the server reads the edit and the end together.
    local.on('update', (update: Uint8Array) =>
      writer.socket.send(updateFrame(update), () => writer.socket.terminate()),
    );
    local.getMap('roles').set('r1', 'the last word');
    await writer.closed;

    const reader = stockClient('v3', server.wsUrl, room, workspace.editToken);
    clients.push(reader);
    await synced(reader);
    await waitFor(() => reader.doc.getMap('roles').get('r1') === 'the last word', 'the edit to be kept');
  });
});
