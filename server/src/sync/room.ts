import * as Y from 'yjs';
import { migrateDoc, remoteOrigin, serverOrigin } from '@orgcanvas/model';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { foldParts, partsOf } from '../store/fold.js';
import type { Store, StoredDocument } from '../store/types.js';
import { Connection } from './connection.js';
import type { Fanout, RoomEvent } from './fanout.js';
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
  parseAwareness,
  permissionDeniedFrame,
  syncFrame,
} from './protocol.js';
import { validateStateVector, validateUpdate } from './validate.js';

/** Awareness ids one socket may own; a browser tab uses one. */
const MAX_AWARENESS_IDS_PER_CONNECTION = 8;

/** The origin of what another server process stored or saw: shown to this room's sockets, never stored. */
const ELSEWHERE = serverOrigin('fanout');

export interface RoomDeps {
  readonly store: Store;
  readonly config: Config;
  readonly log: Logger;
  /** Carries what this room stores and sees to the same room in the other server processes. */
  readonly fanout: Fanout;
  /** Takes an automatic version of this scenario. */
  readonly autoVersion: (scenarioId: string, state: Uint8Array) => Promise<void>;
  /** An update is durable and sent; `editor` is the name the sender's editor shows, if it said one. */
  readonly onChange?: (scenarioId: string, editor: string | null) => void;
  /** The in-memory document can no longer be trusted; the registry drops the room. */
  readonly onBroken: (room: Room) => void;
  /**
   * Scenarios this process knows hold nothing of an older schema: written by it (a new scenario) or
   * checked by an earlier load. Such a room loads without making a Y.Doc.
   */
  readonly schemaCurrent: Set<string>;
}

