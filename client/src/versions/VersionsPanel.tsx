import { useCallback, useEffect, useState } from 'react';
import { type Design, parseDesign } from '@orgcanvas/model';
import { Dialog } from '../app/Dialog';
import { useToast } from '../app/Toasts';
import { API_LIMITS, ApiError, api, type VersionSummary } from '../api';
import { useI18n } from '../i18n';

export interface VersionPreview {
  readonly version: VersionSummary;
  readonly design: Design;
}

interface VersionsPanelProps {
  readonly workspaceId: string;
  readonly scenarioId: string;
  readonly token: string;
  readonly readOnly: boolean;
  readonly author: string;
  readonly previewing: string | null;
  onPreview(preview: VersionPreview | null): void;
  onRestore(preview: VersionPreview): void;
  onFork(version: VersionSummary): void;
}

/** Saved and automatic versions of the scenario: save one, preview, restore or fork it. */
export function VersionsPanel(props: VersionsPanelProps) {
  const { workspaceId, scenarioId, token, readOnly } = props;
  const { t, locale } = useI18n();
  const toast = useToast();
  const [versions, setVersions] = useState<readonly VersionSummary[] | null>(null);
  const [label, setLabel] = useState('');
  const [confirming, setConfirming] = useState<VersionPreview | null>(null);
  const formatter = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const fail = useCallback(
    (error: unknown) =>
      toast.show(error instanceof ApiError ? error.localized(locale) : String(error), {
        tone: 'error',
        kind: 'api-error',
      }),
    [toast, locale],
  );
  const reload = useCallback(() => {
    api
      .listVersions(workspaceId, token, scenarioId)
      .then((list) => setVersions([...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))), fail);
  }, [workspaceId, token, scenarioId, fail]);
  useEffect(reload, [reload]);

  const load = async (version: VersionSummary): Promise<VersionPreview | null> => {
    try {
      const detail = await api.getVersion(workspaceId, token, scenarioId, version.id);
      const parsed = parseDesign(detail.design);
      if (!parsed.ok) throw new Error(parsed.error[0]?.message ?? 'invalid version');
      return { version, design: parsed.value };
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const save = async () => {
    const text = label.trim();
    if (!text) return;
    try {
      await api.saveVersion(workspaceId, token, scenarioId, text, props.author);
      setLabel('');
      toast.show(t('versions.saved', { label: text }), { tone: 'success', kind: 'version-saved' });
      reload();
    } catch (error) {
      fail(error);
    }
  };

  const name = (version: VersionSummary) =>
    version.label || (version.auto ? t('versions.auto') : formatter.format(new Date(version.createdAt)));

  return (
    <div className="versions" data-testid="versions-panel">
      {!readOnly && (
        <form
          className="add-row"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <input
            type="text"
            value={label}
            maxLength={API_LIMITS.versionLabel}
            placeholder={t('versions.labelPlaceholder')}
            aria-label={t('versions.save')}
            onChange={(event) => setLabel(event.target.value)}
            data-testid="version-label"
          />
          <button
            type="submit"
            className="button primary small"
            disabled={!label.trim()}
            data-testid="save-version"
          >
            {t('versions.save')}
          </button>
        </form>
      )}
      {versions === null && <p className="muted">{t('common.loading')}</p>}
      {versions?.length === 0 && <p className="empty">{t('versions.empty')}</p>}
      <ul className="version-list" data-testid="version-list">
        {versions?.map((version) => (
          <li
            key={version.id}
            className={props.previewing === version.id ? 'version previewing' : 'version'}
            data-testid="version-item"
            data-version-id={version.id}
          >
            <div className="version-main">
              <span className="version-label">{name(version)}</span>
              <span className="meta">
                {t('versions.by', {
                  name: version.author || (version.auto ? t('versions.auto') : '—'),
                  time: formatter.format(new Date(version.createdAt)),
                })}
              </span>
            </div>
            <div className="row-actions">
              <button
                type="button"
                className="button ghost small"
                data-testid="version-preview"
                onClick={() => void load(version).then((preview) => preview && props.onPreview(preview))}
              >
                {t('versions.preview')}
              </button>
              {!readOnly && (
                <>
                  <button
                    type="button"
                    className="button ghost small"
                    data-testid="version-restore"
                    onClick={() => void load(version).then((preview) => preview && setConfirming(preview))}
                  >
                    {t('versions.restore')}
                  </button>
                  <button
                    type="button"
                    className="button ghost small"
                    data-testid="version-fork"
                    onClick={() => props.onFork(version)}
                  >
                    {t('versions.fork')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      {confirming && (
        <Dialog
          title={t('versions.restore')}
          onClose={() => setConfirming(null)}
          testId="restore-dialog"
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button primary"
                data-testid="restore-confirm"
                onClick={() => {
                  props.onRestore(confirming);
                  setConfirming(null);
                }}
              >
                {t('versions.restore')}
              </button>
            </>
          }
        >
          <p>{t('versions.confirmRestore', { label: name(confirming.version) })}</p>
        </Dialog>
      )}
    </div>
  );
}

export function versionName(version: VersionSummary, autoLabel: string): string {
  return version.label || (version.auto ? autoLabel : version.createdAt);
}
