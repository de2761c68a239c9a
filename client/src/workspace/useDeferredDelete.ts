import { useEffect, useRef, useState } from 'react';

/** How long a deleted scenario can still be brought back. */
export const UNDO_DELETE_MS = 8000;

/**
 * Delete with an undo window: the scenario leaves the list at once, and the server is asked to delete
 * it only when the window closes without an undo. Leaving the page inside the window keeps it.
 */
export function useDeferredDelete(remove: (id: string) => Promise<void>) {
  const [pending, setPending] = useState<{ readonly id: string; readonly name: string } | null>(null);
  const timer = useRef<number | null>(null);
  const latest = useRef(remove);
  useEffect(() => {
    latest.current = remove;
  });
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  const commit = (id: string) => {
    timer.current = null;
    setPending(null);
    void latest.current(id);
  };
  const schedule = (id: string, name: string) => {
    if (timer.current !== null && pending) {
      window.clearTimeout(timer.current);
      commit(pending.id);
    }
    setPending({ id, name });
    timer.current = window.setTimeout(() => commit(id), UNDO_DELETE_MS);
  };
  const undo = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    setPending(null);
  };
  return { pending, schedule, undo };
}
