import { useEffect, useState } from 'react';
import { AppHeader } from '../app/AppHeader';
import { deniedMessage } from '../app/linkDenied';
import { Link } from '../app/Link';
import { workspaceHref } from '../app/route';
import { ApiError, CLOSE, api, forkedFromScenario, type Workspace } from '../api';
import { useConnectionState, useScenarioConnection } from '../connection';
import { useI18n } from '../i18n';
import { knownWorkspace, rememberWorkspace } from '../workspace/recent';
import { preloadCanvas } from './CanvasSlot';
import { EditorWorkspace } from './EditorWorkspace';

interface EditorPageProps {
  readonly workspaceId: string;
  readonly scenarioId: string;
  readonly token: string;
  readonly presetName: string | null;
}

/**
 * `/w/:workspaceId/s/:scenarioId?token=`: asks the API what this token may do, then opens the
 * scenario's doc. A view token opens read-only from the start; the server's auth message would
 * demote the session anyway.
 */
export function EditorPage({ workspaceId, scenarioId, token, presetName }: EditorPageProps) {
  const { t, locale } = useI18n();
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(preloadCanvas, []);

  useEffect(() => {
    let cancelled = false;
    // Offline: open from this browser's copy, with the access this browser last saw for the link.
    const offlineWorkspace = (): Workspace => ({
      id: workspaceId,
      name: knownWorkspace(workspaceId)?.name ?? '',
      access: knownWorkspace(workspaceId)?.viewToken === token ? 'view' : 'edit',
      scenarios: [],
    });
    if (navigator.onLine === false) {
      setWorkspace(offlineWorkspace());
      return;
    }
    api.getWorkspace(workspaceId, token).then(
      (loaded) => {
        if (cancelled) return;
        setWorkspace(loaded);
        rememberWorkspace({
          id: loaded.id,
          name: loaded.name,
          ...(loaded.access === 'edit' ? { editToken: token } : {}),
          viewToken: loaded.viewToken ?? token,
        });
      },
      (caught: unknown) => {
        if (cancelled) return;
        if (caught instanceof ApiError && caught.status === 0) {
          setWorkspace(offlineWorkspace());
        } else {
          setError(
            caught instanceof ApiError
              ? caught
              : new ApiError(0, 'unexpected', String(caught), String(caught)),
          );
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [workspaceId, token]);

  const connection = useScenarioConnection(
    workspace ? { workspaceId, scenarioId, token, readOnly: workspace.access === 'view' } : null,
  );
  const state = useConnectionState(connection);
  const scenario = workspace?.scenarios.find((entry) => entry.id === scenarioId);

  // The links were replaced while this page was open: say so instead of leaving a dead editor.
  const replacedNow = state.closedCode === CLOSE.linkReplaced.code;
  const expiredNow = state.closedCode === CLOSE.linkExpired.code;
  if (error || replacedNow || expiredNow) {
    return (
      <div className="page">
        <AppHeader />
        <main className="centered-card" role="alert" data-testid="editor-error">
          <p>
            {replacedNow
              ? t('link.replaced')
              : expiredNow
                ? t('link.expired')
                : error!.status === 401 || error!.status === 403
                  ? t(deniedMessage(error!))
                  : error!.localized(locale)}
          </p>
          <a href="/">{t('error.goHome')}</a>
        </main>
      </div>
    );
  }

  if (!connection || !workspace || !state.loaded) {
    return (
      <div className="page">
        <AppHeader>
          <Link href={workspaceHref(workspaceId, token)} className="back-link">
            ← {t('editor.backToWorkspace')}
          </Link>
        </AppHeader>
        <main className="centered-card" data-testid="editor-loading">
          <div className="spinner" aria-hidden="true" />
          <p>{state.closedReason ? t('status.denied') : t('editor.loading')}</p>
        </main>
      </div>
    );
  }

  return (
    <EditorWorkspace
      connection={connection}
      workspaceId={workspaceId}
      workspaceName={workspace.name}
      scenarioId={scenarioId}
      scenarioName={scenario?.name ?? ''}
      compareWith={scenario ? forkedFromScenario(scenario.basedOn) : null}
      token={token}
      presetName={presetName}
      readOnly={workspace.access === 'view' || state.readOnly}
    />
  );
}
