import { readdirSync, readFileSync } from 'node:fs';
import { type RunningServer, type WorkspaceLinks, createWorkspace, startApp } from '@orgcanvas/e2e';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** Imports a JSON v1 design into a new scenario through the API, as a person importing a file does. */
export async function importScenario(
  app: RunningServer,
  workspace: WorkspaceLinks,
  body: string,
): Promise<string> {
  const response = await fetch(`${app.url}/api/workspaces/${workspace.id}/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${workspace.editToken}` },
    body,
  });
  if (response.status !== 201)
    throw new Error(`import answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export function importBody(name: string, design: unknown): string {
  return JSON.stringify({ name, design });
}

/** A fresh server on loopback, with room for the bench's editors from one address. */
export async function benchServer(): Promise<{ app: RunningServer; workspace: WorkspaceLinks }> {
  process.env.MAX_CONNECTIONS_PER_IP = '500';
  process.env.MAX_CONNECTIONS_PER_DOCUMENT = '200';
  const app = await startApp();
  const workspace = await createWorkspace(app.url, 'bench');
  return { app, workspace };
}

export async function stopServer(app: RunningServer): Promise<void> {
  await app.stop();
  app.dispose();
}

/** The server process's resident memory: the process whose environment names its data directory. */
export function serverRssMb(app: RunningServer): number {
  const marker = `DATA_DIR=${app.dataDir}\0`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'latin1').includes(marker)) continue;
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      if (Number.isFinite(kb)) return kb / 1024;
    } catch {
      // a process that ended meanwhile, or not ours
    }
  }
  throw new Error('the server process was not found');
}

/** A y-websocket client in Node, synced with `url`/`room`. */
export async function syncedClient(
  url: string,
  room: string,
  token: string | null,
  doc = new Y.Doc(),
): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: token === null ? {} : { token },
    disableBc: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync with ${url}/${room} in 60 s`)), 60_000);
    const done = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      provider.off('sync', done);
      resolve();
    };
    provider.on('sync', done);
  });
  return provider;
}
