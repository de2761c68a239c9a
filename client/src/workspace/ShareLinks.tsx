import { useState } from 'react';
import { useI18n } from '../i18n';
import { workspaceHref } from '../app/route';

/** The edit and view links of a workspace, each with a copy button. */
export function ShareLinks({
  workspaceId,
  editToken,
  viewToken,
}: {
  workspaceId: string;
  editToken?: string;
  viewToken?: string;
}) {
  const { t } = useI18n();
  return (
    <section className="card share" aria-labelledby="share-heading" data-testid="share-links">
      <h2 id="share-heading">{t('workspace.share')}</h2>
      {editToken && (
        <LinkRow
          testId="edit-link"
          label={t('workspace.editLink')}
          hint={t('workspace.editLinkHint')}
          href={workspaceHref(workspaceId, editToken)}
        />
      )}
      {viewToken && (
        <LinkRow
          testId="view-link"
          label={t('workspace.viewLink')}
          hint={t('workspace.viewLinkHint')}
          href={workspaceHref(workspaceId, viewToken)}
        />
      )}
    </section>
  );
}

function LinkRow({
  label,
  hint,
  href,
  testId,
}: {
  label: string;
  hint: string;
  href: string;
  testId: string;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const url = new URL(href, window.location.origin).toString();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (no permission or insecure origin): the field stays selectable.
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div className="link-row">
      <label className="field">
        <span>{label}</span>
        <div className="input-with-button">
          <input
            readOnly
            value={url}
            data-testid={testId}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()} data-testid={`${testId}-copy`}>
            {copied ? t('common.copied') : t('common.copy')}
          </button>
        </div>
      </label>
      <p className="hint">{hint}</p>
    </div>
  );
}
