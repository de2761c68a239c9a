import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer } from '../src/app.js';
import { makeConfig } from '../src/config.js';
import { type Client, refusedStatus, stockClient, synced } from './support/clients.js';
import {
  api,
  createScenario,
  createWorkspace,
  sleep,
  tempDir,
  waitFor,
  type Workspace,
} from './support/server.js';

let logs = '';
const dataDir = tempDir();
let server: Awaited<ReturnType<typeof startServer>> & { wsUrl: string };
let mine: Workspace;
let theirs: Workspace;
let scenarioId: string;
const clients: Client[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString();
      done();
    },
  });
  const running = await startServer(
    makeConfig({ port: 0, dataDir, clientDir: tempDir(), logLevel: 'debug' }),
    {
      log: pino({ level: 'debug' }, sink),
    },
  );
  server = { ...running, wsUrl: running.url.replace(/^http/, 'ws') + '/ws' };
  mine = await createWorkspace(server, 'Mine');
  theirs = await createWorkspace(server, 'Theirs');
  scenarioId = (await createScenario(server, mine, { name: 'Plan' })).id;
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server.close();
});

const open = (token: string) => {
  const client = stockClient('v3', server.wsUrl, `${mine.id}/${scenarioId}`, token);
  clients.push(client);
  return client;
};

describe('HTTP access by token', () => {
  it('tells the client what its token may do', async () => {
    const edit = await api(server, 'GET', `/api/workspaces/${mine.id}`, { token: mine.editToken });
    expect(edit.status).toBe(200);
    expect(edit.body.access).toBe('edit');
    const view = await api(server, 'GET', `/api/workspaces/${mine.id}`, {
      token: mine.viewToken,
      query: true,
    });
    expect(view.status).toBe(200);
    expect(view.body.access).toBe('view');
    expect(view.body.scenarios.map((s: { id: string }) => s.id)).toEqual([scenarioId]);
  });

  it('shows an editor the view link to share, and a viewer nothing more than their own link', async () => {
    const edit = await api(server, 'GET', `/api/workspaces/${mine.id}`, { token: mine.editToken });
    expect(edit.body.viewToken).toBe(mine.viewToken);
    expect(JSON.stringify(edit.body)).not.toContain(mine.editToken);
    const view = await api(server, 'GET', `/api/workspaces/${mine.id}`, { token: mine.viewToken });
    expect(view.body.viewToken).toBeUndefined();
    expect(JSON.stringify(view.body)).not.toContain(mine.editToken);
    expect(theirs.viewToken).not.toBe(mine.viewToken);
  });

  it('answers 401 with an actionable message for a missing, wrong or foreign token', async () => {
    for (const token of [
      undefined,
      'not-a-token',
      mine.editToken.slice(0, -1) + 'x',
      theirs.editToken,
      theirs.viewToken,
    ]) {
      const res = await api(server, 'GET', `/api/workspaces/${mine.id}`, { token });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.body.error.message).toMatch(/link/);
      expect(res.body.error.messageZh).toBeTruthy();
    }
    const create = await api(server, 'POST', `/api/workspaces/${mine.id}/scenarios`, {
      token: theirs.editToken,
      body: { name: 'x' },
    });
    expect(create.status).toBe(401);
  });

  it('refuses writes through a view link with 403', async () => {
    const res = await api(server, 'POST', `/api/workspaces/${mine.id}/scenarios`, {
      token: mine.viewToken,
      body: { name: 'x' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('read-only');
    const del = await api(server, 'DELETE', `/api/workspaces/${mine.id}/scenarios/${scenarioId}`, {
      token: mine.viewToken,
    });
    expect(del.status).toBe(403);
  });
});

describe('WebSocket access by token', () => {
  it('refuses the socket for a missing, wrong or foreign token', async () => {
    const base = `${server.wsUrl}/${mine.id}/${scenarioId}`;
    expect(await refusedStatus(base)).toBe(401);
    expect(await refusedStatus(`${base}?token=wrong`)).toBe(401);
    expect(await refusedStatus(`${base}?token=${theirs.editToken}`)).toBe(401);
    expect(await refusedStatus(`${server.wsUrl}/${mine.id}/no-such-scenario?token=${mine.editToken}`)).toBe(
      404,
    );
  });

  it('lets a view link read and show presence, tells it it is read-only, and drops its writes', async () => {
    const editor = open(mine.editToken);
    await synced(editor);
    editor.doc.getMap('roles').set('r1', 'Store manager');

    const viewer = open(mine.viewToken);
    await synced(viewer);
    await waitFor(
      () => viewer.doc.getMap('roles').get('r1') === 'Store manager',
      'the viewer to read the design',
    );
    expect(viewer.permissionDenied).toEqual(['read-only']);
    expect(editor.permissionDenied).toEqual([]);

    viewer.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
    await waitFor(
      () => editor.provider.awareness.getStates().has(viewer.doc.clientID),
      'the editor to see the viewer',
    );

    viewer.doc.getMap('roles').set('sneaky', 'written by a viewer');
    viewer.doc.getMap('roles').delete('r1');
    editor.doc.getMap('roles').set('r2', 'after');
    await waitFor(() => viewer.doc.getMap('roles').get('r2') === 'after', 'the viewer to get a later edit');
    await sleep(200);
    expect(editor.doc.getMap('roles').has('sneaky')).toBe(false);
    expect(editor.doc.getMap('roles').get('r1')).toBe('Store manager');

    // A fresh client sees what the server kept: nothing of the viewer's.
    const fresh = open(mine.editToken);
    await synced(fresh);
    expect(fresh.doc.getMap('roles').toJSON()).toEqual({ r1: 'Store manager', r2: 'after' });
  });
});

describe('token secrecy', () => {
  it('stores tokens hashed and never writes them to the log', async () => {
    const workspace = await createWorkspace(server, 'Secret');
    await api(server, 'GET', `/api/workspaces/${workspace.id}`, { token: workspace.editToken, query: true });
    await api(server, 'GET', `/api/workspaces/${workspace.id}`, { token: workspace.viewToken });
    const client = stockClient('v2', server.wsUrl, `${mine.id}/${scenarioId}`, mine.viewToken);
    await synced(client);
    client.destroy();
    await refusedStatus(`${server.wsUrl}/${mine.id}/${scenarioId}?token=${workspace.editToken}`);
    await sleep(100);

    expect(workspace.editToken.length).toBeGreaterThanOrEqual(22); // ≥128 bits in base64url
    expect(logs).toContain(workspace.id);
    for (const token of [workspace.editToken, workspace.viewToken, mine.editToken, mine.viewToken]) {
      expect(logs).not.toContain(token);
    }
    // The server holds the database exclusively, so read its files' bytes (database and WAL).
    const raw = fs
      .readdirSync(dataDir)
      .map((f) => fs.readFileSync(path.join(dataDir, f)).toString('latin1'))
      .join('');
    expect(raw).toContain(workspace.id);
    expect(raw).not.toContain(workspace.editToken);
    expect(raw).not.toContain(workspace.viewToken);
  });

  it('keeps the documents of one workspace out of another', async () => {
    const doc = new Y.Doc();
    const intruder = stockClient('v3', server.wsUrl, `${theirs.id}/${scenarioId}`, theirs.editToken, { doc });
    clients.push(intruder);
    await sleep(300);
    expect(intruder.provider.synced).toBe(false);
    expect(doc.getMap('roles').size).toBe(0);
  });
});
