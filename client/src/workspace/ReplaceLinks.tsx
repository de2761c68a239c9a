import { useState } from 'react';
import { navigate, workspaceHref } from '../app/route';
import { useToast } from '../app/Toasts';
import { api } from '../api';
import { useI18n } from '../i18n';

const EXPIRY_CHOICES = [null, 7, 30, 90] as const;

interface ReplaceLinksProps {
  readonly workspaceId: string;
  readonly token: string;
  /** ISO time the current links stop working, or null. */
  readonly expiresAt: string | null;
  onFailure(error: unknown): void;
}

/**
 * 更换链接: an editor replaces a leaked link. The server closes every socket that holds an old token, and
 * this page moves to the new edit link (the old one in the address bar would no longer open anything),
 * where the page remembers the new tokens as it does on every visit.
 */
export function ReplaceLinks({ workspaceId, token, expiresAt, onFailure }: ReplaceLinksProps) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [days, setDays] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const replace = async () => {
    if (!window.confirm(t('link.replaceConfirm'))) return;
    setBusy(true);
    try {
      const links = await api.replaceLinks(workspaceId, token, days);
      toast.show(t('link.replaced.done'), { tone: 'info', kind: 'links-replaced' });
      navigate(workspaceHref(workspaceId, links.editToken));
    } catch (caught) {
      onFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="replace-links-heading" data-testid="replace-links">
      <h2 id="replace-links-heading">{t('link.replaceTitle')}</h2>
      <p className="hint">{t('link.replaceHint')}</p>
      {expiresAt && (
        <p className="hint" data-testid="links-expire-at">
          {t('link.expiresAt', {
            date: new Date(expiresAt).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en'),
          })}
        </p>
      )}
      <label className="field">
        <span>{t('link.expiry')}</span>
        <select
          value={days ?? ''}
          onChange={(event) => setDays(event.target.value === '' ? null : Number(event.target.value))}
          data-testid="replace-links-expiry"
        >
          {EXPIRY_CHOICES.map((choice) => (
            <option key={choice ?? 'never'} value={choice ?? ''}>
              {choice === null ? t('link.expiryNever') : t('link.expiryDays', { days: choice })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void replace()}
        data-testid="replace-links-button"
      >
        {t('link.replaceButton')}
      </button>
    </section>
  );
}
