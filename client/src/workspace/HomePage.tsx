import { useEffect, useState, type FormEvent } from 'react';
import { AppHeader } from '../app/AppHeader';
import { Link } from '../app/Link';
import { navigate, workspaceHref } from '../app/route';
import { API_LIMITS, ApiError, api } from '../api';
import { useI18n } from '../i18n';
import { recentWorkspaces, rememberWorkspace } from './recent';

/** `/`: create a workspace and land on it with the edit token. */
export function HomePage() {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recent] = useState(recentWorkspaces);
  // The operator may require an instance token (CREATE_TOKEN) to create workspaces.
  const [needsToken, setNeedsToken] = useState(false);
  const [createToken, setCreateToken] = useState('');

  useEffect(() => {
    let cancelled = false;
    api.getInstance().then(
      (info) => !cancelled && setNeedsToken(info.createTokenRequired),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setBusy(true);
    setError(null);
    try {
      const created = await api.createWorkspace(trimmed, needsToken ? createToken.trim() : undefined);
      rememberWorkspace({
        id: created.id,
        name: created.name,
        editToken: created.editToken,
        viewToken: created.viewToken,
      });
      navigate(workspaceHref(created.id, created.editToken));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'create-token-required') setNeedsToken(true);
      setError(caught instanceof ApiError ? caught.localized(locale) : String(caught));
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <AppHeader />
      <main className="home">
        <section className="hero">
          <h1>{t('app.name')}</h1>
          <p className="lead">{t('app.tagline')}</p>
        </section>
        <form className="card form-card" onSubmit={submit} data-testid="create-workspace-form">
          <h2>{t('home.title')}</h2>
          <label className="field">
            <span>{t('home.nameLabel')}</span>
            <input
              data-testid="workspace-name-input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              placeholder={t('home.namePlaceholder')}
              maxLength={API_LIMITS.name}
              required
              autoFocus
            />
          </label>
          {needsToken && (
            <label className="field">
              <span>{t('home.createToken')}</span>
              <input
                type="password"
                autoComplete="off"
                data-testid="create-token-input"
                value={createToken}
                onChange={(event) => setCreateToken(event.target.value)}
                required
              />
              <span className="hint">{t('home.createTokenHint')}</span>
            </label>
          )}
          <p className="hint">{t('home.hint')}</p>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          <button
            type="submit"
            className="button primary"
            disabled={busy || !name.trim() || (needsToken && !createToken.trim())}
            data-testid="create-workspace"
          >
            {t('home.submit')}
          </button>
        </form>
        {recent.length > 0 && (
          <section className="card recent" aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t('home.recent')}</h2>
            <ul>
              {recent.map((entry) => {
                const token = entry.editToken ?? entry.viewToken;
                return token ? (
                  <li key={entry.id}>
                    <Link href={workspaceHref(entry.id, token)}>{entry.name}</Link>
                  </li>
                ) : null;
              })}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
