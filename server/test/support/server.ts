import { afterAll, afterEach, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/app.js';
import { makeConfig, type Config, type Limits, type RateLimits } from '../../src/config.js';

export interface TestServer extends RunningServer {
  readonly dataDir: string;
  readonly config: Config;
  readonly wsUrl: string;
}

export function tempDir(prefix = 'orgcanvas-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real server on loopback, an ephemeral port and a fresh SQLite file. */
export async function startTestServer(
  overrides: Partial<Omit<Config, 'limits' | 'rates'>> & {
    limits?: Partial<Limits>;
    rates?: Partial<RateLimits>;
  } = {},
): Promise<TestServer> {
  const config = makeConfig({
    port: 0,
    host: '127.0.0.1',
    dataDir: overrides.dataDir ?? tempDir(),
    clientDir: overrides.clientDir ?? path.join(tempDir(), 'no-client'),
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...overrides,
    // Tests create many workspaces and scenarios quickly; the rate limits' own tests set them low.
    rates: {
      workspacesPerMinute: 10_000,
      scenariosPerMinute: 10_000,
      versionsPerMinute: 10_000,
      importsPerMinute: 10_000,
      exportsPerMinute: 10_000,
      ...overrides.rates,
    },
  });
  const server = await startServer(config);
  return { ...server, dataDir: config.dataDir, config, wsUrl: server.url.replace(/^http/, 'ws') + '/ws' };
}

export interface ApiAnswer<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely shaped JSON answers
type Json = any;

export async function api(
  server: { url: string },
  method: string,
  route: string,
  options: { token?: string; body?: unknown; query?: boolean } = {},
): Promise<ApiAnswer<Json>> {
  const headers: Record<string, string> = {};
  let url = server.url + route;
  if (options.token !== undefined) {
    if (options.query) url += (url.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(options.token);
    else headers.authorization = `Bearer ${options.token}`;
  }
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: Json = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, headers: res.headers };
}

export interface Workspace {
  readonly id: string;
  readonly editToken: string;
  readonly viewToken: string;
}

export async function createWorkspace(server: { url: string }, name = 'Test workspace'): Promise<Workspace> {
  const res = await api(server, 'POST', '/api/workspaces', { body: { name } });
  if (res.status !== 201) throw new Error(`workspace: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Workspace;
}

export async function createScenario(
  server: { url: string },
  workspace: Workspace,
  body: Record<string, unknown> = { name: 'Scenario' },
): Promise<{ id: string; name: string }> {
  const res = await api(server, 'POST', `/api/workspaces/${workspace.id}/scenarios`, {
    token: workspace.editToken,
    body,
  });
  if (res.status !== 201) throw new Error(`scenario: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; name: string };
}

export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Clients and servers a test opens, closed after each test whatever it asserted, so a failing test
 * never leaves a server holding its data directory's lock for the next one.
 */
export function closedAfterEach(): { clients: { destroy(): void }[]; servers: TestServer[] } {
  const opened = { clients: [] as { destroy(): void }[], servers: [] as TestServer[] };
  afterEach(async () => {
    opened.clients.splice(0).forEach((client) => client.destroy());
    await Promise.all(opened.servers.splice(0).map((server) => server.close()));
  });
  return opened;
}

/** A new workspace with one scenario on `server`, and the scenario's sync room name (`<workspace>/<scenario>`). */
export async function openRoom(
  server: { url: string },
  options: { workspace?: string; scenario?: Record<string, unknown> } = {},
): Promise<{ workspace: Workspace; scenario: { id: string; name: string }; room: string }> {
  const workspace = await createWorkspace(server, options.workspace);
  const scenario = await createScenario(server, workspace, options.scenario);
  return { workspace, scenario, room: `${workspace.id}/${scenario.id}` };
}

/** A file's one server and workspace, and the clients its tests open, all closed after its last test. */
export interface SharedWorkspace {
  readonly server: TestServer;
  readonly ws: Workspace;
  readonly clients: { destroy(): void }[];
}

export function sharedWorkspace(name: string): SharedWorkspace {
  const shared = { clients: [] } as unknown as {
    server: TestServer;
    ws: Workspace;
    clients: { destroy(): void }[];
  };
  beforeAll(async () => {
    shared.server = await startTestServer();
    shared.ws = await createWorkspace(shared.server, name);
  });
  afterAll(async () => {
    shared.clients.forEach((client) => client.destroy());
    await shared.server?.close();
  });
  return shared;
}
