import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stockClient, synced } from './support/clients.js';
import { closedAfterEach, openRoom, sleep, startTestServer, waitFor } from './support/server.js';

const { clients, servers } = closedAfterEach();

describe('persistence across a restart', () => {
  it('keeps every edit, workspace and scenario, through compaction', async () => {
    const first = await startTestServer({ compactThreshold: 10 });
    const { workspace, room } = await openRoom(first, {
      workspace: 'Persistent',
      scenario: { name: 'Plan A' },
    });
    const writer = stockClient('v3', first.wsUrl, room, workspace.editToken);
    clients.push(writer);
    await synced(writer);
    for (let i = 0; i < 35; i++) {
      writer.doc.getMap('roles').set(`r${i}`, `role ${i}`);
      await sleep(2);
    }
    writer.doc.getText('notes').insert(0, '人员成本');
    const observer = stockClient('v2', first.wsUrl, room, workspace.editToken);
    clients.push(observer);
    await waitFor(
      () => observer.doc.getMap('roles').size === 35 && observer.doc.getText('notes').length === 4,
      'everything to reach another client',
    );
    clients.splice(0).forEach((c) => c.destroy());
    await first.close();

    // Compaction replaced most updates with a snapshot.
    const db = new Database(path.join(first.dataDir, 'orgcanvas.sqlite'), { readonly: true });
    const { n } = db.prepare('SELECT COUNT(*) AS n FROM updates').get() as { n: number };
    const { snapshots } = db.prepare('SELECT COUNT(snapshot) AS snapshots FROM scenarios').get() as {
      snapshots: number;
    };
    db.close();
    expect(n).toBeLessThan(10);
    expect(snapshots).toBe(1);

    const second = await startTestServer({ dataDir: first.dataDir });
    servers.push(second);
    const res = await fetch(`${second.url}/api/workspaces/${workspace.id}?token=${workspace.viewToken}`);
    const body = (await res.json()) as { name: string; scenarios: { name: string }[] };
    expect(body.name).toBe('Persistent');
    expect(body.scenarios.map((s) => s.name)).toEqual(['Plan A']);
    const reader = stockClient('v3', second.wsUrl, room, workspace.editToken);
    clients.push(reader);
    await synced(reader);
    expect(reader.doc.getMap('roles').size).toBe(35);
    expect(reader.doc.getMap('roles').get('r34')).toBe('role 34');
    expect(reader.doc.getText('notes').toString()).toBe('人员成本');
  });

  it('keeps edits made while the room is unloaded and reloaded', async () => {
    const server = await startTestServer();
    servers.push(server);
    const { workspace, room } = await openRoom(server);
    for (let round = 0; round < 3; round++) {
      const client = stockClient('v3', server.wsUrl, room, workspace.editToken);
      await synced(client);
      await waitFor(() => client.doc.getMap('roles').size === round, `round ${round} to see earlier rounds`);
      client.doc.getMap('roles').set(`round${round}`, round);
      await sleep(100);
      client.destroy();
      await sleep(100);
    }
    const last = stockClient('v3', server.wsUrl, room, workspace.editToken);
    clients.push(last);
    await synced(last);
    expect([...last.doc.getMap('roles').keys()].sort()).toEqual(['round0', 'round1', 'round2']);
  });
});
