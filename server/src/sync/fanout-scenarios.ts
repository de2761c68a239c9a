import type { Logger } from '../log.js';
import type { ScenarioSummary } from '@orgcanvas/protocol';
import type { Workspaces } from '../workspace/service.js';
import type { Fanout } from './fanout.js';

type ScenarioListener = (workspaceId: string, scenarios: ScenarioSummary[]) => void;

/** What the scenario event streams listen to: list changes made in this process or in any other. */
export interface ScenarioLists {
  onScenariosChanged(listener: ScenarioListener): () => void;
  close(): void;
}

/**
 * Joins this process's scenario-list changes with the other processes': a change made here is
 * announced through the fan-out; one made elsewhere is read back from the shared store here.
 */
export function scenarioListsAcrossProcesses(
  workspaces: Workspaces,
  fanout: Fanout,
  log: Logger,
): ScenarioLists {
  const listeners = new Set<ScenarioListener>();
  const tell = (workspaceId: string, scenarios: ScenarioSummary[]) => {
    for (const listener of listeners) listener(workspaceId, scenarios);
  };
  const stopLocal = workspaces.onScenariosChanged((workspaceId, scenarios) => {
    fanout.publishScenarioList(workspaceId);
    tell(workspaceId, scenarios);
  });
  const stopRemote = fanout.onScenarioList((workspaceId) => {
    workspaces.listScenarios(workspaceId).then(
      (scenarios) => tell(workspaceId, scenarios),
      (error: unknown) =>
        log.warn({ workspaceId, err: (error as Error).message }, 'reading a changed scenario list failed'),
    );
  });
  return {
    onScenariosChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      stopLocal();
      stopRemote();
      listeners.clear();
    },
  };
}
