import { useCallback } from 'react';
import { editorHref, navigate } from '../app/route';
import { useToast } from '../app/Toasts';
import { ApiError, api, type VersionSummary } from '../api';
import { useI18n } from '../i18n';

/** Forking a saved version into a new scenario of the workspace, then opening it. */
export function useForkVersion(scope: {
  readonly workspaceId: string;
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly token: string;
}): (version: VersionSummary) => void {
  const { t, locale } = useI18n();
  const toast = useToast();
  const { workspaceId, scenarioId, scenarioName, token } = scope;
  return useCallback(
    (version: VersionSummary) => {
      const name = t('workspace.forkName', { name: version.label || scenarioName || t('common.untitled') });
      api
        .createScenario(workspaceId, token, name, { kind: 'fork', from: scenarioId, version: version.id })
        .then(
          (created) => navigate(editorHref(workspaceId, created.id, token)),
          (error: unknown) =>
            toast.show(error instanceof ApiError ? error.localized(locale) : String(error), {
              tone: 'error',
              kind: 'api-error',
            }),
        );
    },
    [t, locale, toast, workspaceId, scenarioId, scenarioName, token],
  );
}
