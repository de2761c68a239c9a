import * as Y from 'yjs';

/** The end clock of each client an update carries, or null for bytes that are not an update. */
export function endClocks(update: Uint8Array): Map<number, number> | null {
  try {
    return Y.parseUpdateMeta(update).to;
  } catch {
    return null;
  }
}

/**
 * What the server is known to hold, as a state vector built from what it sent us: its sync step 1
 * (its whole state vector) and every update it relayed or echoed back (the server echoes a client's
 * own updates, which is how a client learns they are stored). Local content beyond it is unsaved.
 * Kept in localStorage so a reload while offline still knows which edits never reached the server.
 */
export class AcknowledgedState {
  private readonly clocks = new Map<number, number>();

  constructor(private readonly storageKey: string | null = null) {
    if (storageKey === null) return;
    try {
      const saved = window.localStorage.getItem(storageKey);
      if (!saved) return;
      for (const [client, clock] of Object.entries(JSON.parse(saved) as Record<string, number>)) {
        if (Number.isSafeInteger(clock)) this.clocks.set(Number(client), clock);
      }
    } catch {
      // Unreadable: start from nothing and let the next server sync fill it in.
    }
  }

  /** Merges a state vector the server announced (sync step 1). */
  addStateVector(encoded: Uint8Array): void {
    this.merge(Y.decodeStateVector(encoded));
  }

  /** Merges the end clocks of an update the server sent (sync step 2 or a relayed/echoed update). */
  addUpdate(update: Uint8Array): void {
    this.addClocks(Y.parseUpdateMeta(update).to);
  }

  /** Merges end clocks read off the main thread (see `updateClocks`). */
  addClocks(clocks: ReadonlyMap<number, number>): void {
    this.merge(clocks);
  }

  /** Local content the server has not confirmed, as one update (empty when all is saved). */
  missingUpdate(doc: Y.Doc): Uint8Array | null {
    if (!this.hasUnsaved(doc)) return null;
    return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(this.clocks));
  }

  hasUnsaved(doc: Y.Doc): boolean {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
      if (clock > (this.clocks.get(client) ?? 0)) return true;
    }
    return false;
  }

  private merge(vector: ReadonlyMap<number, number>): void {
    let changed = false;
    for (const [client, clock] of vector) {
      if (clock > (this.clocks.get(client) ?? 0)) {
        this.clocks.set(client, clock);
        changed = true;
      }
    }
    if (changed) this.save();
  }

  private save(): void {
    if (this.storageKey === null) return;
    try {
      window.localStorage.setItem(this.storageKey, JSON.stringify(Object.fromEntries(this.clocks)));
    } catch {
      // Quota or private mode: unsaved detection falls back to this session's knowledge.
    }
  }
}
