import { describe, expect, it } from 'vitest';
import { readDesign, writeDesign } from '@orgcanvas/model';
import { TEMPLATES } from '@orgcanvas/templates';
import { type Client, stockClient, synced } from './support/clients.js';
import {
  api,
  closedAfterEach,
  createScenario,
  createWorkspace,
  sleep,
  startTestServer,
  waitFor,
} from './support/server.js';

const { clients, servers } = closedAfterEach();

const origin = { kind: 'local', userId: 'tester' } as const;

async function rename(client: Client, name: string) {
  writeDesign(client.doc, { ...readDesign(client.doc), name }, origin);
}

describe('version history', () => {
  it('saves a version on demand, previews it read-only, forks it, and keeps it across a restart', async () => {
    const server = await startTestServer();
    const ws = await createWorkspace(server);
    const scenario = await createScenario(server, ws, { name: 'Plan', template: TEMPLATES[1]!.id });
    const base = `/api/workspaces/${ws.id}/scenarios/${scenario.id}`;
    const client = stockClient('v3', server.wsUrl, `${ws.id}/${scenario.id}`, ws.editToken);
    clients.push(client);
    await synced(client);
    await rename(client, 'Before the reorg');
    await sleep(150);

    const saved = await api(server, 'POST', `${base}/versions`, {
      token: ws.editToken,
      body: { label: '董事会前', author: 'Li Wei' },
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ label: '董事会前', author: 'Li Wei', auto: false });
    expect(Date.parse(saved.body.createdAt)).not.toBeNaN();

    await rename(client, 'After the reorg');
    const roleIds = readDesign(client.doc).roles.map((r) => r.id);
    await waitFor(
      async () =>
        (await api(server, 'GET', `${base}/export.json`, { token: ws.viewToken })).body.name ===
        'After the reorg',
      'the later edit',
    );

    const list = await api(server, 'GET', `${base}/versions`, { token: ws.viewToken });
    expect(list.status).toBe(200);
    expect(list.body.find((v: { id: string }) => v.id === saved.body.id)).toEqual(saved.body);

    const preview = await api(server, 'GET', `${base}/versions/${saved.body.id}`, { token: ws.viewToken });
    expect(preview.status).toBe(200);
    expect(preview.body.label).toBe('董事会前');
    expect(preview.body.design.format).toBe('orgcanvas.design');
    expect(preview.body.design.name).toBe('Before the reorg');
    expect(preview.body.design.roles.map((r: { id: string }) => r.id)).toEqual(roleIds);

    const fork = await api(server, 'POST', `/api/workspaces/${ws.id}/scenarios`, {
      token: ws.editToken,
      body: { name: 'Back to before', from: scenario.id, version: saved.body.id },
    });
    expect(fork.status).toBe(201);
    expect(fork.body.basedOn).toEqual({ kind: 'version', id: scenario.id, versionId: saved.body.id });
    const forked = await api(
      server,
      'GET',
      `/api/workspaces/${ws.id}/scenarios/${fork.body.id}/export.json`,
      {
        token: ws.viewToken,
      },
    );
    expect(forked.body.name).toBe('Before the reorg');
    expect(forked.body.roles.map((r: { id: string }) => r.id)).toEqual(roleIds);

    expect(
      (await api(server, 'POST', `${base}/versions`, { token: ws.viewToken, body: { label: 'x' } })).status,
    ).toBe(403);
    expect((await api(server, 'GET', `${base}/versions/nope`, { token: ws.viewToken })).status).toBe(404);

    clients.splice(0).forEach((c) => c.destroy());
    await server.close();
    const again = await startTestServer({ dataDir: server.dataDir });
    servers.push(again);
    const after = await api(again, 'GET', `${base}/versions/${saved.body.id}`, { token: ws.viewToken });
    expect(after.status).toBe(200);
    expect(after.body.design.name).toBe('Before the reorg');
  });

  it('takes automatic versions while a scenario changes, at most once per interval', async () => {
    const server = await startTestServer({ autoVersionIntervalMs: 400 });
    servers.push(server);
    const ws = await createWorkspace(server);
    const scenario = await createScenario(server, ws, { name: 'Auto', template: TEMPLATES[0]!.id });
    const base = `/api/workspaces/${ws.id}/scenarios/${scenario.id}`;
    expect((await api(server, 'GET', `${base}/versions`, { token: ws.viewToken })).body).toEqual([]);

    const client = stockClient('v3', server.wsUrl, `${ws.id}/${scenario.id}`, ws.editToken);
    clients.push(client);
    await synced(client);
    const started = Date.now();
    for (let i = 0; i < 12; i++) {
      await rename(client, `Draft ${i}`);
      await sleep(100);
    }
    const elapsed = Date.now() - started;
    await sleep(600); // let the last pending version land
    const versions = (await api(server, 'GET', `${base}/versions`, { token: ws.viewToken })).body as {
      id: string;
      auto: boolean;
      createdAt: string;
    }[];
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(versions.length).toBeLessThanOrEqual(Math.ceil((elapsed + 600) / 400) + 1);
    expect(versions.every((v) => v.auto)).toBe(true);
    const times = versions.map((v) => Date.parse(v.createdAt)).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(390);
    // The newest automatic version holds the last state.
    const newest = await api(server, 'GET', `${base}/versions/${versions[0]!.id}`, { token: ws.viewToken });
    expect(newest.body.design.name).toBe('Draft 11');

    // No changes, no versions.
    await sleep(900);
    expect((await api(server, 'GET', `${base}/versions`, { token: ws.viewToken })).body).toHaveLength(
      versions.length,
    );
  });
});
