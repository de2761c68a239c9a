import { useI18n } from '../i18n';
import type { VersionPreview } from '../versions';

/** Shown while a saved version is previewed read-only in place of the live design. */
export function PreviewBanner({
  preview,
  canEdit,
  onExit,
  onRestore,
}: {
  preview: VersionPreview;
  canEdit: boolean;
  onExit(): void;
  onRestore(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="preview-banner" role="status" data-testid="preview-banner">
      <span>{t('versions.previewing', { label: preview.version.label || t('versions.auto') })}</span>
      {canEdit && (
        <button
          type="button"
          className="button small primary"
          onClick={onRestore}
          data-testid="preview-restore"
        >
          {t('versions.restore')}
        </button>
      )}
      <button type="button" className="button small" onClick={onExit} data-testid="preview-exit">
        {t('versions.exitPreview')}
      </button>
    </div>
  );
}
