import { useEffect, useMemo, useRef, useState } from 'react';
import { type Design, type LayoutOptions, type LayoutResult, layoutInput, layoutKey } from '@orgcanvas/model';
import { LayoutRunner } from './layoutRunner.js';
import type { LayoutStatus } from './types.js';

export interface LayoutState {
  readonly layout: LayoutResult | null;
  readonly status: LayoutStatus;
}

/**
 * The layout of the visible design, computed in a worker. The input (and so the key) changes only
 * when something layout depends on changes; a renamed role keeps the very same layout object.
 */
export function useLayout(
  design: Design,
  collapsed: ReadonlySet<string>,
  options: LayoutOptions,
  deadlineMs: number,
): LayoutState {
  const input = useMemo(() => layoutInput(design, collapsed, options), [design, collapsed, options]);
  const key = useMemo(() => layoutKey(input), [input]);
  const [state, setState] = useState<LayoutState>({ layout: null, status: 'idle' });
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
    runner.current?.request(key, input);
  }, [key, input, deadlineMs]);

  return state;
}
