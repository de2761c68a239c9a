import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type Design, readDesign } from '@orgcanvas/model';

/**
 * The derived design of a doc, re-read after every change. `readDesign` is memoised per doc, so an
 * unchanged doc yields the same object and React skips the render. 'update' fires after the
 * transaction ends, when the memo already knows it is stale.
 */
export function useDesign(doc: Y.Doc): Design {
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => readDesign(doc));
}
