import { useEffect, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_LAYOUT_ENGINE,
  type Design,
  type LayoutEngineName,
  type LayoutInput,
  type LayoutOptions,
  type LayoutResult,
  TidyLayoutEngine,
  layoutInput,
  layoutKey,
  sameLayoutInput,
} from '@orgcanvas/model';
import { LayoutRunner } from './layoutRunner.js';
import type { LayoutStatus } from './types.js';

export interface LayoutState {
  readonly layout: LayoutResult | null;
  readonly status: LayoutStatus;
}

/**
 * The layout of the visible design. The default (tidy-tree) engine runs right here, synchronously:
 * it keeps every unchanged branch from the last layout, so an edit costs milliseconds even on a
 * 10,000-role chart. ELK, when chosen, runs in the worker. Either way the input changes only when
 * something layout depends on changes, and a renamed role keeps the very same layout object.
 */
export function useLayout(
  design: Design,
  collapsed: ReadonlySet<string>,
  options: LayoutOptions,
  deadlineMs: number,
  engine: LayoutEngineName = DEFAULT_LAYOUT_ENGINE,
): LayoutState {
  const input = useMemo(() => layoutInput(design, collapsed, options), [design, collapsed, options]);
  const sync = useSyncLayout(engine === 'tidy' ? input : null);
  const worker = useWorkerLayout(engine === 'elk' ? input : null, deadlineMs);
  return engine === 'tidy' ? sync : worker;
}

/** Lays out on the spot with one engine per chart, answering the same object for the same input. */
class SyncLayout {
  private readonly engine = new TidyLayoutEngine();
  private last: { input: LayoutInput; state: LayoutState } | null = null;

  layout(input: LayoutInput): LayoutState {
    if (this.last && sameLayoutInput(this.last.input, input)) return this.last.state;
    let state: LayoutState;
    try {
      state = { layout: this.engine.layoutSync(input), status: 'idle' };
    } catch {
      // Keep drawing the last good layout; the status tells the user.
      state = { layout: this.last?.state.layout ?? null, status: 'failed-kept-last' };
    }
    this.last = { input, state };
    return state;
  }
}

const IDLE: LayoutState = { layout: null, status: 'idle' };

function useSyncLayout(input: LayoutInput | null): LayoutState {
  const [runner] = useState(() => new SyncLayout());
  return useMemo(() => (input === null ? IDLE : runner.layout(input)), [runner, input]);
}

function useWorkerLayout(input: LayoutInput | null, deadlineMs: number): LayoutState {
  const key = useMemo(() => (input === null ? null : layoutKey(input)), [input]);
  const [state, setState] = useState<LayoutState>(IDLE);
  const runner = useRef<LayoutRunner | null>(null);

  useEffect(() => {
    const r = new LayoutRunner((u) => {
      setState((s) =>
        u.result
          ? { layout: u.result, status: u.status }
          : s.status === u.status
            ? s
            : { layout: s.layout, status: u.status },
      );
    }, deadlineMs);
    runner.current = r;
    return () => {
      r.dispose();
      runner.current = null;
    };
  }, [deadlineMs]);

  useEffect(() => {
    if (key !== null && input !== null) runner.current?.request(key, input);
  }, [key, input, deadlineMs]);

  return state;
}
