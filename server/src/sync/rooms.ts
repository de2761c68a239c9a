import type { Logger } from '../log.js';
import { foldParts, partsOf } from '../store/fold.js';
import { CLOSE, type CloseReason } from './protocol.js';
import { Room, type RoomDeps } from './room.js';

interface Entry {
  readonly room: Promise<Room>;
  refs: number;
}

/**
 * The rooms in memory: loaded on first use, kept while a socket uses them, compacted and freed when the
 * last one leaves. Callers that only read a scenario (fork, export, versions) go through `readState`,
 * which orders the read after every update already accepted.
 */
export class Rooms {
  private readonly entries = new Map<string, Entry>();

  private readonly roomDeps: RoomDeps;
  private readonly stopResync: () => void;
  private readonly schemaCurrent = new Set<string>();

  constructor(private readonly deps: Omit<RoomDeps, 'onBroken' | 'schemaCurrent'>) {
    this.roomDeps = {
      ...deps,
      schemaCurrent: this.schemaCurrent,
      onBroken: (room) => {
        const entry = this.entries.get(room.scenarioId);
        if (entry) void entry.room.then((r) => r === room && this.entries.delete(room.scenarioId));
      },
    };
    this.stopResync = deps.fanout.onResync(() => this.catchUpAll());
  }

  /** The fan-out may have dropped events from other processes: every loaded room re-reads the store. */
  private catchUpAll(): void {
    for (const [scenarioId, entry] of this.entries) {
      void entry.room
        .then((room) => room.run(() => room.catchUp()))
        .catch((error: unknown) =>
          this.deps.log.error({ scenarioId, err: (error as Error).message }, 'catching up a room failed'),
        );
    }
  }

  /** A scenario this process just wrote whole, in the current schema: its room needs no migration check. */
  noteCurrentSchema(scenarioId: string): void {
    this.schemaCurrent.add(scenarioId);
  }

  get log(): Logger {
    return this.deps.log;
  }

  /** A loaded room for a socket, and the (idempotent) function that gives it back. */
  acquire(scenarioId: string): { room: Promise<Room>; release: () => void } {
    let entry = this.entries.get(scenarioId);
    if (!entry) {
      const room = Room.load(scenarioId, this.roomDeps);
      const created: Entry = { room, refs: 0 };
      entry = created;
      this.entries.set(scenarioId, created);
      room.catch(() => {
        if (this.entries.get(scenarioId) === created) this.entries.delete(scenarioId);
      });
    }
    entry.refs += 1;
    const held = entry;
    let released = false;
    return {
      room: held.room,
      release: () => {
        if (released) return;
        released = true;
        this.release(scenarioId, held);
      },
    };
  }

  private release(scenarioId: string, entry: Entry): void {
    entry.refs -= 1;
    if (entry.refs > 0) return;
    void entry.room
      .then((room) =>
        room.run(async () => {
          if (entry.refs > 0 || this.entries.get(scenarioId) !== entry) return;
          this.entries.delete(scenarioId);
          try {
            await room.compact();
          } finally {
            room.close(CLOSE.goingAway);
          }
        }),
      )
      .catch((error: unknown) =>
        this.deps.log.error({ scenarioId, err: (error as Error).message }, 'unloading a room failed'),
      );
  }

  /** How many rooms are in memory, and how many of them hold a Y.Doc rather than a resting state. */
  async census(): Promise<{ readonly loaded: number; readonly live: number }> {
    const rooms = await Promise.all([...this.entries.values()].map((entry) => entry.room.catch(() => null)));
    const loaded = rooms.filter((room): room is Room => room !== null && !room.isClosed);
    return { loaded: loaded.length, live: loaded.filter((room) => room.isLive).length };
  }

  /** The room if it is in memory (loaded or loading). */
  loaded(scenarioId: string): Promise<Room> | undefined {
    return this.entries.get(scenarioId)?.room;
  }

  /** The scenario's whole document as one update, consistent with everything accepted so far. */
  async readState(scenarioId: string): Promise<Uint8Array> {
    const loaded = this.loaded(scenarioId);
    if (loaded) {
      const room = await loaded;
      if (!room.isClosed) return room.run(() => room.state());
    }
    return foldParts(partsOf(await this.deps.store.load(scenarioId)));
  }

  /** Closes a scenario's sockets (it was deleted) and forgets its room without storing anything more. */
  async drop(scenarioId: string, why: CloseReason): Promise<void> {
    this.deps.fanout.publish(scenarioId, { kind: 'deleted' });
    const entry = this.entries.get(scenarioId);
    if (!entry) return;
    this.entries.delete(scenarioId);
    const room = await entry.room.catch(() => null);
    if (room) await room.run(() => room.close(why));
  }

  /** Graceful shutdown: finish queued work, compact, close every socket with 1001. */
  async closeAll(): Promise<void> {
    this.stopResync();
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(
      entries.map(async (entry) => {
        const room = await entry.room.catch(() => null);
        if (!room) return;
        await room
          .run(async () => {
            try {
              await room.compact();
            } finally {
              room.close(CLOSE.goingAway);
            }
          })
          .catch((error: unknown) =>
            this.deps.log.error(
              { scenarioId: room.scenarioId, err: (error as Error).message },
              'flush failed',
            ),
          );
      }),
    );
  }
}
