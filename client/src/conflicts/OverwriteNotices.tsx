import type { Operation } from '@orgcanvas/model';
import type { ScenarioConnection } from '../connection';
import { type MessageKey, useI18n } from '../i18n';
import type { EditorSession } from '../session';
import { type OverwriteNotice, restoreOperation } from './overwrites';
import { useOverwriteNotices } from './useOverwriteNotices';

const MESSAGES: Record<OverwriteNotice['ref']['kind'], Record<OverwriteNotice['mine'], MessageKey>> = {
  role: { lost: 'overwrite.roleMineLost', kept: 'overwrite.roleMineKept' },
  unit: { lost: 'overwrite.unitMineLost', kept: 'overwrite.unitMineKept' },
};

/** Long values are shortened in the sentence; the whole value is on the restore button's tooltip. */
function shortened(value: string): string {
  const chars = [...value];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : value;
}

/**
 * Tells this person when a rename of theirs and someone else's concurrent one met (one of them made
 * offline) and one was lost: which value lost, and a button that writes it back. Stays until acted on.
 */
export function OverwriteNotices({
  session,
  connection,
  apply,
}: {
  readonly session: EditorSession;
  readonly connection: ScenarioConnection;
  apply(op: Operation): { readonly ok: boolean };
}) {
  const { t } = useI18n();
  const { notices, dismiss } = useOverwriteNotices(session, connection);
  if (notices.length === 0) return null;
  return (
    <div className="overwrite-notices" role="alert" data-testid="overwrite-notices">
      {notices.map((notice) => {
        const who = notice.other || t('overwrite.someone');
        return (
          <div
            key={notice.key}
            className="overwrite-notice"
            data-testid="overwrite-notice"
            data-mine={notice.mine}
            data-lost={notice.lost}
            data-kept={notice.kept}
          >
            <span>
              {t(MESSAGES[notice.ref.kind][notice.mine], {
                lost: shortened(notice.lost),
                kept: shortened(notice.kept),
                who,
              })}
            </span>
            <button
              type="button"
              className="button small"
              title={notice.lost}
              data-testid="overwrite-restore"
              disabled={session.readOnly}
              onClick={() => {
                if (apply(restoreOperation(notice.ref, notice.lost)).ok) dismiss(notice.key);
              }}
            >
              {notice.mine === 'lost'
                ? t('overwrite.restoreMine', { lost: shortened(notice.lost) })
                : t('overwrite.restoreTheirs', { lost: shortened(notice.lost) })}
            </button>
            <button
              type="button"
              className="button ghost small"
              data-testid="overwrite-dismiss"
              onClick={() => dismiss(notice.key)}
            >
              {t('overwrite.keep', { kept: shortened(notice.kept) })}
            </button>
          </div>
        );
      })}
    </div>
  );
}
