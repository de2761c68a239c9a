/** What one figure of the table measured: one value per run, or why it cannot be measured yet. */
export type Measured =
  { readonly runs: readonly number[]; readonly note?: string } | { readonly notMeasured: string };

export interface Figure {
  /** The key of the table, e.g. `layout_ms_1000`. */
  readonly key: string;
  /** What is measured, in a few words. */
  readonly what: string;
  /** The goal: the figure holds when its median is at or below it. Never loosened. */
  readonly goal: number;
  readonly measure: (context: BenchContext) => Promise<Measured>;
}

export interface BenchContext {
  /** Runs per figure (at least 5). */
  readonly runs: number;
  /** One line of progress, printed as it happens. */
  readonly progress: (line: string) => void;
}

/** Fewer than this many runs is not a figure. */
export const MIN_RUNS = 5;
