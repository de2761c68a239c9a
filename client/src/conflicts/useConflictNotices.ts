import { useEffect, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Design, readDesign } from '@orgcanvas/model';
import { useToast } from '../app/Toasts';
import { useI18n } from '../i18n';
import type { EditorSession } from '../session';
import { peersOf } from '../presence/awarenessState';
import { type ConflictNotice, type RecentMove, detectConflicts } from './detect';

/** How long a move of mine is watched for being undone by a concurrent one. */
const MOVE_WATCH_MS = 20_000;

/**
 * Explains, instead of silently jumping, when someone else's change makes this user's work
 * impossible: the role being edited was deleted (and by whom), or a move was undone by the model's
 * cycle repair.
 */
export function useConflictNotices(
  session: EditorSession,
  awareness: Awareness,
  watched: { roles: readonly string[]; unit: string | null },
): void {
  const { t } = useI18n();
  const toast = useToast();
  const latest = useRef({ watched, t });
  latest.current = { watched, t };

  useEffect(() => {
    const doc = session.doc;
    let before: Design = readDesign(doc);
    let moves: RecentMove[] = [];
    const stopWatchingMoves = session.onApplied((op) => {
      if (op.type !== 'role.move') return;
      moves = [
        ...moves.filter((move) => move.roleId !== op.id),
        { roleId: op.id, to: op.reportsTo, at: Date.now() },
      ];
    });
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      const after = readDesign(doc);
      if (origin !== session.origin && origin !== session.undoManager && after !== before) {
        const now = Date.now();
        moves = moves.filter((move) => now - move.at < MOVE_WATCH_MS);
        const whoHadSelected = (roleId: string) =>
          peersOf(awareness.getStates(), awareness.clientID).find(
            (peer) => peer.selection.includes(roleId) || peer.editingRoleId === roleId,
          )?.name ?? null;
        const notices = detectConflicts(before, after, { ...latest.current.watched, moves }, whoHadSelected);
        for (const notice of notices) {
          if (notice.kind === 'moveRepaired') moves = moves.filter((move) => move.roleId !== notice.roleId);
          toast.show(describe(notice, latest.current.t), {
            tone: 'warning',
            kind: 'conflict',
            durationMs: 9000,
          });
        }
      }
      before = after;
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      stopWatchingMoves();
    };
  }, [session, awareness, toast]);
}

function describe(notice: ConflictNotice, t: ReturnType<typeof useI18n>['t']): string {
  switch (notice.kind) {
    case 'roleDeleted':
      return notice.by === null
        ? t('conflict.deletedWhileEditingAnon', { title: notice.title })
        : t('conflict.deletedWhileEditing', { title: notice.title, name: notice.by });
    case 'moveRepaired':
      return notice.manager === null
        ? t('conflict.moveRepairedRoot', { title: notice.title })
        : t('conflict.moveRepaired', { title: notice.title, manager: notice.manager });
    case 'unitDeleted':
      return t('conflict.unitDeleted', { name: notice.name });
  }
}
