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
  // The bench imports a hundred scenarios in a minute from one address, which the default limit
  // (20 imports a minute) rightly refuses to a person's script.
  process.env.RATE_IMPORTS_PER_MINUTE = '10000';
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

/** A socket holding a scenario open, as an editor's tab does, without keeping a copy of the document. */
export interface OpenScenario {
  close(): void;
}

/**
 * Opens `room` the way a y-websocket client does (sync step 1 with an empty state vector, then its own
 * empty step 2 in answer to the server's step 1) and resolves once the whole document has arrived. The
 * document is not applied: the bench measures the server, and a hundred 1,000-role Y.Docs in the bench's
 * own process cost it gigabytes and minutes.
 */
export async function openScenario(app: RunningServer, room: string, token: string): Promise<OpenScenario> {
  const socket = new WebSocket(`ws://127.0.0.1:${app.port}/ws/${room}?token=${encodeURIComponent(token)}`);
  socket.binaryType = 'nodebuffer';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no document from ${room} in 60 s`)), 60_000);
    socket.once('error', reject);
    socket.once('open', () => socket.send(Uint8Array.of(0, 0, 1, 0)));
    socket.on('message', (data: Buffer) => {
      // [0 sync, 0 step 1, …]: answer with an empty update; [0 sync, 1 step 2, …]: the document.
      if (data[0] === 0 && data[1] === 0) socket.send(Uint8Array.of(0, 1, 2, 0, 0));
      if (data[0] === 0 && data[1] === 1) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { close: () => socket.close() };
}
