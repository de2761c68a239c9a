export { ApiClient, api, type NewScenarioSource } from './client';
// The contract itself lives in @orgcanvas/protocol; these are re-exported for the pages that call the API.
export {
  ApiError,
  CLOSE,
  LIMITS as API_LIMITS,
  SCENARIO_LIST_EVENT,
  forkedFromScenario,
  type Access,
  type BasedOn,
  type ScenarioSummary,
  type VersionDetail,
  type VersionSummary,
  type Workspace,
  type WorkspaceCreated,
} from '@orgcanvas/protocol';
