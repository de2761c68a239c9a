import { parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { applyOperation, generateOrg, localOrigin, writeDesign } from '@orgcanvas/model';
import { syncedClient } from './server.js';

/**
 * A worker thread of the sync figure: some of the 50 editors, each with its own Y.Doc and socket. The
 * editors live outside the bench's main thread, spread over several workers, so that applying
 * everyone's edits in the editors does not queue behind one event loop and read as server latency.
 * Times are on one clock for every thread (`performance.timeOrigin + performance.now()`); when each
 * edit was sent is shared through `sent` (a SharedArrayBuffer), so any worker can time any edit.
 */
export interface EditorsInput {
  readonly url: string;
  readonly room: string;
  readonly token: string | null;
  /** This worker's editors: indices `from` to `to - 1` of `editors`. */
  readonly from: number;
  readonly to: number;
  readonly editors: number;
  readonly editsPerSecond: number;
  readonly count: number;
  /** Editor 0 brings the scenario (the stock relay has no store): a 100-role org, seed 1. */
  readonly seedRoles: number | null;
  /** Float64Array(editors × count): when editor i sent its edit s, on the shared clock. */
  readonly sent: SharedArrayBuffer;
}

export type EditorsMessage =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'done';
      readonly latencies: Float64Array;
      /** For each of this worker's editors, the last edit seen of every editor (-1: none). */
      readonly seen: number[][];
    };

const now = () => performance.timeOrigin + performance.now();

async function run(input: EditorsInput): Promise<void> {
  const port = parentPort!;
  const sent = new Float64Array(input.sent);
  const mine = Array.from({ length: input.to - input.from }, (_, k) => input.from + k);
  const docs = mine.map(() => new Y.Doc());
  if (input.seedRoles !== null && input.from === 0) {
    writeDesign(docs[0]!, generateOrg({ roles: input.seedRoles, seed: 1 }), localOrigin('seed'));
  }
  const providers: WebsocketProvider[] = [];
  for (const doc of docs) providers.push(await syncedClient(input.url, input.room, input.token, doc));
  const seen = mine.map(() => Array.from({ length: input.editors }, () => -1));
  let latencies = new Float64Array(1024);
  let samples = 0;
  docs.forEach((doc, k) => {
    const j = mine[k]!;
    doc.getMap('roles').observeDeep((events) => {
      const at = now();
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has('title')) continue;
        const match = /^e(\d+)#(\d+)$/.exec(String(event.target.get('title')));
        if (!match) continue;
        const i = Number(match[1]);
        const seq = Number(match[2]);
        if (i === j) continue;
        // A batch of several edits counts for each of them.
        for (let s = seen[k]![i]! + 1; s <= seq; s++) {
          if (samples === latencies.length) {
            const grown = new Float64Array(latencies.length * 2);
            grown.set(latencies);
            latencies = grown;
          }
          latencies[samples++] = at - sent[i * input.count + s]!;
        }
        seen[k]![i] = Math.max(seen[k]![i]!, seq);
      }
    });
  });
  port.postMessage({ kind: 'ready' } satisfies EditorsMessage);
  const startAt = await new Promise<number>((resolve) =>
    port.once('message', (message: { start: number }) => resolve(message.start)),
  );
  const period = 1000 / input.editsPerSecond;
  const origins = mine.map((i) => localOrigin(`editor${i}`));
  await Promise.all(
    docs.map(
      (doc, k) =>
        new Promise<void>((done) => {
          const i = mine[k]!;
          let seq = 0;
          const edit = () => {
            sent[i * input.count + seq] = now();
            applyOperation(
              doc,
              { type: 'role.update', id: `r${i + 1}`, patch: { title: `e${i}#${seq}` } },
              origins[k]!,
            );
            seq++;
            if (seq < input.count) setTimeout(edit, period);
            else done();
          };
          // Spread the editors over one period, as people do not type in step.
          setTimeout(edit, Math.max(0, startAt - now()) + (period * i) / input.editors);
        }),
    ),
  );
  const complete = () =>
    seen.every((row, k) => row.every((last, i) => i === mine[k] || last === input.count - 1));
  const settled = Date.now() + 10_000;
  while (!complete() && Date.now() < settled) await new Promise((wait) => setTimeout(wait, 100));
  for (const provider of providers) provider.destroy();
  const result = latencies.slice(0, samples);
  port.postMessage({ kind: 'done', latencies: result, seen } satisfies EditorsMessage, [result.buffer]);
}

await run(workerData as EditorsInput);
