export { ScenarioConnection, type ConnectionState, type LinkStatus } from './ScenarioConnection';
export { useScenarioConnection, useConnectionState } from './useConnection';
