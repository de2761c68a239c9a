import type { LayoutInput, LayoutResult } from '@orgcanvas/model';
import type { LayoutStatus } from './types.js';
import type { LayoutReply, LayoutRequest } from './layout.worker.js';

export interface LayoutUpdate {
  readonly key: string;
  /** The layout for `key`, or null while it runs or after it failed (keep showing the last one). */
  readonly result: LayoutResult | null;
  readonly status: LayoutStatus;
}

const CACHE_SIZE = 24;
const FIRST_RUN_FACTOR = 3;

function makeWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs layouts off the main thread, one at a time, newest wins. ELK is synchronous and can loop or
 * overflow its stack on some graphs, so a layout past the deadline has its worker terminated; the
 * caller keeps its last good layout, and the next different request starts a fresh worker. Results
 * are cached by layout key, so undo or re-expanding a branch is instant.
 */
export class LayoutRunner {
  private worker: Worker | null = null;
  private readonly cache = new Map<string, LayoutResult>();
  private readonly failed = new Set<string>();
  private wanted: { key: string; input: LayoutInput } | null = null;
  private inflight: { id: number; key: string; timer: ReturnType<typeof setTimeout> } | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly onUpdate: (update: LayoutUpdate) => void,
    private readonly deadlineMs = 8000,
    private readonly workerFactory: () => Worker | null = makeWorker,
  ) {}

  request(key: string, input: LayoutInput): void {
    if (this.wanted?.key === key) return;
    this.wanted = { key, input };
    const hit = this.cache.get(key);
    if (hit) {
      this.onUpdate({ key, result: hit, status: 'idle' });
      return;
    }
    if (this.failed.has(key)) {
      this.onUpdate({ key, result: null, status: 'failed-kept-last' });
      return;
    }
    if (!this.inflight) this.send();
    else this.onUpdate({ key, result: null, status: 'running' });
  }

  dispose(): void {
    this.disposed = true;
    if (this.inflight) clearTimeout(this.inflight.timer);
    this.worker?.terminate();
    this.worker = null;
  }

  private send(): void {
    const job = this.wanted;
    if (!job || this.disposed) return;
    const id = this.nextId++;
    // With nothing on screen yet there is no last layout to fall back on, and the first run also
    // pays for loading and warming up ELK: give it longer before calling it stuck.
    const deadline = this.cache.size > 0 ? this.deadlineMs : this.deadlineMs * FIRST_RUN_FACTOR;
    const timer = setTimeout(() => this.timeout(id), deadline);
    this.inflight = { id, key: job.key, timer };
    this.onUpdate({ key: job.key, result: null, status: 'running' });
    this.worker ??= this.startWorker();
    if (this.worker) {
      const message: LayoutRequest = { id, key: job.key, input: job.input };
      this.worker.postMessage(message);
    } else {
      // No workers (never the case in a browser): ELK is deliberately not loaded on the main thread,
      // where it would block the UI and put 1.6 MB of elkjs in the canvas chunk.
      queueMicrotask(() =>
        this.finish({ id, key: job.key, ok: false, error: 'Web Workers are unavailable' }),
      );
    }
  }

  private startWorker(): Worker | null {
    const worker = this.workerFactory();
    if (!worker) return null;
    worker.onmessage = (e: MessageEvent<LayoutReply>) => this.finish(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      if (this.inflight)
        this.finish({ id: this.inflight.id, key: this.inflight.key, ok: false, error: e.message });
    };
    return worker;
  }

  private finish(reply: LayoutReply): void {
    if (this.disposed || !this.inflight || reply.id !== this.inflight.id) return;
    clearTimeout(this.inflight.timer);
    this.inflight = null;
    if (reply.ok) this.remember(reply.key, reply.result);
    else this.failed.add(reply.key);
    this.afterJob(reply.key, reply.ok ? reply.result : null);
  }

  private timeout(id: number): void {
    if (!this.inflight || this.inflight.id !== id) return;
    const key = this.inflight.key;
    this.inflight = null;
    this.worker?.terminate();
    this.worker = null;
    this.failed.add(key);
    this.afterJob(key, null);
  }

  private afterJob(key: string, result: LayoutResult | null): void {
    const wanted = this.wanted;
    if (!wanted) return;
    if (wanted.key === key) {
      this.onUpdate({ key, result, status: result ? 'idle' : 'failed-kept-last' });
    } else if (this.cache.has(wanted.key)) {
      this.onUpdate({ key: wanted.key, result: this.cache.get(wanted.key)!, status: 'idle' });
    } else {
      this.send();
    }
  }

  private remember(key: string, result: LayoutResult): void {
    this.cache.delete(key);
    this.cache.set(key, result);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}
