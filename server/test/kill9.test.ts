import type { WebsocketProvider } from 'y-websocket';
import { afterEach, describe, expect, it } from 'vitest';
import { type Client, stockClient, synced } from './support/clients.js';
import { type ChildServer, startChildServer } from './support/child.js';
import { openRoom, sleep, tempDir, waitFor } from './support/server.js';

const clients: Client[] = [];
const children: ChildServer[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
  children.splice(0).forEach((c) => c.process.kill('SIGKILL'));
});

describe('a kill -9 in the middle of a burst of edits', () => {
  it('loses nothing that another client had received', async () => {
    const dataDir = tempDir();
    // A small compaction threshold makes the burst cross several compactions too.
    const env = { DATA_DIR: dataDir, MAX_UPDATES_PER_SECOND: '100000', COMPACT_THRESHOLD: '40' };
    const first = await startChildServer(env);
    children.push(first);
    const { workspace, room } = await openRoom(first);

    const writer = stockClient('v3', first.wsUrl, room, workspace.editToken);
    const observer = stockClient('v3', first.wsUrl, room, workspace.editToken);
    clients.push(writer, observer);
    await Promise.all([synced(writer), synced(observer)]);

    let writing = true;
    const burst = (async () => {
      for (let i = 0; writing; i++) {
        writer.doc.getMap('roles').set(`r${i}`, `role ${i}`);
        await sleep(i % 10 === 0 ? 1 : 0);
      }
    })();
    await waitFor(
      () => observer.doc.getMap('roles').size >= 150,
      'the observer to receive a good part of the burst',
    );
    first.process.kill('SIGKILL');
    const received = [...observer.doc.getMap('roles').keys()];
    writing = false;
    await burst;
    expect((await first.exited).signal).toBe('SIGKILL');
    writer.provider.disconnect();
    observer.provider.disconnect();

    const second = await startChildServer(env);
    children.push(second);
    const reader = stockClient('v3', second.wsUrl, room, workspace.editToken);
    clients.push(reader);
    await synced(reader);
    const roles = reader.doc.getMap('roles');
    const missing = received.filter((key) => !roles.has(key));
    expect(received.length).toBeGreaterThanOrEqual(150);
    expect(missing).toEqual([]);
  });

  it('stops gracefully on SIGTERM: sockets closed with 1001, every edit kept', async () => {
    const dataDir = tempDir();
    const first = await startChildServer({ DATA_DIR: dataDir });
    children.push(first);
    const { workspace, room } = await openRoom(first);
    const client = stockClient('v3', first.wsUrl, room, workspace.editToken);
    clients.push(client);
    await synced(client);
    const closeCodes: number[] = [];
    (client.provider as WebsocketProvider).on('connection-close', (event: { code: number } | null) => {
      if (event) closeCodes.push(event.code);
    });
    for (let i = 0; i < 20; i++) client.doc.getMap('roles').set(`r${i}`, i);
    await sleep(300);
    first.process.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    await waitFor(() => closeCodes.length > 0, 'the socket to close');
    expect(closeCodes[0]).toBe(1001);
    client.provider.disconnect();

    const second = await startChildServer({ DATA_DIR: dataDir });
    children.push(second);
    const reader = stockClient('v2', second.wsUrl, room, workspace.editToken);
    clients.push(reader);
    await synced(reader);
    expect(reader.doc.getMap('roles').size).toBe(20);
  });
});
