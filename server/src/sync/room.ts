import * as Y from 'yjs';
import { remoteOrigin, serverOrigin } from '@orgcanvas/model';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/types.js';
import { Connection } from './connection.js';
import {
  type AwarenessEntry,
  CLOSE,
  type ClientMessage,
  type CloseReason,
  ProtocolError,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  awarenessFrame,
  encodeAwareness,
  permissionDeniedFrame,
  syncFrame,
} from './protocol.js';
import { validateStateVector, validateUpdate } from './validate.js';

/** Awareness ids one socket may own; a browser tab uses one. */
const MAX_AWARENESS_IDS_PER_CONNECTION = 8;

export interface RoomDeps {
  readonly store: Store;
  readonly config: Config;
  readonly log: Logger;
  /** Takes an automatic version of this scenario. */
  readonly autoVersion: (scenarioId: string, state: Uint8Array) => Promise<void>;
  /** The in-memory document can no longer be trusted; the registry drops the room. */
  readonly onBroken: (room: Room) => void;
}

/**
 * One scenario being edited: its Y.Doc, its awareness and its sockets. Every message and every read of
 * the document runs through one queue, so the document only ever holds what is already durable: an
 * update is applied, stored, and only then broadcast (to its sender too, as y-websocket clients expect).
 */
export class Room {
  doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  private queue: Promise<unknown> = Promise.resolve();
  private emitted: Uint8Array[] = [];
  private readonly owners = new Map<number, Connection>();
  private bytes = 0;
  private lastSeq = 0;
  private sinceCompact = 0;
  private lastVersionAt: number | undefined;
  private versionTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    readonly scenarioId: string,
    private readonly deps: RoomDeps,
  ) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwareness);
  }

  private readonly onDocUpdate = (update: Uint8Array): void => {
    this.emitted.push(update);
  };

  static async load(scenarioId: string, deps: RoomDeps): Promise<Room> {
    const room = new Room(scenarioId, deps);
    await room.fill(room.doc);
    room.lastVersionAt = await deps.store.lastVersionAt(scenarioId);
    return room;
  }

  /** Fills `doc` with the stored state and resets the counters to match it. */
  private async fill(doc: Y.Doc): Promise<void> {
    const stored = await this.deps.store.load(this.scenarioId);
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    for (const part of parts) {
      try {
        Y.applyUpdate(doc, part, serverOrigin('load'));
      } catch (error) {
        this.deps.log.error(
          { scenarioId: this.scenarioId, err: (error as Error).message },
          'a stored update could not be applied',
        );
      }
    }
    this.emitted = [];
    this.bytes = stored.bytes;
    this.lastSeq = stored.lastSeq;
    this.sinceCompact = stored.updates.length;
  }

  /**
   * Replaces the in-memory document with the stored one. Used when applying an update failed half-way:
   * nothing of it was stored or sent, so the stored state is exactly what every client has seen. The old
   * doc is left to the garbage collector rather than destroyed, because the awareness instance listens to it.
   */
  private async reload(): Promise<void> {
    this.doc.off('update', this.onDocUpdate);
    const fresh = new Y.Doc();
    await this.fill(fresh);
    fresh.on('update', this.onDocUpdate);
    this.doc = fresh;
  }

  /** Runs tasks one at a time, in order; a failing task does not stop the ones after it. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  join(conn: Connection): void {
    this.connections.add(conn);
    if (conn.access === 'view') conn.send(permissionDeniedFrame('read-only'));
    conn.send(syncFrame(SYNC_STEP_1, Y.encodeStateVector(this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      conn.send(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    }
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], 'leave');
  }

  async handle(conn: Connection, message: ClientMessage): Promise<void> {
    if (this.closed || !this.connections.has(conn)) return;
    switch (message.kind) {
      case 'sync-step-1':
        validateStateVector(message.stateVector);
        conn.send(syncFrame(SYNC_STEP_2, Y.encodeStateAsUpdate(this.doc, message.stateVector)));
        return;
      case 'sync-step-2':
      case 'update':
        if (conn.access !== 'edit') {
          conn.log.debug({ bytes: message.update.byteLength }, 'dropped a write from a view-only link');
          return;
        }
        await this.applyClientUpdate(conn, message.update);
        return;
      case 'awareness':
        this.applyAwareness(conn, message.entries);
        return;
      case 'query-awareness': {
        const states = [...this.awareness.getStates().keys()];
        conn.send(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
        return;
      }
      case 'auth':
        return;
    }
  }

  private async applyClientUpdate(conn: Connection, update: Uint8Array): Promise<void> {
    validateUpdate(update);
    if (this.bytes + update.byteLength > this.deps.config.limits.maxDocumentBytes) {
      throw new ProtocolError('the document would pass MAX_DOCUMENT_BYTES', CLOSE.documentTooLarge);
    }
    const store = this.doc.store;
    const pendingBefore = [store.pendingStructs, store.pendingDs];
    this.emitted = [];
    try {
      Y.applyUpdate(this.doc, update, remoteOrigin(conn.id));
    } catch (error) {
      // Yjs may have integrated part of it: nothing was stored or sent, so go back to the stored state.
      this.deps.log.warn(
        { scenarioId: this.scenarioId, err: (error as Error).message },
        'update failed to apply, reloading',
      );
      try {
        await this.reload();
      } catch (reloadError) {
        this.break(CLOSE.internal, `reloading failed: ${(reloadError as Error).message}`);
      }
      throw new ProtocolError('the update could not be applied');
    }
    const emitted = this.emitted;
    this.emitted = [];
    const changed =
      emitted.length > 0 || store.pendingStructs !== pendingBefore[0] || store.pendingDs !== pendingBefore[1];
    if (!changed) return;
    try {
      this.lastSeq = await this.deps.store.append(this.scenarioId, update, Date.now());
    } catch (error) {
      this.break(CLOSE.internal, `storing an update failed: ${(error as Error).message}`);
      throw error;
    }
    this.bytes += update.byteLength;
    this.sinceCompact += 1;
    for (const part of emitted) this.broadcast(syncFrame(SYNC_UPDATE, part));
    this.scheduleAutoVersion();
    if (this.sinceCompact >= this.deps.config.compactThreshold) await this.compact();
  }

  private applyAwareness(conn: Connection, entries: readonly AwarenessEntry[]): void {
    const allowed = entries.filter((entry) => {
      const owner = this.owners.get(entry.clientID);
      if (owner !== undefined) return owner === conn;
      return conn.awarenessIds.size < MAX_AWARENESS_IDS_PER_CONNECTION;
    });
    if (allowed.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwareness(allowed), conn);
  }

  private readonly onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin instanceof Connection) {
      for (const id of [...change.added, ...change.updated]) {
        this.owners.set(id, origin);
        origin.awarenessIds.add(id);
      }
    }
    for (const id of change.removed) {
      this.owners.get(id)?.awarenessIds.delete(id);
      this.owners.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    this.broadcast(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };

  private broadcast(frame: Uint8Array): void {
    for (const conn of this.connections) conn.send(frame);
  }

  /** The whole document as one update, as of now (call inside `run` to order it with edits). */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  async compact(): Promise<void> {
    if (this.sinceCompact === 0 || this.closed) return;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    await this.deps.store.compact(this.scenarioId, snapshot, this.lastSeq);
    this.bytes = snapshot.byteLength;
    this.sinceCompact = 0;
    this.deps.log.debug({ scenarioId: this.scenarioId, bytes: this.bytes }, 'compacted');
  }

  /** At most one automatic version per interval, taken while the scenario changes. */
  private scheduleAutoVersion(): void {
    if (this.versionTimer !== null || this.closed) return;
    const interval = this.deps.config.autoVersionIntervalMs;
    const delay = Math.max(0, (this.lastVersionAt ?? 0) + interval - Date.now());
    this.versionTimer = setTimeout(() => {
      void this.run(async () => {
        this.versionTimer = null;
        if (this.closed) return;
        this.lastVersionAt = Date.now();
        await this.deps.autoVersion(this.scenarioId, this.state());
      }).catch((error: unknown) =>
        this.deps.log.error(
          { scenarioId: this.scenarioId, err: (error as Error).message },
          'auto version failed',
        ),
      );
    }, delay);
  }

  /** Someone saved a version: the next automatic one waits a full interval from now. */
  noteVersion(at: number): void {
    this.lastVersionAt = at;
  }

  private break(why: CloseReason, detail: string): void {
    this.deps.log.error({ scenarioId: this.scenarioId, detail }, 'room dropped, clients will resync');
    this.close(why);
    this.deps.onBroken(this);
  }

  /** Closes every socket and frees the document. Does not compact: call `compact` first when flushing. */
  close(why: CloseReason): void {
    if (this.closed) return;
    this.closed = true;
    if (this.versionTimer !== null) clearTimeout(this.versionTimer);
    for (const conn of this.connections) conn.close(why);
    this.connections.clear();
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
