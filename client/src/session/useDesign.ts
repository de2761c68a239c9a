import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type Design, readDesign } from '@orgcanvas/model';

/**
 * The derived design of a doc, re-read after every change. `readDesign` is memoised per doc, so an
 * unchanged doc yields the same object and React skips the render. 'update' fires after the
 * transaction ends, when the memo already knows it is stale.
 *
 * Updates whose origin is `deferFrom` (the sync provider: other people's edits) re-render in a task
 * of their own, after the socket message that brought them: applying a remote edit and drawing it
 * are then two short tasks instead of one long one, and a burst of them is drawn once. This user's
 * own edits still render at once.
 */
export function useDesign(doc: Y.Doc, deferFrom?: unknown): Design {
  const subscribe = useCallback(
    (listener: () => void) => {
      let pending: ReturnType<typeof setTimeout> | null = null;
      const onUpdate = (_update: Uint8Array, origin: unknown) => {
        if (deferFrom === undefined || origin !== deferFrom) {
          if (pending !== null) clearTimeout(pending);
          pending = null;
          listener();
        } else {
          pending ??= setTimeout(() => {
            pending = null;
            listener();
          }, 0);
        }
      };
      doc.on('update', onUpdate);
      return () => {
        doc.off('update', onUpdate);
        if (pending !== null) clearTimeout(pending);
      };
    },
    [doc, deferFrom],
  );
  return useSyncExternalStore(subscribe, () => readDesign(doc));
}