/** A client's update waiting in a room's inbox, with how to settle its sender's promise. */
interface Inbound {
  readonly conn: Connection;
  readonly update: Uint8Array;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * One scenario being edited: its document, its awareness and its sockets. Every message and every read
 * of the document runs through one queue, so the document only ever holds what is already durable: an
 * update is applied, stored, and only then broadcast (to its sender too, as y-websocket clients expect).
 *
 * The document is a Y.Doc only while it changes. A 1,000-role Y.Doc takes some 27 MB of memory, and
 * most open scenarios are being looked at, not edited: a room that has seen no change for `roomIdleMs`
 * drops its Y.Doc and keeps only a snapshot of what it held (state vector and deletions). It answers
 * syncs from the store's encoded state (Yjs diffs encoded updates without a Y.Doc), which holds all of
 * it, as nothing reaches the document before it is stored. The next change makes the Y.Doc again.
 */
export class Room {
  /** The Y.Doc while the scenario changes; null while the room rests on what the store holds. */
  private live: Y.Doc | null = null;
  /** What the resting state holds (state vector and deletions), to see without a Y.Doc that an update brings nothing. */
  private dormantHolds: Y.Snapshot = Y.snapshot(new Y.Doc());
  private idleTimer: NodeJS.Timeout | null = null;
  private lastUse = 0;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  private queue: Promise<unknown> = Promise.resolve();
  private emitted: Uint8Array[] = [];
  /** Client updates waiting for the next batch (see `acceptUpdate`). */
  private inbox: Inbound[] = [];
  private drainScheduled = false;
  /** Every socket that joined, including those that left since: their queued updates still count. */
  private readonly joined = new WeakSet<Connection>();
  private readonly owners = new Map<number, Connection>();
  /** Awareness ids owned by sockets of other processes (and which process): no socket here may claim them. */
  private readonly elsewhere = new Map<number, string | undefined>();
  /** The process whose awareness update is being applied. */
  private arrivingFrom: string | undefined;
  private leaveFanout: () => void = () => undefined;
  private bytes = 0;
  private sinceCompact = 0;
  private lastVersionAt: number | undefined;
  private versionTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    readonly scenarioId: string,
    private readonly deps: RoomDeps,
  ) {
    // Awareness only needs a client id of its own, never the content: a document of its own keeps it
    // independent of the scenario's Y.Doc coming and going.
    this.awareness = new awarenessProtocol.Awareness(new Y.Doc());
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwareness);
  }

  private readonly onDocUpdate = (update: Uint8Array): void => {
    this.emitted.push(update);
  };

  static async load(scenarioId: string, deps: RoomDeps): Promise<Room> {
    const room = new Room(scenarioId, deps);
    // Subscribed before reading the store, so an update stored elsewhere meanwhile is not missed (it
    // queues behind the load, and applying it twice changes nothing).
    room.leaveFanout = await deps.fanout.joinRoom(scenarioId, (event) => room.fromElsewhere(event));
    try {
      await room.run(async () => {
        if (deps.schemaCurrent.has(scenarioId)) return room.restOnStore();
        await room.doc();
        await room.migrate();
        room.rest();
        deps.schemaCurrent.add(scenarioId);
      });
      room.lastVersionAt = await deps.store.lastVersionAt(scenarioId);
    } catch (error) {
      room.close(CLOSE.internal);
      throw error;
    }
    deps.fanout.publish(scenarioId, { kind: 'query-awareness' });
    return room;
  }

  /**
   * A document stored by an older model schema is converted once, before anyone syncs, and the
   * conversion is stored like any update, so the next load finds nothing to do.
   */
  private async migrate(): Promise<void> {
    if (!migrateDoc(await this.doc(), serverOrigin('migrate'))) return;
    const update = Y.mergeUpdates(this.emitted);
    this.emitted = [];
    await this.deps.store.append(this.scenarioId, update, Date.now());
    this.bytes += update.byteLength;
    this.sinceCompact += 1;
    this.deps.fanout.publish(this.scenarioId, { kind: 'update', update });
    this.deps.log.info({ scenarioId: this.scenarioId }, 'migrated the document to the current schema');
  }

  /** Fills `doc` with the stored state and resets the counters to match it. */
  private async fill(doc: Y.Doc): Promise<void> {
    const stored = await this.deps.store.load(this.scenarioId);
    for (const part of partsOf(stored)) {
      try {
        Y.applyUpdate(doc, part, serverOrigin('load'));
      } catch (error) {
        this.deps.log.error(
          { scenarioId: this.scenarioId, err: (error as Error).message },
          'a stored update could not be applied',
        );
      }
    }
    this.countStored(stored);
  }

  /** Sets the size counters (for the document cap and compaction) to what the store holds. */
  private countStored(stored: StoredDocument): void {
    this.bytes = stored.bytes;
    this.sinceCompact = stored.updates.length;
  }

  /**
   * Replaces the in-memory document with the stored one. Used when applying an update failed half-way:
   * nothing of it was stored or sent, so the stored state is exactly what every client has seen. The old
   * doc is left to the garbage collector rather than destroyed, because the awareness instance listens to it.
   */
  private async reload(): Promise<void> {
    this.live?.off('update', this.onDocUpdate);
    this.live?.destroy();
    this.live = null;
    await this.doc();
  }

  /**
   * The scenario's Y.Doc, read from the store when the room was resting (call inside `run`). Each use
   * pushes back the moment it rests again.
   */
  private async doc(): Promise<Y.Doc> {
    if (this.live === null) {
      const doc = new Y.Doc();
      await this.fill(doc);
      // Listening only from here on: with a listener, Yjs encodes every transaction's update, and the
      // load's would be the whole stored state again (0.15 s for 10,000 roles), only to be dropped.
      doc.on('update', this.onDocUpdate);
      this.emitted = [];
      this.live = doc;
      // The store may hold what other processes stored while this room rested (and already told it of,
      // which is why it wakes): its sockets get whatever that is now, as they would have from the Y.Doc.
      if (this.connections.size > 0) {
        const missed = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(this.dormantHolds.sv));
        if (!Y.snapshotContainsUpdate(this.dormantHolds, missed))
          this.broadcast(syncFrame(SYNC_UPDATE, missed));
      }
    }
    // One timer per waking, not one per update: each use only notes the time, and the timer, when it
    // fires early, waits out the rest.
    this.lastUse = Date.now();
    if (this.idleTimer === null) this.restAfter(this.deps.config.roomIdleMs);
    return this.live;
  }

  private restAfter(delay: number): void {
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const left = this.lastUse + this.deps.config.roomIdleMs - Date.now();
      if (left > 0) this.restAfter(left);
      else void this.run(() => this.rest());
    }, delay);
    this.idleTimer.unref();
  }

  /**
   * Drops the Y.Doc and keeps only what it holds (call inside `run`): the store has all of it, since
   * nothing reaches the document before it is stored. A document waiting for missing parts of an update
   * stays a Y.Doc: its state vector must not claim what it has not integrated.
   */
  private rest(): void {
    const doc = this.live;
    if (doc === null || this.closed) return;
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.dormantHolds = Y.snapshot(doc);
    doc.off('update', this.onDocUpdate);
    doc.destroy();
    this.live = null;
  }

  /**
   * Rests on the store from the start (call inside `run`): what it holds is read off the stored state
   * without integrating it into a Y.Doc, which for 10,000 roles takes a second and some 250 MB. The
   * state vector counts each client's structs up to its first gap, as a Y.Doc's would; the deletions
   * are the stored state's delete set (a diff against everything it holds carries only that).
   */
  private async restOnStore(): Promise<void> {
    const stored = await this.deps.store.load(this.scenarioId);
    const state = asOneUpdate(stored);
    const vector = Y.encodeStateVectorFromUpdate(state);
    // [0 clients][delete set]: drop the struct count to keep the delete set, then add the vector.
    const deletions = Y.diffUpdate(state, vector).subarray(1);
    const snapshot = new Uint8Array(deletions.byteLength + vector.byteLength);
    snapshot.set(deletions);
    snapshot.set(vector, deletions.byteLength);
    this.dormantHolds = Y.decodeSnapshot(snapshot);
    this.countStored(stored);
  }

  /**
   * Whether an update would change nothing. Asked of a resting room only, so that an editor's sync
   * answer (all it has, usually nothing new) or a re-read of the store does not make the Y.Doc again.
   */
  private bringsNothing(update: Uint8Array): boolean {
    return this.live === null && Y.snapshotContainsUpdate(this.dormantHolds, update);
  }

  /** The whole state as one update, from the Y.Doc or, at rest, from the store (call inside `run`). */
  private async encodedState(stateVector?: Uint8Array): Promise<Uint8Array> {
    if (this.live) return Y.encodeStateAsUpdate(this.live, stateVector);
    const stored = asOneUpdate(await this.deps.store.load(this.scenarioId));
    // A newcomer (an empty state vector) takes the stored state as it is: no need to decode 13 MB to diff it.
    return stateVector && Y.decodeStateVector(stateVector).size > 0
      ? Y.diffUpdate(stored, stateVector)
      : stored;
  }

  /** Whether the room holds a Y.Doc right now (it rests on the store between changes). */
  get isLive(): boolean {
    return this.live !== null;
  }

  /** Runs tasks one at a time, in order; a failing task does not stop the ones after it. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  join(conn: Connection): void {
    this.connections.add(conn);
    this.joined.add(conn);
    if (conn.access === 'view') conn.send(permissionDeniedFrame('read-only'));
    conn.send(syncFrame(SYNC_STEP_1, Y.encodeStateVector(this.live ?? this.dormantHolds.sv)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      conn.send(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    }
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], 'leave');
  }

  /**
   * A message from a socket of this room. Updates wait for the next batch (`acceptUpdate`); everything
   * else runs in turn on the room's queue.
   */
  receive(conn: Connection, message: ClientMessage): Promise<void> {
    if (message.kind === 'sync-step-2' || message.kind === 'update') {
      if (conn.access !== 'edit') {
        conn.log.debug({ bytes: message.update.byteLength }, 'dropped a write from a view-only link');
        return Promise.resolve();
      }
      return this.acceptUpdate(conn, message.update);
    }
    return this.run(() => this.handle(conn, message));
  }

  private async handle(conn: Connection, message: ClientMessage): Promise<void> {
    if (this.closed || !this.connections.has(conn)) return;
    switch (message.kind) {
      case 'sync-step-1':
        validateStateVector(message.stateVector);
        conn.send(syncFrame(SYNC_STEP_2, await this.encodedState(message.stateVector)));
        return;
      case 'sync-step-2':
      case 'update':
        // Never queued here: `receive` sends updates to `acceptUpdate`.
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

  /**
   * Queues a client's update for the next batch; settles once it is stored and sent, or refused (a
   * `ProtocolError` says why). The batch runs after the event loop has read every socket that has
   * data, so the updates that arrived together are stored with one disk write (one fsync) instead of
   * one each: with fifty editors typing, a write per update kept the loop blocked on the disk.
   */
  private acceptUpdate(conn: Connection, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.inbox.push({ conn, update, resolve, reject });
      if (this.drainScheduled) return;
      this.drainScheduled = true;
      setImmediate(() => {
        this.run(() => this.drain()).catch((error: unknown) =>
          this.deps.log.error(
            { scenarioId: this.scenarioId, err: (error as Error).message },
            'a batch of updates failed',
          ),
        );
      });
    });
  }

  /**
   * Applies the queued updates one by one (each is validated, and refused alone if it is bad), then
   * stores those that changed anything as one update and only then sends what they changed: the
   * document still only ever shows what is durable, as every read waits on the same queue.
   */
  private async drain(): Promise<void> {
    const batch = this.inbox;
    this.inbox = [];
    this.drainScheduled = false;
    let accepted: Inbound[] = [];
    let parts: Uint8Array[] = [];
    let acceptedBytes = 0;
    for (const entry of batch) {
      // A socket that closed after sending still has its update kept (its leave may run before this
      // batch); one that never joined, because it closed before its turn came, does not.
      if (this.closed || !this.joined.has(entry.conn)) {
        entry.resolve();
        continue;
      }
      try {
        validateUpdate(entry.update);
        if (this.bytes + acceptedBytes + entry.update.byteLength > this.deps.config.limits.maxDocumentBytes) {
          throw new ProtocolError('the document would pass MAX_DOCUMENT_BYTES', CLOSE.documentTooLarge);
        }
      } catch (error) {
        entry.reject(error);
        continue;
      }
      // An editor's sync answer usually brings nothing: a resting room sees that without a Y.Doc.
      if (this.bringsNothing(entry.update)) {
        entry.resolve();
        continue;
      }
      const doc = await this.doc();
      const store = doc.store;
      const pendingBefore = [store.pendingStructs, store.pendingDs];
      this.emitted = [];
      try {
        Y.applyUpdate(doc, entry.update, remoteOrigin(entry.conn.id));
      } catch (error) {
        // Yjs may have integrated part of it. What this batch applied before it is sound: store and
        // send that, then go back to the stored state, which every client has then seen.
        this.emitted = [];
        this.deps.log.warn(
          { scenarioId: this.scenarioId, err: (error as Error).message },
          'update failed to apply, reloading',
        );
        const committed = await this.commit(accepted, parts);
        accepted = [];
        parts = [];
        acceptedBytes = 0;
        if (committed) {
          try {
            await this.reload();
          } catch (reloadError) {
            this.break(CLOSE.internal, `reloading failed: ${(reloadError as Error).message}`);
          }
        }
        entry.reject(new ProtocolError('the update could not be applied'));
        continue;
      }
      const emitted = this.emitted;
      this.emitted = [];
      const changed =
        emitted.length > 0 ||
        store.pendingStructs !== pendingBefore[0] ||
        store.pendingDs !== pendingBefore[1];
      if (!changed) {
        entry.resolve();
        continue;
      }
      accepted.push(entry);
      for (const part of emitted) parts.push(part);
      acceptedBytes += entry.update.byteLength;
    }
    await this.commit(accepted, parts);
  }

  /**
   * Stores the applied updates as one, then sends their changes. On a store failure nothing is sent and
   * the room is dropped (its clients resync from the store); answers false then.
   */
  private async commit(accepted: readonly Inbound[], parts: readonly Uint8Array[]): Promise<boolean> {
    if (accepted.length === 0) return !this.closed;
    let update: Uint8Array;
    try {
      update = accepted.length === 1 ? accepted[0]!.update : Y.mergeUpdates(accepted.map((e) => e.update));
      await this.deps.store.append(this.scenarioId, update, Date.now());
    } catch (error) {
      this.break(CLOSE.internal, `storing an update failed: ${(error as Error).message}`);
      for (const entry of accepted) entry.reject(error);
      return false;
    }
    this.bytes += update.byteLength;
    this.sinceCompact += 1;
    for (const part of parts) this.broadcast(syncFrame(SYNC_UPDATE, part));
    this.deps.fanout.publish(this.scenarioId, { kind: 'update', update });
    for (const entry of accepted) this.deps.onChange?.(this.scenarioId, this.editorName(entry.conn));
    this.scheduleAutoVersion();
    for (const entry of accepted) entry.resolve();
    if (this.sinceCompact >= this.deps.config.compactThreshold) await this.compact();
    return true;
  }

  /** The `user.name` a connection's editor put in its awareness state (the person's name). */
  private editorName(conn: Connection): string | null {
    for (const id of conn.awarenessIds) {
      const user = (this.awareness.getStates().get(id) as { user?: { name?: unknown } } | undefined)?.user;
      if (typeof user?.name === 'string' && user.name.trim() !== '') return user.name.trim().slice(0, 100);
    }
    return null;
  }

  private applyAwareness(conn: Connection, entries: readonly AwarenessEntry[]): void {
    const allowed = entries.filter((entry) => {
      if (this.elsewhere.has(entry.clientID)) return false;
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
    // Ids of this process's sockets go to the other processes too; theirs came from there.
    const ours: number[] = [];
    for (const id of [...change.added, ...change.updated]) {
      if (origin instanceof Connection) {
        this.owners.set(id, origin);
        origin.awarenessIds.add(id);
      } else if (origin === ELSEWHERE) {
        this.elsewhere.set(id, this.arrivingFrom);
      }
      if (this.owners.has(id)) ours.push(id);
    }
    for (const id of change.removed) {
      if (this.owners.has(id)) ours.push(id);
      this.owners.get(id)?.awarenessIds.delete(id);
      this.owners.delete(id);
      this.elsewhere.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    this.broadcast(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
    if (ours.length > 0 && origin !== ELSEWHERE) this.publishAwareness(ours);
  };

  private publishAwareness(ids: readonly number[]): void {
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...ids]);
    this.deps.fanout.publish(this.scenarioId, { kind: 'awareness', update });
  }

  /** An event from the same room in another process, handled in turn with this room's own work. */
  private fromElsewhere(event: RoomEvent): void {
    this.run(() => this.applyElsewhere(event)).catch((error: unknown) =>
      this.deps.log.warn(
        { scenarioId: this.scenarioId, event: event.kind, err: (error as Error).message },
        'an event from another process could not be applied',
      ),
    );
  }

  private async applyElsewhere(event: RoomEvent): Promise<void> {
    if (this.closed) return;
    switch (event.kind) {
      case 'update':
        // Already stored by the process that received it: show it, count it, never store it again.
        await this.show(event.update);
        this.bytes += event.update.byteLength;
        this.sinceCompact += 1;
        return;
      case 'awareness': {
        // A state for an id a socket here owns is this process's to set.
        const entries = parseAwareness(event.update).filter((e) => !this.owners.has(e.clientID));
        if (entries.length === 0) return;
        this.arrivingFrom = event.from;
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwareness(entries), ELSEWHERE);
        } finally {
          this.arrivingFrom = undefined;
        }
        return;
      }
      case 'process-gone': {
        const theirs = [...this.elsewhere].filter(([, process]) => process === event.process);
        awarenessProtocol.removeAwarenessStates(
          this.awareness,
          theirs.map(([id]) => id),
          ELSEWHERE,
        );
        await this.catchUp();
        return;
      }
      case 'query-awareness':
        if (this.owners.size > 0) this.publishAwareness([...this.owners.keys()]);
        return;
      case 'deleted':
        this.close(CLOSE.scenarioDeleted);
        this.deps.onBroken(this);
        return;
    }
  }

  /** Applies an update that is already stored and sends this room's sockets what was new in it. */
  private async show(update: Uint8Array): Promise<void> {
    if (this.bringsNothing(update)) return;
    const doc = await this.doc();
    this.emitted = [];
    Y.applyUpdate(doc, update, ELSEWHERE);
    const emitted = this.emitted;
    this.emitted = [];
    for (const part of emitted) this.broadcast(syncFrame(SYNC_UPDATE, part));
  }

  /**
   * Events from other processes may have been missed (the fan-out reconnected): re-read the store,
   * which holds everything anyone was sent, and show the sockets what this room did not have.
   */
  async catchUp(): Promise<void> {
    if (this.closed) return;
    const stored = await this.deps.store.load(this.scenarioId);
    for (const part of partsOf(stored)) await this.show(part);
    this.bytes = stored.bytes;
    this.deps.fanout.publish(this.scenarioId, { kind: 'query-awareness' });
    if (this.owners.size > 0) this.publishAwareness([...this.owners.keys()]);
  }

  private broadcast(frame: Uint8Array): void {
    for (const conn of this.connections) conn.send(frame);
  }

  /** The whole document as one update, as of now (call inside `run` to order it with edits). */
  state(): Promise<Uint8Array> {
    return this.encodedState();
  }

  async compact(): Promise<void> {
    if (this.sinceCompact === 0 || this.closed) return;
    const { bytes, folded } = await this.deps.store.compact(this.scenarioId);
    this.bytes = bytes;
    this.sinceCompact = 0;
    this.deps.log.debug({ scenarioId: this.scenarioId, bytes, folded }, 'compacted');
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
        // Another process serving this scenario may have taken (or someone saved) one meanwhile: this
        // change then goes into the next one, a full interval after that.
        const latest = await this.deps.store.lastVersionAt(this.scenarioId);
        if (latest !== undefined && Date.now() - latest < interval) {
          this.lastVersionAt = latest;
          this.scheduleAutoVersion();
          return;
        }
        this.lastVersionAt = Date.now();
        await this.deps.autoVersion(this.scenarioId, await this.state());
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
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.leaveFanout();
    for (const conn of this.connections) conn.close(why);
    this.connections.clear();
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.live?.destroy();
    this.live = null;
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

/**
 * What the store holds as one update, merged as encoded updates (no Y.Doc); a part Yjs cannot merge is
 * skipped the tolerant way.
 */
function asOneUpdate(stored: StoredDocument): Uint8Array {
  const parts = partsOf(stored);
  if (parts.length === 1) return parts[0]!;
  try {
    return Y.mergeUpdates([...parts]);
  } catch {
    return foldParts(parts);
  }
}
