import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  closedAfterEach,
  createScenario,
  createWorkspace,
  startTestServer,
  tempDir,
} from './support/server.js';
import type { TestServer } from './support/server.js';

const { servers } = closedAfterEach();

function clientDir(): string {
  const dir = tempDir('orgcanvas-client-');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app.js"></script>',
  );
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

function expectSecurityHeaders(headers: Headers, what: string): void {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
}

describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clientDir: clientDir() });
  });

  it('are on every answer: pages, assets, API, errors', async () => {
    servers.push(server);
    const workspace = await createWorkspace(server);
    const scenario = await createScenario(server, workspace);
    const base = `/api/workspaces/${workspace.id}`;
    const token = workspace.editToken;
    const answers: [string, Promise<{ headers: Headers; status: number }>][] = [
      ['home page', fetch(`${server.url}/`)],
      ['a workspace page with a token', fetch(`${server.url}/w/${workspace.id}?token=${token}`)],
      ['an asset', fetch(`${server.url}/assets/app.js`)],
      ['healthz', api(server, 'GET', '/healthz')],
      ['instance', api(server, 'GET', '/api/instance')],
      ['templates', api(server, 'GET', '/api/templates')],
      ['workspace', api(server, 'GET', base, { token })],
      ['scenarios', api(server, 'GET', `${base}/scenarios`, { token })],
      ['scenario', api(server, 'GET', `${base}/scenarios/${scenario.id}`, { token })],
      ['export', api(server, 'GET', `${base}/scenarios/${scenario.id}/export.json`, { token })],
      ['versions', api(server, 'GET', `${base}/scenarios/${scenario.id}/versions`, { token })],
      ['create workspace', api(server, 'POST', '/api/workspaces', { body: { name: 'x' } })],
      ['a refusal', api(server, 'GET', base, { token: 'wrong' })],
      ['an unknown API path', api(server, 'GET', '/api/nothing')],
      ['a wrong method', api(server, 'PUT', '/api/workspaces')],
      ['a missing file', fetch(`${server.url}/assets/missing.js`)],
    ];
    for (const [what, answer] of answers) expectSecurityHeaders((await answer).headers, what);
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request that a page on another site sent, and keeps same-site ones', async () => {
    const server = await startTestServer();
    servers.push(server);
    const workspace = await createWorkspace(server);
    const host = new URL(server.url).host;
    const post = (route: string, headers: Record<string, string>, body: unknown) =>
      fetch(server.url + route, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${workspace.editToken}`,
          ...headers,
        },
        body: JSON.stringify(body),
      });
    const route = `/api/workspaces/${workspace.id}/scenarios`;

    const evil = await post(route, { origin: 'https://evil.example' }, { name: '偷偷' });
    expect(evil.status).toBe(403);
    const body = (await evil.json()) as { error: { code: string; messageZh: string } };
    expect(body.error.code).toBe('cross-origin');
    expect(body.error.messageZh).toContain('其他网站');
    expect((await post('/api/workspaces', { origin: 'https://evil.example' }, { name: 'x' })).status).toBe(
      403,
    );
    expect((await post(route, { 'sec-fetch-site': 'cross-site' }, { name: 'x' })).status).toBe(403);
    const rotate = await post(`/api/workspaces/${workspace.id}/links`, { origin: 'null' }, {});
    expect(rotate.status).toBe(403);

    expect((await post(route, { origin: `http://${host}` }, { name: '同源' })).status).toBe(201);
    expect((await post(route, {}, { name: '脚本' })).status).toBe(201);
    const list = await api(server, 'GET', route, { token: workspace.editToken });
    expect((list.body as { name: string }[]).map((entry) => entry.name).sort()).toEqual(['同源', '脚本']);
  });
});
