import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { applyOperation, generateOrg, localOrigin, toJSONValue, writeDesign } from '@orgcanvas/model';
import type { Figure } from '../figure.js';
import { benchServer, importBody, importScenario, stopServer, syncedClient } from '../server.js';
import { p95 } from '../stats.js';

const EDITORS = 50;
const EDITS_PER_SECOND = 5;
const SECONDS = 20;

interface LoadResult {
  readonly p95: number;
  readonly lost: number;
}

/**
 * 50 editors in one scenario, each renaming its own role 5 times a second for 20 s. Every other
 * editor notes when each rename arrives (a batch of several counts for each of them); afterwards every
 * editor must hold every editor's last rename, or updates were lost.
 */
async function load(
  url: string,
  room: string,
  token: string | null,
  seedDoc: Y.Doc | null,
): Promise<LoadResult> {
  const docs = Array.from({ length: EDITORS }, (_, i) => (i === 0 && seedDoc ? seedDoc : new Y.Doc()));
  const providers: WebsocketProvider[] = [];
  for (const doc of docs) providers.push(await syncedClient(url, room, token, doc));
  const sent: number[][] = docs.map(() => []);
  const seen: number[][] = docs.map(() => docs.map(() => -1));
  const latencies: number[] = [];
  docs.forEach((doc, j) => {
    doc.getMap('roles').observeDeep((events) => {
      const now = performance.now();
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has('title')) continue;
        const match = /^e(\d+)#(\d+)$/.exec(String(event.target.get('title')));
        if (!match) continue;
        const i = Number(match[1]);
        const seq = Number(match[2]);
        if (i === j) continue;
        for (let s = seen[j]![i]! + 1; s <= seq; s++) latencies.push(now - sent[i]![s]!);
        seen[j]![i] = Math.max(seen[j]![i]!, seq);
      }
    });
  });
  const origins = docs.map((_, i) => localOrigin(`editor${i}`));
  const period = 1000 / EDITS_PER_SECOND;
  const count = EDITS_PER_SECOND * SECONDS;
  await Promise.all(
    docs.map(
      (doc, i) =>
        new Promise<void>((done) => {
          let seq = 0;
          const edit = () => {
            sent[i]!.push(performance.now());
            applyOperation(
              doc,
              { type: 'role.update', id: `r${i + 1}`, patch: { title: `e${i}#${seq}` } },
              origins[i]!,
            );
            seq++;
            if (seq < count) setTimeout(edit, period);
            else done();
          };
          // Spread the editors over one period, as people do not type in step.
          setTimeout(edit, (period * i) / EDITORS);
        }),
    ),
  );
  const settled = Date.now() + 10_000;
  const missing = () => {
    let lost = 0;
    for (let j = 0; j < EDITORS; j++)
      for (let i = 0; i < EDITORS; i++) if (i !== j && seen[j]![i] !== count - 1) lost++;
    return lost;
  };
  while (missing() > 0 && Date.now() < settled) await new Promise((wait) => setTimeout(wait, 100));
  const lost = missing();
  for (const p of providers) p.destroy();
  return { p95: p95(latencies), lost };
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

const scenario = () => generateOrg({ roles: 100, seed: 1 });

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
    const seed = new Y.Doc();
    writeDesign(seed, scenario(), localOrigin('seed'));
    return await load(relay.url, `bench-${room}`, null, seed);
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
