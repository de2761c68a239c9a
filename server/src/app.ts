import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { ScenarioEvents } from './http/events.js';
import { apiRoutes } from './http/api.js';
import { httpHandler } from './http/server.js';
import { healthOf } from './health.js';
import { createLogger, type Logger } from './log.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';
import type { Fanout } from './sync/fanout.js';
import { openFanout } from './sync/fanout-open.js';
import { scenarioListsAcrossProcesses } from './sync/fanout-scenarios.js';
import { Rooms, attachSync } from './sync/index.js';
import { Workspaces } from './workspace/service.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Graceful stop: refuse new work, flush every room, close sockets with 1001, close the store. */
  close(): Promise<void>;
  /** The rooms in memory and how many hold a Y.Doc (the others rest as encoded state): for diagnostics. */
  rooms(): Promise<{ readonly loaded: number; readonly live: number }>;
}

/**
 * Starts the whole server on `config.host:config.port` (0 picks a free port). Throws
 * `DataDirInUseError` if another server holds DATA_DIR, or the driver's error if PostgreSQL or Redis
 * cannot be reached at start.
 */
export async function startServer(
  config: Config,
  options: { log?: Logger; store?: Store; fanout?: Fanout } = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const store = options.store ?? (await openStore(config, log));
  let fanout: Fanout;
  try {
    fanout = options.fanout ?? (await openFanout(config, log));
  } catch (error) {
    await store.close();
    throw error;
  }

  // Rooms take automatic versions through the workspace service, which itself reads rooms.
  let workspaces: Workspaces | null = null;
  const rooms = new Rooms({
    store,
    config,
    log,
    fanout,
    autoVersion: async (scenarioId, state) => workspaces?.autoVersion(scenarioId, state),
    onChange: (scenarioId, editor) => workspaces?.noteChange(scenarioId, editor),
  });
  workspaces = new Workspaces(store, rooms, log, config.limits.maxWorkspaceBytes);
  const lists = scenarioListsAcrossProcesses(workspaces, fanout, log);
  const events = new ScenarioEvents(lists, config.limits.maxEventStreamsPerWorkspace, log);
  // The sync server exists only once the HTTP server does; the API reaches it through this hook.
  let closeWorkspaceSockets = (_workspaceId: string): void => undefined;
  const routes = apiRoutes(config, workspaces, events, () => healthOf(store, fanout), {
    linksReplaced: (workspaceId) => closeWorkspaceSockets(workspaceId),
  });

  const server = http.createServer(httpHandler(config, routes, log));
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  const sync = attachSync(server, { config, log, store, rooms, fanout });
  closeWorkspaceSockets = (workspaceId) => sync.closeWorkspace(workspaceId);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    lists.close();
    await fanout.close();
    await store.close();
    throw error;
  }
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log.info(
    {
      url,
      store: store.kind,
      fanout: fanout.kind,
      ...(store.kind === 'sqlite' ? { dataDir: config.dataDir } : {}),
      clientDir: config.clientDir,
    },
    'OrgCanvas server listening',
  );

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    rooms: () => rooms.census(),
    close() {
      closing ??= (async () => {
        log.info('shutting down');
        sync.stopAccepting();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        events.close();
        await sync.close();
        server.closeIdleConnections();
        const forced = setTimeout(() => server.closeAllConnections(), 5_000);
        await stopped;
        clearTimeout(forced);
        lists.close();
        await fanout.close();
        await store.close();
        log.info('stopped');
      })();
      return closing;
    },
  };
}
