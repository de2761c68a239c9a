import { type Design, designIndex, planDelete } from '@orgcanvas/model';
import { Dialog } from '../app/Dialog';
import { useI18n } from '../i18n';

/**
 * The delete confirmation, saying what becomes of each deleted role's reports: the model's own plan,
 * the one `role.delete` follows, so the dialog cannot promise something else.
 */
export function DeleteDialog({
  design,
  ids,
  onCancel,
  onConfirm,
}: {
  design: Design;
  ids: readonly string[];
  onCancel(): void;
  onConfirm(): void;
}) {
  const { t, locale } = useI18n();
  const { rolesById } = designIndex(design);
  const titleOf = (id: string) => rolesById.get(id)?.title || t('common.untitled');
  const plan = planDelete(design, ids).map((step) => ({
    title: step.title || t('common.untitled'),
    subordinates: step.movedReports.map(titleOf),
    newManager: step.newManagerId === null ? null : titleOf(step.newManagerId),
  }));
  const separator = locale === 'zh' ? '、' : ', ';
  return (
    <Dialog
      title={t('editor.deleteTitle')}
      onClose={onCancel}
      testId="delete-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-testid="delete-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button danger-fill"
            onClick={onConfirm}
            data-testid="delete-confirm"
            autoFocus
          >
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p className="dialog-lead">
        {plan.length === 1
          ? t('editor.deleteOne', { title: plan[0]!.title })
          : t('editor.deleteMany', { count: plan.length })}
      </p>
      <ul className="consequences" data-testid="delete-consequences">
        {plan.map((entry, index) => (
          <li key={index}>
            {entry.subordinates.length === 0
              ? t('editor.deleteNoSubs', { title: entry.title })
              : entry.newManager === null
                ? t('editor.deleteSubsToRoot', {
                    title: entry.title,
                    count: entry.subordinates.length,
                    names: entry.subordinates.join(separator),
                  })
                : t('editor.deleteSubsToManager', {
                    title: entry.title,
                    count: entry.subordinates.length,
                    names: entry.subordinates.join(separator),
                    manager: entry.newManager,
                  })}
          </li>
        ))}
      </ul>
      <p className="hint">{t('editor.deleteUndoHint')}</p>
    </Dialog>
  );
}
