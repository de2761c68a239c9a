import { useEffect, useState, useSyncExternalStore } from 'react';
import { type ConnectionOptions, type ConnectionState, ScenarioConnection } from './ScenarioConnection';

/** Opens the scenario's connection for as long as the component is mounted. */
export function useScenarioConnection(options: ConnectionOptions | null): ScenarioConnection | null {
  const [connection, setConnection] = useState<ScenarioConnection | null>(null);
  const key = options
    ? `${options.workspaceId}/${options.scenarioId}/${options.token}/${options.readOnly}`
    : '';
  useEffect(() => {
    if (!options) return;
    const created = new ScenarioConnection(options);
    setConnection(created);
    return () => {
      setConnection(null);
      created.destroy();
    };
    // The key names everything the connection depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return connection;
}

const OFFLINE: ConnectionState = {
  status: 'connecting',
  readOnly: false,
  unsaved: false,
  loaded: false,
  closedReason: null,
  closedCode: null,
};
const noop = () => () => {};

export function useConnectionState(connection: ScenarioConnection | null): ConnectionState {
  return useSyncExternalStore(connection?.subscribe ?? noop, connection?.getState ?? (() => OFFLINE));
}
