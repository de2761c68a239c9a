import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import {
  type Change,
  type LocalOrigin,
  type ModelError,
  applyChanges,
  createUndoManager,
  diff,
  localOrigin,
  readDesign,
} from '@orgcanvas/model';
import { reverseKey } from './inverse';

export type Side = 'a' | 'b';

interface ApplySession {
  readonly doc: Y.Doc;
  readonly origin: LocalOrigin;
  readonly undo: Y.UndoManager;
}

function applySession(doc: Y.Doc): ApplySession {
  const origin = localOrigin(`compare-${Math.random().toString(36).slice(2)}`);
  return { doc, origin, undo: createUndoManager(doc, origin) };
}

export interface ApplyState {
  /** The last apply that can be undone, and into which side. */
  readonly last: { readonly side: Side; readonly count: number } | null;
  readonly refusals: readonly ModelError[];
}

/**
 * "Apply to": carries chosen lines of the diff into one of the two scenarios as one undoable change
 * (its own origin and undo manager per doc, so the undo takes back exactly that apply, never someone
 * else's edit). Into a, the lines are b's side; into b, the same lines read the other way round.
 */
export function useApply(docA: Y.Doc, docB: Y.Doc) {
  // Made in an effect (not a memo), so React's mount-unmount-mount in development never leaves a
  // destroyed undo manager in use.
  const [sessions, setSessions] = useState<Record<Side, ApplySession> | null>(null);
  useEffect(() => {
    const made = { a: applySession(docA), b: applySession(docB) };
    setSessions(made);
    return () => {
      made.a.undo.destroy();
      made.b.undo.destroy();
    };
  }, [docA, docB]);
  const [state, setState] = useState<ApplyState>({ last: null, refusals: [] });

  const apply = (side: Side, chosen: readonly Change[]) => {
    if (!sessions) return false;
    const target = sessions[side];
    const other = sessions[side === 'a' ? 'b' : 'a'];
    const changes = diff(readDesign(target.doc), readDesign(other.doc));
    const keys = side === 'a' ? chosen.map((change) => change.key) : chosen.map(reverseKey);
    target.undo.stopCapturing();
    const result = applyChanges(target.doc, changes, keys, target.origin);
    target.undo.stopCapturing();
    setState(
      result.ok
        ? { last: { side, count: result.value.applied.length }, refusals: [] }
        : { last: state.last, refusals: result.error },
    );
    return result.ok;
  };

  const undo = () => {
    if (!state.last || !sessions) return;
    sessions[state.last.side].undo.undo();
    setState({ last: null, refusals: [] });
  };

  return { state, apply, undo };
}
