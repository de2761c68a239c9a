import { useCallback, useEffect, useState } from 'react';
import { ApiError, SCENARIO_LIST_EVENT, api, type ScenarioSummary, type Workspace } from '../api';

export type WorkspaceLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: ApiError }
  | { readonly state: 'ready'; readonly workspace: Workspace; readonly live: boolean };

/**
 * The workspace and its scenario list, kept live by the server's event stream (an SSE `scenarios`
 * event carries the whole list), so a fork made by someone else appears at once.
 */
export function useWorkspace(workspaceId: string, token: string): { load: WorkspaceLoad; reload(): void } {
  const [load, setLoad] = useState<WorkspaceLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api
      .getWorkspace(workspaceId, token)
      .then((workspace) => {
        if (!cancelled) setLoad({ state: 'ready', workspace, live: false });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoad({
          state: 'error',
          error:
            error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error), String(error)),
        });
      });
    return () => {
      cancelled = true;
    };
  }, [workspaceId, token, attempt]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(api.eventsUrl(workspaceId, token));
    const onScenarios = (event: MessageEvent<string>) => {
      const scenarios = parseScenarios(event.data);
      if (!scenarios) return;
      setLoad((current) =>
        current.state === 'ready'
          ? { state: 'ready', workspace: { ...current.workspace, scenarios }, live: true }
          : current,
      );
    };
    const onOpen = () =>
      setLoad((current) =>
        current.state === 'ready' && !current.live ? { ...current, live: true } : current,
      );
    const onError = () =>
      setLoad((current) =>
        current.state === 'ready' && current.live ? { ...current, live: false } : current,
      );
    source.addEventListener(SCENARIO_LIST_EVENT, onScenarios);
    source.addEventListener('open', onOpen);
    source.addEventListener('error', onError);
    return () => source.close();
  }, [workspaceId, token]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload };
}

export function parseScenarios(data: string): ScenarioSummary[] | null {
  try {
    const parsed = JSON.parse(data) as unknown;
    const list = Array.isArray(parsed)
      ? parsed
      : typeof parsed === 'object' &&
          parsed !== null &&
          Array.isArray((parsed as { scenarios?: unknown }).scenarios)
        ? (parsed as { scenarios: unknown[] }).scenarios
        : null;
    if (!list) return null;
    return list.filter(
      (entry): entry is ScenarioSummary =>
        typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string',
    );
  } catch {
    return null;
  }
}
