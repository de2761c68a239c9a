import type { BasedOn } from '@orgcanvas/protocol';

/**
 * The storage contract. The sync core and the HTTP API speak only to this interface, so PostgreSQL
 * (`PostgresStore`, shared by several server processes) replaces SQLite (`SqliteStore`, one process)
 * without touching them. Methods are async for that reason, even though SQLite answers synchronously.
 * `test/scale/store-contract.test.ts` holds both to every promise below.
 *
 * Times are milliseconds since the epoch. Documents are Yjs updates (v1 encoding).
 */
export interface WorkspaceRecord {
  readonly id: string;
  readonly name: string;
  /** sha256 (hex) of the tokens; the tokens themselves are never stored. */
  readonly editTokenHash: string;
  readonly viewTokenHash: string;
  readonly createdAt: number;
  /** The hashes the links had before they were last replaced, so an old link is told so (not just "wrong"). */
  readonly replacedEditTokenHash?: string | null;
  readonly replacedViewTokenHash?: string | null;
  /** When the current links stop working (ms since the epoch); null or absent: never. */
  readonly linksExpireAt?: number | null;
}

/** New links for a workspace: the old hashes are kept as `replaced…` so an old link can be recognised. */
export interface ReplacedLinks {
  readonly editTokenHash: string;
  readonly viewTokenHash: string;
  readonly expiresAt: number | null;
}

/** Stored as the contract sends it. */
export type { BasedOn } from '@orgcanvas/protocol';

export interface ScenarioRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly basedOn: BasedOn | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface VersionRecord {
  readonly id: string;
  readonly scenarioId: string;
  readonly createdAt: number;
  readonly label: string;
  readonly author: string;
  /** Taken by the server while the scenario changed, rather than saved by someone. */
  readonly auto: boolean;
}

/** A scenario's document as stored: the last snapshot and the updates appended after it, in order. */
export interface StoredDocument {
  readonly snapshot: Uint8Array | null;
  readonly updates: readonly Uint8Array[];
  /** Bytes stored for this document (snapshot plus updates). */
  readonly bytes: number;
}

/** What a compaction left stored. */
export interface Compacted {
  /** Bytes stored for the document afterwards (the new snapshot plus updates appended meanwhile). */
  readonly bytes: number;
  /** Updates folded into the snapshot (and dropped). */
  readonly folded: number;
}

export type StoreKind = 'sqlite' | 'postgres';

export interface Store {
  readonly kind: StoreKind;
  /** Resolves when the store answers; rejects with the reason when it cannot be reached. */
  ping(): Promise<void>;

  createWorkspace(workspace: WorkspaceRecord): Promise<void>;
  getWorkspace(id: string): Promise<WorkspaceRecord | undefined>;
  /** Replaces the workspace's tokens in one write; false if there is no such workspace. */
  replaceLinks(id: string, links: ReplacedLinks): Promise<boolean>;
  /** Bytes the workspace holds on disk: every scenario's snapshot and updates, and every version. */
  workspaceBytes(id: string): Promise<number>;

  /** Creates a scenario with its first document state, in one transaction. */
  createScenario(scenario: ScenarioRecord, initialState: Uint8Array): Promise<void>;
  getScenario(workspaceId: string, id: string): Promise<ScenarioRecord | undefined>;
  listScenarios(workspaceId: string): Promise<ScenarioRecord[]>;
  renameScenario(
    workspaceId: string,
    id: string,
    name: string,
    at: number,
  ): Promise<ScenarioRecord | undefined>;
  /** Removes the scenario, its document and its versions. False if there was none. */
  deleteScenario(workspaceId: string, id: string): Promise<boolean>;

  load(scenarioId: string): Promise<StoredDocument>;
  /** Makes one update durable (it is on disk when the promise resolves) and returns its sequence number. */
  append(scenarioId: string, update: Uint8Array, at: number): Promise<number>;
  /**
   * Folds the stored snapshot and the updates it reads into a new snapshot and drops exactly those
   * updates, in one transaction. It works from what is stored, never from one process's memory, so an
   * update another process appends meanwhile is neither lost nor folded twice.
   */
  compact(scenarioId: string): Promise<Compacted>;

  /** Keeps a version (a full document state) of a scenario. */
  snapshot(version: VersionRecord, state: Uint8Array): Promise<void>;
  listVersions(scenarioId: string): Promise<VersionRecord[]>;
  getVersion(
    scenarioId: string,
    id: string,
  ): Promise<{ version: VersionRecord; state: Uint8Array } | undefined>;
  lastVersionAt(scenarioId: string): Promise<number | undefined>;

  close(): Promise<void>;
}
