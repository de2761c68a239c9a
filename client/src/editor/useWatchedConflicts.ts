import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useConflictNotices } from '../conflicts';
import type { EditorSession } from '../session';

/**
 * Watches what this user is working on (selected, being renamed, open in the inspector or the Units
 * tab) so that someone else's change that makes the work impossible is explained, not silent.
 */
export function useWatchedConflicts(
  session: EditorSession,
  awareness: Awareness,
  working: {
    readonly selection: readonly string[];
    readonly renaming: string | null;
    readonly editingRoleId: string | null;
    readonly editingUnit: string | null;
  },
): void {
  const { selection, renaming, editingRoleId, editingUnit } = working;
  const roles = useMemo(
    () => [...selection, ...(renaming ? [renaming] : []), ...(editingRoleId ? [editingRoleId] : [])],
    [selection, renaming, editingRoleId],
  );
  useConflictNotices(session, awareness, { roles, unit: editingUnit });
}
