/**
 * The seam between a room and the other server processes serving the same scenarios. A room publishes
 * what it has stored and what its sockets' people are doing; the fan-out carries it to the same room
 * in every other process, which shows it to its own sockets (it is already stored: never store it again).
 *
 * `LocalFanout` (the default) serves one process: there is nobody else to tell. `RedisFanout`
 * (`FANOUT=redis`) carries events over Redis pub/sub and counts connections per scenario in Redis.
 * Pub/sub may drop events while a connection is down, so after every reconnect `onResync` listeners
 * re-read the store, which holds every update anyone was ever sent; so do rooms when a process that
 * served them stops answering.
 */
export type RoomEvent =
  /** A document update another process has stored and shown to its sockets. */
  | { readonly kind: 'update'; readonly update: Uint8Array }
  /**
   * An awareness update (y-protocols encoding) for client ids owned by another process's sockets;
   * `from` names that process on the receiving side.
   */
  | { readonly kind: 'awareness'; readonly update: Uint8Array; readonly from?: string }
  /** A process just opened the room and asks the others for their people's presence. */
  | { readonly kind: 'query-awareness' }
  /** The scenario was deleted: close its sockets. */
  | { readonly kind: 'deleted' }
  /**
   * A process stopped answering (it died): forget its people's presence, and re-read the store for
   * anything it stored but could not tell anyone before it went.
   */
  | { readonly kind: 'process-gone'; readonly process: string };

export type FanoutKind = 'local' | 'redis';

export interface Fanout {
  readonly kind: FanoutKind;
  /** Receives a room's events from the other processes; resolves once subscribed, with the way out. */
  joinRoom(scenarioId: string, listener: (event: RoomEvent) => void): Promise<() => void>;
  /** Tells the other processes; never throws (an unreachable fan-out is logged and resynced later). */
  publish(scenarioId: string, event: RoomEvent): void;
  /** A workspace's scenario list changed in another process. */
  onScenarioList(listener: (workspaceId: string) => void): () => void;
  publishScenarioList(workspaceId: string): void;
  /**
   * Counts one socket on a scenario, across every process, unless `limit` are already there (false).
   * Rejects when the count cannot be kept (the fan-out is unreachable).
   */
  admit(scenarioId: string, socketId: string, limit: number): Promise<boolean>;
  release(scenarioId: string, socketId: string): void;
  /** Events may have been missed (the fan-out reconnected): re-read the store. */
  onResync(listener: () => void): () => void;
  /** Resolves when the fan-out answers; rejects with the reason when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** One process on its own: events stay in the process, connections are counted in memory. */
export class LocalFanout implements Fanout {
  readonly kind = 'local' as const;
  private readonly sockets = new Map<string, Set<string>>();

  async joinRoom(): Promise<() => void> {
    return () => undefined;
  }

  publish(): void {}

  onScenarioList(): () => void {
    return () => undefined;
  }

  publishScenarioList(): void {}

  async admit(scenarioId: string, socketId: string, limit: number): Promise<boolean> {
    const held = this.sockets.get(scenarioId) ?? new Set<string>();
    if (!held.has(socketId) && held.size >= limit) return false;
    held.add(socketId);
    this.sockets.set(scenarioId, held);
    return true;
  }

  release(scenarioId: string, socketId: string): void {
    const held = this.sockets.get(scenarioId);
    if (!held) return;
    held.delete(socketId);
    if (held.size === 0) this.sockets.delete(scenarioId);
  }

  onResync(): () => void {
    return () => undefined;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
