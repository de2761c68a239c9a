import type { ServerResponse } from 'node:http';
import { SCENARIO_LIST_EVENT, type ScenarioSummary } from '@orgcanvas/protocol';
import type { Logger } from '../log.js';
import { ApiError } from '../workspace/errors.js';
import type { Workspaces } from '../workspace/service.js';

/** How often a comment line keeps idle streams (and proxies in between) open. */
const HEARTBEAT_MS = 25_000;

/**
 * The live scenario list of each workspace over Server-Sent Events: an event `scenarios` (`SCENARIO_LIST_EVENT`) with the full
 * list on connect and whenever a scenario is created, renamed or deleted.
 */
export class ScenarioEvents {
  private readonly streams = new Map<string, Set<ServerResponse>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    workspaces: Pick<Workspaces, 'onScenariosChanged'>,
    private readonly maxPerWorkspace: number,
    private readonly log: Logger,
  ) {
    this.unsubscribe = workspaces.onScenariosChanged((workspaceId, scenarios) =>
      this.publish(workspaceId, scenarios),
    );
    this.heartbeat = setInterval(() => {
      for (const set of this.streams.values()) for (const res of set) res.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(workspaceId: string, res: ServerResponse, scenarios: ScenarioSummary[]): void {
    let set = this.streams.get(workspaceId);
    if ((set?.size ?? 0) >= this.maxPerWorkspace) {
      throw new ApiError(
        429,
        'too-many-streams',
        'Too many open views of this workspace. Close some tabs and try again.',
        '该工作区打开的页面过多，请关闭部分标签页后重试。',
      );
    }
    if (!set) {
      set = new Set();
      this.streams.set(workspaceId, set);
    }
    const streams = set;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    streams.add(res);
    this.send(res, scenarios);
    res.on('close', () => {
      streams.delete(res);
      if (streams.size === 0 && this.streams.get(workspaceId) === streams) this.streams.delete(workspaceId);
    });
  }

  private send(res: ServerResponse, scenarios: ScenarioSummary[]): void {
    res.write(`event: ${SCENARIO_LIST_EVENT}\ndata: ${JSON.stringify(scenarios)}\n\n`);
  }

  private publish(workspaceId: string, scenarios: ScenarioSummary[]): void {
    const set = this.streams.get(workspaceId);
    if (!set) return;
    this.log.debug({ workspaceId, streams: set.size }, 'scenario list pushed');
    for (const res of set) this.send(res, scenarios);
  }

  /** Ends a workspace's streams (its links were replaced); reconnecting with an old token is refused. */
  closeWorkspace(workspaceId: string): void {
    const set = this.streams.get(workspaceId);
    if (!set) return;
    this.streams.delete(workspaceId);
    for (const res of set) res.end();
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const set of this.streams.values()) for (const res of set) res.end();
    this.streams.clear();
  }
}
