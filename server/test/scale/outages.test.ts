import { afterEach, describe, expect, it } from 'vitest';
import { type ChildServer, startChildServer } from '../support/child.js';
import { type Client, stockClient, synced } from '../support/clients.js';
import { createScenario, createWorkspace, sleep, tempDir, waitFor } from '../support/server.js';
import { type Cable, cableTo } from './support/cable.js';
import { freshDatabase, redisUrl, startScaledServer } from './support/services-client.js';

/**
 * What happens when PostgreSQL or Redis goes away under a running process: /healthz says so (503),
 * the process keeps running and logs the outage once, retries with back-off, and recovers by itself,
 * catching up on what the other processes did meanwhile.
 */
const clients: Client[] = [];
const children: ChildServer[] = [];
const cables: Cable[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  children.splice(0).forEach((c) => c.process.kill('SIGKILL'));
  await Promise.all(cables.splice(0).map((c) => c.close()));
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the health answer is read loosely
async function health(server: ChildServer): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/healthz`);
  return { status: res.status, body: await res.json() };
}

const count = (text: string, pattern: RegExp) => text.split('\n').filter((line) => pattern.test(line)).length;

describe('/healthz and lost connections', () => {
  it('names SQLite and the in-process fan-out by default', async () => {
    const plain = await startChildServer({ DATA_DIR: tempDir() });
    children.push(plain);
    expect(await health(plain)).toEqual({
      status: 200,
      body: { ok: true, store: { kind: 'sqlite', ok: true }, fanout: { kind: 'local', ok: true } },
    });
  });

  it('fails while Redis is unreachable, logs it once, and catches up on what it missed', async () => {
    const db = await freshDatabase();
    const cable = await cableTo(redisUrl());
    cables.push(cable);
    const cut = await startScaledServer(db, { REDIS_URL: cable.url });
    const other = await startScaledServer(db);
    children.push(cut, other);
    expect(await health(cut)).toEqual({
      status: 200,
      body: { ok: true, store: { kind: 'postgres', ok: true }, fanout: { kind: 'redis', ok: true } },
    });

    const ws = await createWorkspace(cut);
    const scenario = await createScenario(cut, ws);
    const room = `${ws.id}/${scenario.id}`;
    const here = stockClient('v3', cut.wsUrl, room, ws.editToken);
    const there = stockClient('v3', other.wsUrl, room, ws.editToken);
    clients.push(here, there);
    await Promise.all([synced(here), synced(there)]);

    await cable.cut();
    const down = await waitFor(async () => {
      const answer = await health(cut);
      return answer.status === 503 ? answer : undefined;
    }, '/healthz to report the lost Redis');
    expect(down.body.store).toEqual({ kind: 'postgres', ok: true });
    expect(down.body.fanout.ok).toBe(false);
    expect(down.body.error.code).toBe('unhealthy');

    // Edits keep being stored and shown on each process while the fan-out between them is down.
    there.doc.getMap('roles').set('while-away', '离线期间');
    here.doc.getMap('roles').set('local-only', 'still saved');
    await sleep(1_500);
    await health(cut);
    expect(count(cut.output(), /Redis unreachable/)).toBe(1);
    expect(cut.process.exitCode).toBeNull();

    await cable.plug();
    await waitFor(async () => (await health(cut)).status === 200, '/healthz to recover', 20_000);
    // The log line travels through the child's stdout pipe, which may arrive after the HTTP answer.
    await waitFor(() => count(cut.output(), /Redis reachable again/) > 0, 'the recovery to be logged');
    expect(count(cut.output(), /Redis reachable again/)).toBe(1);
    await waitFor(
      () => here.doc.getMap('roles').get('while-away') === '离线期间',
      'the cut process to catch up on the edit made elsewhere meanwhile',
    );
    await waitFor(
      () => there.doc.getMap('roles').get('local-only') === 'still saved',
      'the other process to catch up on the edit made on the cut one',
    );
  });

  it('fails while PostgreSQL is unreachable, never crashes, and serves again once it is back', async () => {
    const db = await freshDatabase();
    const cable = await cableTo(db);
    cables.push(cable);
    const server = await startScaledServer(cable.url);
    children.push(server);
    const ws = await createWorkspace(server);

    await cable.cut();
    const down = await waitFor(async () => {
      const answer = await health(server);
      return answer.status === 503 ? answer : undefined;
    }, '/healthz to report the lost PostgreSQL');
    expect(down.body.store.kind).toBe('postgres');
    expect(down.body.store.ok).toBe(false);
    expect(down.body.fanout).toEqual({ kind: 'redis', ok: true });
    // Requests fail with an answer, not a crash.
    const refused = await fetch(`${server.url}/api/workspaces/${ws.id}?token=${ws.viewToken}`);
    expect(refused.status).toBe(500);
    await sleep(1_000);
    await health(server);
    expect(count(server.output(), /PostgreSQL unreachable/)).toBe(1);
    expect(server.process.exitCode).toBeNull();

    await cable.plug();
    await waitFor(async () => (await health(server)).status === 200, '/healthz to recover', 20_000);
    const scenario = await createScenario(server, ws, { name: 'after the outage' });
    const client = stockClient('v3', server.wsUrl, `${ws.id}/${scenario.id}`, ws.editToken);
    clients.push(client);
    await synced(client);
  });
});
