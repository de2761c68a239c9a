import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutInput, LayoutResult } from '@orgcanvas/model';
import { LayoutRunner, type LayoutUpdate } from './layoutRunner.js';
import type { LayoutReply, LayoutRequest } from './layout.worker.js';

/** A stand-in worker: records requests; the test answers them (or never does). */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  requests: LayoutRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(m: LayoutRequest): void {
    this.requests.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(index: number, result: LayoutResult): void {
    const { id, key } = this.requests[index]!;
    this.onmessage?.({ data: { id, key, ok: true, result } } as MessageEvent<LayoutReply>);
  }
}

const input = (n: number): LayoutInput => ({
  direction: 'down',
  card: { width: 200, height: 84 },
  roles: [{ id: `r${n}`, parentId: null, assistant: false, style: 'wide', unitId: null, collapsed: false }],
  dotted: [],
  units: [],
});
const result = (id: string): LayoutResult => ({
  nodes: [{ id, x: 0, y: 0, width: 200, height: 84 }],
  edges: [],
  units: [],
  unitEdges: [],
  bounds: { x: 0, y: 0, width: 200, height: 84 },
});

describe('LayoutRunner', () => {
  let updates: LayoutUpdate[];
  let runner: LayoutRunner;
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.all = [];
    updates = [];
    runner = new LayoutRunner(
      (u) => updates.push(u),
      1000,
      () => new FakeWorker() as unknown as Worker,
    );
  });
  afterEach(() => {
    runner.dispose();
    vi.useRealTimers();
  });

  it('lays out in the worker and serves a repeated key from the cache', () => {
    runner.request('a', input(1));
    expect(updates.at(-1)).toMatchObject({ key: 'a', status: 'running', result: null });
    FakeWorker.all[0]!.reply(0, result('r1'));
    expect(updates.at(-1)).toMatchObject({ key: 'a', status: 'idle' });
    runner.request('b', input(2));
    FakeWorker.all[0]!.reply(1, result('r2'));
    runner.request('a', input(1));
    expect(updates.at(-1)).toMatchObject({ key: 'a', status: 'idle', result: result('r1') });
    expect(FakeWorker.all[0]!.requests).toHaveLength(2);
  });

  it('stops a layout past its deadline, keeps the last one, and recovers on the next edit', () => {
    runner.request('a', input(1));
    FakeWorker.all[0]!.reply(0, result('r1'));
    runner.request('loops', input(2));
    vi.advanceTimersByTime(999);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(2);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(updates.at(-1)).toMatchObject({ key: 'loops', status: 'failed-kept-last', result: null });
    runner.request('c', input(3));
    expect(FakeWorker.all).toHaveLength(2);
    FakeWorker.all[1]!.reply(0, result('r3'));
    expect(updates.at(-1)).toMatchObject({ key: 'c', status: 'idle' });
  });

  it('gives the very first layout longer, as there is nothing to fall back on', () => {
    runner.request('a', input(1));
    vi.advanceTimersByTime(2500);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(600);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
  });

  it('runs only the newest request after the one in flight', () => {
    runner.request('a', input(1));
    runner.request('b', input(2));
    runner.request('c', input(3));
    const worker = FakeWorker.all[0]!;
    expect(worker.requests.map((r) => r.key)).toEqual(['a']);
    worker.reply(0, result('r1'));
    expect(worker.requests.map((r) => r.key)).toEqual(['a', 'c']);
    expect(updates.some((u) => u.key === 'a' && u.status === 'idle')).toBe(false);
    worker.reply(1, result('r3'));
    expect(updates.at(-1)).toMatchObject({ key: 'c', status: 'idle' });
  });
});
