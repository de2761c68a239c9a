import { describe, expect, it } from 'vitest';
import { CLOSE } from '@orgcanvas/protocol';
import { TEMPLATES } from '@orgcanvas/templates';
import { rawClient, refusedStatus, stockClient, synced } from './support/clients.js';
import { startServer } from '../src/app.js';
import { hashToken } from '../src/auth/index.js';
import { makeConfig } from '../src/config.js';
import { SqliteStore } from '../src/store/index.js';
import {
  api,
  closedAfterEach,
  createScenario,
  createWorkspace,
  openRoom,
  startTestServer,
  tempDir,
} from './support/server.js';

const { clients, servers } = closedAfterEach();

/** The error code of a refused WebSocket upgrade (its JSON body). */
function refusedCode(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = rawClient(url);
    socket.socket.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve((JSON.parse(text) as { error: { code: string } }).error.code));
    });
    socket.opened.then(
      () => reject(new Error('the socket was accepted')),
      () => undefined,
    );
  });
}

describe('replacing a workspace’s links', () => {
  it('closes every socket that holds an old token and refuses the old tokens on HTTP and WebSocket', async () => {
    const server = await startTestServer();
    servers.push(server);
    const { workspace, room } = await openRoom(server);
    const editor = rawClient(`${server.wsUrl}/${room}?token=${workspace.editToken}`);
    const viewer = rawClient(`${server.wsUrl}/${room}?token=${workspace.viewToken}`);
    clients.push({ destroy: () => editor.socket.terminate() }, { destroy: () => viewer.socket.terminate() });
    await Promise.all([editor.opened, viewer.opened]);

    const replaced = await api(server, 'POST', `/api/workspaces/${workspace.id}/links`, {
      token: workspace.editToken,
      body: {},
    });
    expect(replaced.status).toBe(200);
    const { editToken, viewToken } = replaced.body as { editToken: string; viewToken: string };
    expect(editToken).not.toBe(workspace.editToken);
    expect(viewToken).not.toBe(workspace.viewToken);

    for (const closed of [await editor.closed, await viewer.closed]) {
      expect(closed).toEqual({ code: CLOSE.linkReplaced.code, reason: CLOSE.linkReplaced.reason });
    }
    for (const old of [workspace.editToken, workspace.viewToken]) {
      const answer = await api(server, 'GET', `/api/workspaces/${workspace.id}`, { token: old });
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('link-replaced');
      expect(answer.body.error.messageZh).toContain('已被替换');
      expect(await refusedStatus(`${server.wsUrl}/${room}?token=${old}`)).toBe(401);
      expect(await refusedCode(`${server.wsUrl}/${room}?token=${old}`)).toBe('link-replaced');
    }
    // A token that was never valid is still just wrong.
    const wrong = await api(server, 'GET', `/api/workspaces/${workspace.id}`, { token: 'x'.repeat(43) });
    expect(wrong.body.error.code).toBe('unauthorized');

    // The new links work, and a view link still only views.
    const fresh = stockClient('v3', server.wsUrl, room, editToken);
    clients.push(fresh);
    await synced(fresh);
    const asViewer = await api(server, 'GET', `/api/workspaces/${workspace.id}`, { token: viewToken });
    expect(asViewer.body.access).toBe('view');
    const viewerWrite = await api(server, 'POST', `/api/workspaces/${workspace.id}/scenarios`, {
      token: viewToken,
      body: { name: 'x' },
    });
    expect(viewerWrite.status).toBe(403);
    const viewerRotate = await api(server, 'POST', `/api/workspaces/${workspace.id}/links`, {
      token: viewToken,
      body: {},
    });
    expect(viewerRotate.status).toBe(403);
  });

  it('makes links that expire when asked, and says so', async () => {
    const server = await startTestServer();
    servers.push(server);
    const workspace = await createWorkspace(server);
    const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/links`, {
      token: workspace.editToken,
      body: { expiresInDays: 7 },
    });
    const expiresAt = Date.parse(answer.body.expiresAt as string);
    expect(expiresAt - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const seen = await api(server, 'GET', `/api/workspaces/${workspace.id}`, {
      token: answer.body.editToken,
    });
    expect(Date.parse(seen.body.linksExpireAt as string)).toBe(expiresAt);
    const bad = await api(server, 'POST', `/api/workspaces/${workspace.id}/links`, {
      token: answer.body.editToken,
      body: { expiresInDays: -1 },
    });
    expect(bad.status).toBe(400);
  });
});

describe('links replaced or expired elsewhere', () => {
  it('closes sockets whose token another process replaced (4401) or that expired while open (4402)', async () => {
    // One store shared with "another process": the test writes to it directly, as that process would.
    const dataDir = tempDir();
    const store = SqliteStore.open(dataDir);
    const running = await startServer(
      makeConfig({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        clientDir: tempDir(),
        logLevel: 'silent',
        limits: { idleTimeoutMs: 400 },
      }),
      { store },
    );
    const server = { ...running, wsUrl: running.url.replace(/^http/, 'ws') + '/ws' };
    try {
      const first = await createWorkspace(server);
      const second = await createWorkspace(server);
      const rooms = await Promise.all(
        [first, second].map(async (w) => `${w.id}/${(await createScenario(server, w)).id}`),
      );
      const replaced = rawClient(`${server.wsUrl}/${rooms[0]}?token=${first.editToken}`);
      const expiring = rawClient(`${server.wsUrl}/${rooms[1]}?token=${second.viewToken}`);
      await Promise.all([replaced.opened, expiring.opened]);
      const before = (await store.getWorkspace(second.id))!;
      await store.replaceLinks(first.id, {
        editTokenHash: hashToken('new-edit-token'),
        viewTokenHash: hashToken('new-view-token'),
        expiresAt: null,
      });
      // Same tokens, but they stop working now: replaceLinks keeps the hashes and sets the expiry.
      await store.replaceLinks(second.id, {
        editTokenHash: before.editTokenHash,
        viewTokenHash: before.viewTokenHash,
        expiresAt: Date.now() - 1,
      });
      expect(await replaced.closed).toEqual({
        code: CLOSE.linkReplaced.code,
        reason: CLOSE.linkReplaced.reason,
      });
      expect(await expiring.closed).toEqual({
        code: CLOSE.linkExpired.code,
        reason: CLOSE.linkExpired.reason,
      });
      const answer = await api(server, 'GET', `/api/workspaces/${second.id}`, { token: second.viewToken });
      expect(answer.body.error.code).toBe('link-expired');
    } finally {
      await running.close();
    }
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once an address has created its share of workspaces', async () => {
    const server = await startTestServer({ rates: { workspacesPerMinute: 3 } });
    servers.push(server);
    for (let i = 0; i < 3; i++) await createWorkspace(server);
    const refused = await api(server, 'POST', '/api/workspaces', { body: { name: 'one too many' } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate-limited');
    expect(refused.body.error.messageZh).toContain('秒后重试');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(20);
  });

  it('limits scenario creation, imports, versions and exports the same way', async () => {
    const server = await startTestServer({
      rates: { scenariosPerMinute: 2, importsPerMinute: 1, versionsPerMinute: 1, exportsPerMinute: 1 },
    });
    servers.push(server);
    const workspace = await createWorkspace(server);
    const route = `/api/workspaces/${workspace.id}/scenarios`;
    const token = workspace.editToken;
    const scenario = await createScenario(server, workspace);
    await createScenario(server, workspace);
    expect((await api(server, 'POST', route, { token, body: { name: 'third' } })).status).toBe(429);
    const design = { format: 'orgcanvas.design', version: 1, name: '导入', units: [], roles: [] };
    expect((await api(server, 'POST', route, { token, body: { name: 'i', design } })).status).toBe(201);
    expect((await api(server, 'POST', route, { token, body: { name: 'i', design } })).status).toBe(429);
    const versions = `${route}/${scenario.id}/versions`;
    expect((await api(server, 'POST', versions, { token, body: {} })).status).toBe(201);
    expect((await api(server, 'POST', versions, { token, body: {} })).status).toBe(429);
    const exported = `${route}/${scenario.id}/export.json`;
    expect((await api(server, 'GET', exported, { token })).status).toBe(200);
    const again = await api(server, 'GET', exported, { token });
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('CREATE_TOKEN', () => {
  it('refuses to create a workspace without the instance token, and says the home page must ask', async () => {
    const createToken = 'instance-token-0123456789';
    const server = await startTestServer({ createToken });
    servers.push(server);
    expect((await api(server, 'GET', '/api/instance')).body).toEqual({ createTokenRequired: true });
    const without = await api(server, 'POST', '/api/workspaces', { body: { name: 'x' } });
    expect(without.status).toBe(401);
    expect(without.body.error.code).toBe('create-token-required');
    expect(without.body.error.messageZh).toContain('实例令牌');
    const wrong = await api(server, 'POST', '/api/workspaces', {
      token: 'guess-0123456789',
      body: { name: 'x' },
    });
    expect(wrong.status).toBe(401);
    const right = await api(server, 'POST', '/api/workspaces', { token: createToken, body: { name: 'x' } });
    expect(right.status).toBe(201);
    // The share links it made work as usual; the instance token opens no workspace.
    const id = right.body.id as string;
    expect((await api(server, 'GET', `/api/workspaces/${id}`, { token: right.body.editToken })).status).toBe(
      200,
    );
    expect((await api(server, 'GET', `/api/workspaces/${id}`, { token: createToken })).status).toBe(401);
  });

  it('is not asked for when the operator set none', async () => {
    const server = await startTestServer();
    servers.push(server);
    expect((await api(server, 'GET', '/api/instance')).body).toEqual({ createTokenRequired: false });
  });
});

describe('disk cap per workspace', () => {
  it('refuses a new scenario or version once the workspace holds its share, with a clear error', async () => {
    const server = await startTestServer({ limits: { maxWorkspaceBytes: 40 * 1024 } });
    servers.push(server);
    const workspace = await createWorkspace(server);
    const route = `/api/workspaces/${workspace.id}/scenarios`;
    const token = workspace.editToken;
    let answer = await api(server, 'POST', route, { token, body: { name: 'a', template: TEMPLATES[0]!.id } });
    for (let i = 0; answer.status === 201 && i < 20; i++)
      answer = await api(server, 'POST', route, {
        token,
        body: { name: `t${i}`, template: TEMPLATES[0]!.id },
      });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('workspace-full');
    expect(answer.body.error.messageZh).toContain('存储上限');
  });
});
