import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, tempDir, type TestServer } from './support/server.js';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(
  server: TestServer,
  rawPath: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: rawPath, method: 'GET' },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let server: TestServer;
let bare: TestServer;
const SECRET = 'TOP-SECRET-CONTENT';

beforeAll(async () => {
  const root = tempDir();
  const clientDir = path.join(root, 'client');
  fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>OrgCanvas app</title>');
  fs.writeFileSync(path.join(clientDir, 'assets', 'index-3f2a9c.js'), 'console.log("app")');
  fs.writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  server = await startTestServer({ clientDir });
  bare = await startTestServer({ clientDir: path.join(root, 'not-built') });
});
afterAll(async () => {
  await server.close();
  await bare.close();
});

describe('the built client', () => {
  it('serves index.html on / and on the app routes, never cached', async () => {
    for (const route of ['/', '/w/abc123', '/w/abc123/s/def456?token=t', '/w/abc123/s/def456/']) {
      const res = await rawGet(server, route);
      expect(res.status, route).toBe(200);
      expect(res.body).toContain('OrgCanvas app');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toContain('text/html');
    }
  });

  it('serves hashed assets with long-lived caching and other files without', async () => {
    const asset = await rawGet(server, '/assets/index-3f2a9c.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log("app")');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toContain('text/javascript');
    const icon = await rawGet(server, '/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a missing file, JSON 404 under /api, and /healthz', async () => {
    expect((await rawGet(server, '/assets/missing.js')).status).toBe(404);
    expect((await rawGet(server, '/nothing-here')).status).toBe(404);
    const api = await rawGet(server, '/api/nothing');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.body).error.code).toBe('not-found');
    expect(JSON.parse((await rawGet(server, '/healthz')).body)).toEqual({
      ok: true,
      store: { kind: 'sqlite', ok: true },
      fanout: { kind: 'local', ok: true },
    });
  });

  it('never serves a file outside the client folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/w/..%2f..%2fsecret.txt',
      '/assets/%00secret.txt',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const res = await rawGet(server, attempt);
      expect(res.body, attempt).not.toContain(SECRET);
      expect([400, 404], attempt).toContain(res.status);
    }
  });

  it('shows a placeholder page when the client is not built', async () => {
    const res = await rawGet(bare, '/w/abc');
    expect(res.status).toBe(200);
    expect(res.body).toContain('not built');
  });
});
