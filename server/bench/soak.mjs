// Soak: 50 editors and 20 viewers on 10 scenarios for 2 minutes, with random edits, reconnects and one
// server restart in the middle. Afterwards: every editor's document equals the server's, nothing the
// server acknowledged (broadcast, so stored) is missing, no viewer write landed, and the server's heap
// is back within 10 % of its baseline. Prints those figures; exits non-zero when one check fails.
//
//   node bench/soak.mjs            (npm run bench runs it: it is this package's `bench` script)
//   SOAK_SECONDS=30 SOAK_SEED=7 node bench/soak.mjs
//
// The server runs in its own process (bench/soakServer.mjs, bundled from src/ with esbuild, npm
// packages external, as the real build does), so the heap it reports is the server's alone.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const EDITORS = 50;
const VIEWERS = 20;
const SCENARIOS = 10;
const SEED = Number(process.env.SOAK_SEED ?? 15);

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.setMaxListeners(500);

/** A small seeded generator (mulberry32), so a run can be repeated with SOAK_SEED. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(SEED);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function bundleServer() {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@orgcanvas/'));
  const outfile = path.join(dir, 'dist', 'soak-server.mjs');
  await build({
    absWorkingDir: dir,
    entryPoints: ['src/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...external, ...external.map((name) => `${name}/*`)],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}

/** The server process, driven by one request at a time. */
function serverProcess() {
  const child = fork(path.join(dir, 'bench', 'soakServer.mjs'), [], { execArgv: ['--expose-gc'] });
  const ask = (message) =>
    new Promise((resolve, reject) => {
      child.once('message', (answer) => (answer.error ? reject(new Error(answer.error)) : resolve(answer)));
      child.send(message);
    });
  return { ask };
}

async function api(url, method, route, token, body) {
  const res = await fetch(url + route, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

function client(wsUrl, room, token) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket,
    disableBc: true,
    maxBackoffTime: 1500,
  });
  // A view link's "read-only" auth message would be logged with the URL (and its token) by default.
  provider.messageHandlers[2] = () => undefined;
  return { doc, provider };
}

