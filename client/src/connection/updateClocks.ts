import { endClocks } from './acknowledged';
import type { ClocksReply, ClocksRequest } from './updateClocks.worker';

/** The end clock of each client an update carries (its `parseUpdateMeta(...).to`). */
export type UpdateClocks = Map<number, number>;

let worker: Worker | null | undefined;
let nextId = 0;
interface Waiting {
  readonly update: Uint8Array;
  readonly resolve: (clocks: UpdateClocks | null) => void;
}
const pending = new Map<number, Waiting>();

function clocksWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./updateClocks.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<ClocksReply>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data.clocks === null ? null : new Map(event.data.clocks));
  });
  worker?.addEventListener('error', () => {
    // The worker could not start (a blocked script): read the waiting updates here after all.
    worker = null;
    for (const { update, resolve } of pending.values()) readWhenIdle(update, resolve);
    pending.clear();
  });
  return worker;
}

/**
 * The end clocks of `update`, read in a worker (one per page, shared by every connection). Where no
 * worker runs (tests without one, a browser that refused it), read here when the page is idle. Null
 * for an update that cannot be read.
 */
export function updateClocks(update: Uint8Array): Promise<UpdateClocks | null> {
  const reader = clocksWorker();
  return new Promise((resolve) => {
    if (reader === null) return readWhenIdle(update, resolve);
    const id = nextId++;
    // A copy, kept for the fallback: the payload is a view into the socket's message.
    const copy = update.slice();
    pending.set(id, { update: copy, resolve });
    reader.postMessage({ id, update: copy } satisfies ClocksRequest);
  });
}

function readWhenIdle(update: Uint8Array, resolve: (clocks: UpdateClocks | null) => void): void {
  const read = () => resolve(endClocks(update));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(read, { timeout: 3000 });
  else setTimeout(read, 0);
}
