import { useMemo } from 'react';
import { type Design, searchRoles } from '@orgcanvas/model';
import type { EditorState } from '../session';

/** The roles the open search finds (the model's search), in outline order; none while it is closed. */
export function useSearchHits(design: Design, search: EditorState['search']): readonly string[] {
  return useMemo(
    () => (search.open ? searchRoles(design, search.query) : []),
    [design, search.open, search.query],
  );
}
