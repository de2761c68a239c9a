import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { Worker } from 'node:worker_threads';
import { generateOrg, toJSONValue } from '@orgcanvas/model';
import type { Figure } from '../figure.js';
import { benchServer, importBody, importScenario, stopServer } from '../server.js';
import type { EditorsInput, EditorsMessage } from '../syncEditors.js';
import { p95 } from '../stats.js';

const EDITORS = 50;
const EDITS_PER_SECOND = 5;
const SECONDS = 20;

interface LoadResult {
  readonly p95: number;
  readonly lost: number;
}

/** Threads the editors run in: the load must not be one event loop timing itself. */
const WORKERS = 2;

function nextMessage<K extends EditorsMessage['kind']>(
  worker: Worker,
  kind: K,
): Promise<Extract<EditorsMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: EditorsMessage) => {
      if (message.kind !== kind) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(message as Extract<EditorsMessage, { kind: K }>);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

/**
 * 50 editors in one scenario, each renaming its own role 5 times a second for 20 s, in worker threads
 * (`syncEditors.ts`). Every other editor notes when each rename arrives (a batch of several counts for
 * each of them); afterwards every editor must hold every editor's last rename, or updates were lost.
 */
async function load(
  url: string,
  room: string,
  token: string | null,
  seedRoles: number | null,
): Promise<LoadResult> {
  const count = EDITS_PER_SECOND * SECONDS;
  const sent = new SharedArrayBuffer(EDITORS * count * Float64Array.BYTES_PER_ELEMENT);
  const script = new URL('./syncEditors.mjs', import.meta.url);
  const workers: Worker[] = [];
  try {
    // One after another: with the stock relay, the worker holding editor 0 brings the scenario first.
    for (let w = 0; w < WORKERS; w++) {
      const input: EditorsInput = {
        url,
        room,
        token,
        from: Math.floor((EDITORS * w) / WORKERS),
        to: Math.floor((EDITORS * (w + 1)) / WORKERS),
        editors: EDITORS,
        editsPerSecond: EDITS_PER_SECOND,
        count,
        seedRoles,
        sent,
      };
      const worker = new Worker(script, { workerData: input });
      workers.push(worker);
      await nextMessage(worker, 'ready');
    }
    const results = workers.map((worker) => nextMessage(worker, 'done'));
    const start = performance.timeOrigin + performance.now() + 200;
    for (const worker of workers) worker.postMessage({ start });
    const done = await Promise.all(results);
    const latencies: number[] = [];
    let lost = 0;
    for (const result of done) {
      for (const latency of result.latencies) latencies.push(latency);
      for (const row of result.seen) lost += row.filter((last) => last !== count - 1).length - 1;
    }
    return { p95: p95(latencies), lost };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The stock relay, `@y/websocket-server` 0.1.1 as shipped (no persistence, no auth), in its own process. */
async function stockRelay(): Promise<{ url: string; stop: () => void }> {
  const script = createRequire(import.meta.url)
    .resolve('@y/websocket-server/package.json')
    .replace(/package\.json$/, 'src/server.js');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the stock relay exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('running')) resolve();
    });
  });
  return { url: `ws://127.0.0.1:${port}`, stop: () => child.kill() };
}

const SCENARIO_ROLES = 100;
const scenario = () => generateOrg({ roles: SCENARIO_ROLES, seed: 1 });

async function ours(): Promise<LoadResult> {
  const { app, workspace } = await benchServer();
  try {
    const id = await importScenario(app, workspace, importBody('sync', toJSONValue(scenario())));
    return await load(`ws://127.0.0.1:${app.port}/ws`, `${workspace.id}/${id}`, workspace.editToken, null);
  } finally {
    await stopServer(app);
  }
}

async function stock(room: number): Promise<LoadResult> {
  const relay = await stockRelay();
  try {
    return await load(relay.url, `bench-${room}`, null, SCENARIO_ROLES);
  } finally {
    relay.stop();
  }
}

/** Both loads, run for run, so the ratio compares the same moment of the same machine. */
let pairs: Promise<{ ours: LoadResult; stock: LoadResult }[]> | null = null;
function measurePairs(runs: number, progress: (line: string) => void) {
  pairs ??= (async () => {
    const out: { ours: LoadResult; stock: LoadResult }[] = [];
    for (let run = 0; run < runs; run++) {
      const a = await ours();
      const b = await stock(run);
      progress(
        `  run ${run + 1}: ours p95 ${a.p95.toFixed(1)} ms (${a.lost} lost), stock ${b.p95.toFixed(1)} ms (${b.lost} lost)`,
      );
      out.push({ ours: a, stock: b });
    }
    return out;
  })();
  return pairs;
}

export const syncFigures: Figure[] = [
  {
    key: 'sync_p95_ms_50',
    what: '50 editors, 5 edits/s each for 20 s, real server: edit-to-every-other-editor p95, nothing lost',
    goal: 10,
    measure: async ({ runs, progress }) => {
      const results = await measurePairs(runs, progress);
      const lost = results.reduce((n, r) => n + r.ours.lost, 0);
      // A run that lost an update does not count as fast: it reads as infinitely slow.
      return {
        runs: results.map((r) => (r.ours.lost > 0 ? Number.POSITIVE_INFINITY : r.ours.p95)),
        note: lost > 0 ? `${lost} editor pairs missed an update` : 'no update lost',
      };
    },
  },
  {
    key: 'sync_p95_ratio_vs_stock',
    what: 'the same load, ours / stock @y/websocket-server 0.1.1 relay, same bench run',
    goal: 1.2,
    measure: async ({ runs, progress }) => {
      const results = await measurePairs(runs, progress);
      return { runs: results.map((r) => r.ours.p95 / r.stock.p95) };
    },
  },
];
