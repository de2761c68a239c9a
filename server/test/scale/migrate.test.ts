import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildServer } from '../support/child.js';
import { type Client, stockClient, synced } from '../support/clients.js';
import {
  api,
  createScenario,
  createWorkspace,
  sleep,
  startTestServer,
  waitFor,
  type TestServer,
} from '../support/server.js';
import { freshDatabase, startScaledServer } from './support/services-client.js';

const MIGRATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/migrate.js');
const run = promisify(execFile);

const clients: Client[] = [];
const children: ChildServer[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  children.splice(0).forEach((c) => c.process.kill('SIGKILL'));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function migrate(args: string[], env: Record<string, string>) {
  return run(process.execPath, [MIGRATE, ...args], { env: { ...process.env, ...env } }).then(
    (out) => ({ code: 0, ...out }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('moving a SQLite data folder into PostgreSQL (node server/dist/migrate.js)', () => {
  it('moves every workspace, scenario, edit and version, says how many, and moves nothing twice', async () => {
    // A data folder as a team leaves it: two workspaces, edits (some compacted), a saved version.
    const sqlite = await startTestServer({ compactThreshold: 5 });
    servers.push(sqlite);
    const ws = await createWorkspace(sqlite, '杭州电商');
    const other = await createWorkspace(sqlite, 'Second team');
    const planA = await createScenario(sqlite, ws, { name: 'Plan A', template: 'ecommerce-staff-duties' });
    await createScenario(sqlite, ws, { name: '方案二' });
    await createScenario(sqlite, other, { name: 'Blank' });
    const writer = stockClient('v3', sqlite.wsUrl, `${ws.id}/${planA.id}`, ws.editToken);
    clients.push(writer);
    await synced(writer);
    for (let i = 0; i < 12; i++) writer.doc.getMap('moved').set(`k${i}`, i);
    await sleep(300);
    const saved = await api(sqlite, 'POST', `/api/workspaces/${ws.id}/scenarios/${planA.id}/versions`, {
      token: ws.editToken,
      body: { label: '迁移前', author: 'Alice' },
    });
    expect(saved.status).toBe(201);
    const exported = (
      await api(sqlite, 'GET', `/api/workspaces/${ws.id}/scenarios/${planA.id}/export.json`, {
        token: ws.viewToken,
      })
    ).body;
    // The server also took an automatic version when the editing began.
    const versionsBefore = (
      await api(sqlite, 'GET', `/api/workspaces/${ws.id}/scenarios/${planA.id}/versions`, {
        token: ws.viewToken,
      })
    ).body;
    expect(versionsBefore.length).toBe(2);
    clients.splice(0).forEach((c) => c.destroy());
    await servers.splice(0)[0]!.close();

    const db = await freshDatabase();
    const moved = await migrate(['--from', sqlite.dataDir], { DATABASE_URL: db });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('Moved 2 workspaces, 3 scenarios and 2 versions');
    expect(moved.stdout).toContain('已迁移 2 个工作区、3 个方案和 2 个版本');

    const again = await migrate(['--from', sqlite.dataDir], { DATABASE_URL: db });
    expect(again.stdout).toContain('Moved 0 workspaces, 0 scenarios and 0 versions');
    expect(again.stdout).toContain('2 workspaces were already there and were skipped');

    // The same links open the same designs on a PostgreSQL server.
    const pg = await startScaledServer(db);
    children.push(pg);
    const opened = await api(pg, 'GET', `/api/workspaces/${ws.id}`, { token: ws.editToken });
    expect(opened.body.scenarios.map((s: { name: string }) => s.name)).toEqual(['Plan A', '方案二']);
    const versions = await api(pg, 'GET', `/api/workspaces/${ws.id}/scenarios/${planA.id}/versions`, {
      token: ws.viewToken,
    });
    expect(versions.body).toEqual(versionsBefore);
    expect(
      (
        await api(pg, 'GET', `/api/workspaces/${ws.id}/scenarios/${planA.id}/export.json`, {
          token: ws.viewToken,
        })
      ).body,
    ).toEqual(exported);
    const reader = stockClient('v3', pg.wsUrl, `${ws.id}/${planA.id}`, ws.viewToken);
    clients.push(reader);
    await waitFor(() => reader.doc.getMap('moved').size === 12, 'the edits to be there');
  });

  it('says what is wrong instead of moving anything', async () => {
    const noUrl = await migrate(['--from', '/nonexistent'], { DATABASE_URL: '' });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('DATABASE_URL is needed');
    const db = await freshDatabase();
    const empty = await migrate(['--from', '/tmp/orgcanvas-no-such-folder'], { DATABASE_URL: db });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('There is no OrgCanvas data in /tmp/orgcanvas-no-such-folder');
    const running = await startTestServer();
    servers.push(running);
    const busy = await migrate(['--from', running.dataDir], { DATABASE_URL: db });
    expect(busy.code).toBe(3);
    expect(busy.stderr).toContain('in use by another OrgCanvas server');
  });
});