/** What a document holds, in a form two replicas can compare: sorted map entries and the text. */
function content(doc) {
  const entries = Object.entries(doc.getMap('soak').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([entries, doc.getText('log').toString()]);
}

async function waitUntil(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function main() {
  const bundle = await bundleServer();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgcanvas-soak-'));
  const server = serverProcess();
  const { url } = await server.ask({ cmd: 'start', bundle, dataDir, port: 0 });
  const heap = async () => (await server.ask({ cmd: 'heap' })).heap;
  const wsUrl = `${url.replace(/^http/, 'ws')}/ws`;

  const workspace = await api(url, 'POST', '/api/workspaces', undefined, { name: 'soak' });
  const scenarios = [];
  for (let i = 0; i < SCENARIOS; i++)
    scenarios.push(
      await api(url, 'POST', `/api/workspaces/${workspace.id}/scenarios`, workspace.editToken, {
        name: `s${i}`,
      }),
    );
  // Warm up first: the first edits compile the server's code paths and fill its caches; the baseline is
  // the heap of a server that has served and gone idle, which is what "back to baseline" compares with.
  const warm = scenarios.map((scenario) =>
    client(wsUrl, `${workspace.id}/${scenario.id}`, workspace.editToken),
  );
  const warmEdits = async (label) => {
    await waitUntil(() => warm.every((entry) => entry.provider.synced), 'warm-up clients', 30_000);
    for (let round = 0; round < 20; round++) {
      for (const entry of warm) entry.doc.getMap('warm').set(`${label}${round}`, round);
      await sleep(50);
    }
  };
  await warmEdits('a');
  await server.ask({ cmd: 'restart' }); // the restart's own code paths are warmed up too
  await warmEdits('b');
  await sleep(1000);
  for (const entry of warm) {
    entry.provider.destroy();
    entry.doc.destroy();
  }
  warm.length = 0;
  await sleep(3000);
  const baseline = await heap();

  const room = (index) => `${workspace.id}/${scenarios[index % SCENARIOS].id}`;
  const editors = Array.from({ length: EDITORS }, (_, i) => ({
    id: `e${i}`,
    scenario: i % SCENARIOS,
    edits: 0,
    ...client(wsUrl, room(i), workspace.editToken),
  }));
  const viewers = Array.from({ length: VIEWERS }, (_, i) => ({
    id: `v${i}`,
    scenario: i % SCENARIOS,
    writes: 0,
    ...client(wsUrl, room(i), workspace.viewToken),
  }));
  // One watcher per scenario (a view link that never writes) records what the server broadcast: the
  // server stores an update before it sends it, so whatever a watcher saw was acknowledged.
  const acknowledged = Array.from({ length: SCENARIOS }, () => new Set());
  const watchers = Array.from({ length: SCENARIOS }, (_, i) => {
    const watcher = client(wsUrl, room(i), workspace.viewToken);
    watcher.doc.getMap('soak').observe((event) => {
      for (const key of event.keysChanged) if (watcher.doc.getMap('soak').has(key)) acknowledged[i].add(key);
    });
    return watcher;
  });

  let running = true;
  let reconnects = 0;
  const loops = [];
  for (const editor of editors) {
    loops.push(
      (async () => {
        while (running) {
          await sleep(300 + rand() * 1200);
          if (!running) break;
          if (rand() < 0.03) {
            reconnects++;
            editor.provider.disconnect();
            await sleep(300 + rand() * 1500);
            editor.provider.connect();
            continue;
          }
          const n = editor.edits++;
          editor.doc.transact(() => {
            editor.doc.getMap('soak').set(`${editor.id}-${n}`, n);
            const text = editor.doc.getText('log');
            text.insert(Math.floor(rand() * (text.length + 1)), `${editor.id}:${n};`);
          });
        }
      })(),
    );
  }
  for (const viewer of viewers) {
    loops.push(
      (async () => {
        while (running) {
          await sleep(1000 + rand() * 2000);
          if (!running) break;
          viewer.doc.getMap('soak').set(`${viewer.id}-${viewer.writes++}`, 'should never land');
        }
      })(),
    );
  }

  const started = Date.now();
  await sleep((SECONDS * 1000) / 2);
  console.log(`soak: restarting the server after ${Math.round((Date.now() - started) / 1000)} s`);
  await server.ask({ cmd: 'restart' });
  await sleep((SECONDS * 1000) / 2);
  running = false;
  await Promise.all(loops);

  // Let everyone reconnect and settle, then compare with what a fresh client gets from the server.
  for (const editor of editors) if (!editor.provider.wsconnected) editor.provider.connect();
  const observed = scenarios.map((_, i) => client(wsUrl, room(i), workspace.viewToken));
  let equal = 0;
  const serverContent = [];
  try {
    await waitUntil(
      () => [...editors, ...observed].every((entry) => entry.provider.synced),
      'every editor and observer to sync',
      60_000,
    );
    await waitUntil(
      () => editors.every((editor) => content(editor.doc) === content(observed[editor.scenario].doc)),
      'every editor to hold exactly the server’s document',
      60_000,
    );
  } catch (error) {
    console.log(`soak: ${error.message}`);
  }
  // The server's document, read by fresh clients once everything settled.
  const fresh = scenarios.map((_, i) => client(wsUrl, room(i), workspace.viewToken));
  await waitUntil(() => fresh.every((entry) => entry.provider.synced), 'fresh clients', 30_000).catch(
    () => undefined,
  );
  await sleep(1000);
  for (let i = 0; i < SCENARIOS; i++) serverContent.push(content(fresh[i].doc));
  for (const editor of editors) if (content(editor.doc) === serverContent[editor.scenario]) equal++;

  let missing = 0;
  let viewerWrites = 0;
  let acknowledgedCount = 0;
  for (let i = 0; i < SCENARIOS; i++) {
    const map = fresh[i].doc.getMap('soak');
    for (const key of acknowledged[i]) {
      acknowledgedCount++;
      if (!map.has(key)) missing++;
    }
    for (const key of map.keys()) if (key.startsWith('v')) viewerWrites++;
  }
  const edits = editors.reduce((sum, editor) => sum + editor.edits, 0);
  const attempts = viewers.reduce((sum, viewer) => sum + viewer.writes, 0);

  for (const entry of [...editors, ...viewers, ...watchers, ...observed, ...fresh]) {
    entry.provider.destroy();
    entry.doc.destroy();
  }
  await sleep(3000); // rooms unload once their last socket has gone
  const after = await heap();
  await server.ask({ cmd: 'stop' });
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'dist', 'soak-server.mjs'), { force: true });

  const growth = (after - baseline) / baseline;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `soak: ${EDITORS} editors, ${VIEWERS} viewers, ${SCENARIOS} scenarios, ${SECONDS} s, seed ${SEED}`,
  );
  console.log(`soak: ${edits} edits, ${reconnects} reconnects, 1 server restart`);
  console.log(`soak: editors whose document equals the server's: ${equal} / ${EDITORS}`);
  console.log(`soak: acknowledged updates missing: ${missing} of ${acknowledgedCount}`);
  console.log(`soak: viewer writes that landed: ${viewerWrites} of ${attempts} attempted`);
  console.log(
    `soak: server heap ${mb(baseline)} before, ${mb(after)} after (${(growth * 100).toFixed(1)} %)`,
  );
  const ok = equal === EDITORS && missing === 0 && viewerWrites === 0 && growth <= 0.1;
  console.log(ok ? 'soak: PASS' : 'soak: FAIL');
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
