/** Order statistics of a sample; the sample is not modified. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least q of the sample at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/** Milliseconds `run` takes, on the monotonic clock. */
export function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** A full collection between runs, when node runs with --expose-gc, so one run's garbage is not the next's pause. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
