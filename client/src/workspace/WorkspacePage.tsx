import { useEffect, useState } from 'react';
import { AppHeader } from '../app/AppHeader';
import { deniedMessage } from '../app/linkDenied';
import { editorHref, navigate } from '../app/route';
import { useToast } from '../app/Toasts';
import { ApiError, api, type NewScenarioSource, type ScenarioSummary } from '../api';
import { useI18n } from '../i18n';
import { NewScenarioDialog } from './NewScenarioDialog';
import { ScenarioList } from './ScenarioList';
import { ReplaceLinks } from './ReplaceLinks';
import { ShareLinks } from './ShareLinks';
import { rememberWorkspace } from './recent';
import { useDeferredDelete } from './useDeferredDelete';
import { useWorkspace } from './useWorkspace';

/** `/w/:workspaceId?token=`: the scenario list, share links and "new scenario". */
export function WorkspacePage({ workspaceId, token }: { workspaceId: string; token: string }) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const { load, reload } = useWorkspace(workspaceId, token);
  const [creating, setCreating] = useState(false);

  const workspace = load.state === 'ready' ? load.workspace : null;
  const canEdit = workspace?.access === 'edit';

  useEffect(() => {
    if (!workspace) return;
    rememberWorkspace({
      id: workspace.id,
      name: workspace.name,
      ...(workspace.access === 'edit' ? { editToken: token } : {}),
      viewToken: workspace.viewToken ?? token,
    });
  }, [workspace, token]);

  const fail = (error: unknown) =>
    toast.show(error instanceof ApiError ? error.localized(locale) : String(error), {
      tone: 'error',
      kind: 'api-error',
    });

  const deletion = useDeferredDelete((id) => api.deleteScenario(workspaceId, token, id).then(reload, fail));

  const create = async (name: string, source: NewScenarioSource) => {
    const created = await api.createScenario(workspaceId, token, name, source);
    navigate(editorHref(workspaceId, created.id, token));
  };
  const fork = (scenario: ScenarioSummary) =>
    api
      .createScenario(workspaceId, token, t('workspace.forkName', { name: scenario.name }), {
        kind: 'fork',
        from: scenario.id,
      })
      .then(reload, fail);

  return (
    <div className="page">
      <AppHeader>
        <h1 className="header-title" data-testid="workspace-name">
          {workspace?.name ?? ''}
        </h1>
        {workspace && !canEdit && <span className="badge">{t('editor.viewOnly')}</span>}
      </AppHeader>
      <main className="workspace">
        {load.state === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {load.state === 'error' && (
          <div className="centered-card" role="alert" data-testid="workspace-error">
            <p>
              {load.error.status === 401 || load.error.status === 403
                ? t(deniedMessage(load.error))
                : load.error.localized(locale)}
            </p>
            <button type="button" className="button" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {workspace && (
          <div className="workspace-grid">
            <section className="card" aria-labelledby="scenarios-heading">
              <div className="card-heading">
                <h2 id="scenarios-heading">
                  {t('workspace.scenarios')}
                  {load.state === 'ready' && load.live && (
                    <span className="live-dot" title={t('workspace.live')} aria-label={t('workspace.live')} />
                  )}
                </h2>
                {canEdit && (
                  <button
                    type="button"
                    className="button primary"
                    onClick={() => setCreating(true)}
                    data-testid="new-scenario"
                  >
                    {t('workspace.newScenario')}
                  </button>
                )}
              </div>
              {!canEdit && <p className="hint">{t('workspace.viewOnlyNotice')}</p>}
              {deletion.pending && (
                <p className="notice" role="status" data-testid="scenario-deleted">
                  {t('scenario.deleted', { name: deletion.pending.name })}{' '}
                  <button
                    type="button"
                    className="button ghost small"
                    onClick={deletion.undo}
                    data-testid="scenario-undo-delete"
                  >
                    {t('scenario.undoDelete')}
                  </button>
                </p>
              )}
              <ScenarioList
                workspaceId={workspaceId}
                token={token}
                scenarios={workspace.scenarios.filter((entry) => entry.id !== deletion.pending?.id)}
                canEdit={canEdit}
                onRename={(id, name) =>
                  void api.renameScenario(workspaceId, token, id, name).then(reload, fail)
                }
                onDelete={(id) =>
                  deletion.schedule(id, workspace.scenarios.find((entry) => entry.id === id)?.name ?? '')
                }
                onFork={(scenario) => void fork(scenario)}
              />
            </section>
            <div className="side-cards">
              <ShareLinks
                workspaceId={workspaceId}
                editToken={canEdit ? token : undefined}
                viewToken={workspace.viewToken ?? token}
              />
              {canEdit && (
                <ReplaceLinks
                  workspaceId={workspaceId}
                  token={token}
                  expiresAt={workspace.linksExpireAt ?? null}
                  onFailure={fail}
                />
              )}
            </div>
          </div>
        )}
      </main>
      {creating && <NewScenarioDialog onClose={() => setCreating(false)} onCreate={create} />}
    </div>
  );
}
