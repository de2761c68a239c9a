import pg from 'pg';
import type { Logger } from '../log.js';
import { foldParts, partsOf } from './fold.js';
import { migratePostgres } from './postgres-migrations.js';
import { Reachability } from './reachability.js';
import { withoutEmptyLinkFields } from './sqlite.js';
import type {
  BasedOn,
  Compacted,
  ReplacedLinks,
  ScenarioRecord,
  Store,
  StoredDocument,
  VersionRecord,
  WorkspaceRecord,
} from './types.js';

interface ScenarioRow {
  id: string;
  workspace_id: string;
  name: string;
  based_on: BasedOn | null;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  id: string;
  scenario_id: string;
  created_at: string;
  label: string;
  author: string;
  auto: boolean;
}

const SCENARIO_COLUMNS = 'id, workspace_id, name, based_on, created_at, updated_at';
const VERSION_COLUMNS = 'id, scenario_id, created_at, label, author, auto';

// bigint columns come back as strings (they may pass 2^53); times in ms and sequence numbers do not.
function scenarioFromRow(row: ScenarioRow): ScenarioRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    basedOn: row.based_on,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function versionFromRow(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    createdAt: Number(row.created_at),
    label: row.label,
    author: row.author,
    auto: row.auto,
  };
}

const bytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** Errors that mean "cannot reach the database" rather than "this statement is wrong". */
function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; severity?: string; message?: string };
  if (typeof e.code === 'string' && /^(08|57P0|53300)/.test(e.code)) return true;
  if (e.severity !== undefined) return false;
  return true;
}

/** One scenario with everything it holds, for moving a SQLite data folder in (see `migrate.ts`). */
export interface ScenarioBundle {
  readonly scenario: ScenarioRecord;
  readonly state: Uint8Array;
  readonly versions: readonly { readonly version: VersionRecord; readonly state: Uint8Array }[];
}

type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * The store that several server processes share. Every write is one transaction that PostgreSQL has
 * made durable (`synchronous_commit` on, its default) when the promise resolves. The update log is
 * append-only per scenario; compaction folds what it reads under the scenario's row lock and deletes
 * exactly the rows it folded, so concurrent appends from other processes survive it.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly reachability: Reachability;

  private constructor(
    private readonly pool: pg.Pool,
    log: Logger,
  ) {
    this.reachability = new Reachability('PostgreSQL', log, async () => {
      await this.pool.query('SELECT 1');
    });
    // An idle connection that dies (the server restarted) must never become an uncaught error.
    pool.on('error', (error) => this.reachability.failed(error));
  }

  /** Connects, applies any missing migrations (once, whichever process is first), and returns the store. */
  static async open(url: string, log: Logger, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      application_name: 'orgcanvas-server',
    });
    try {
      const applied = await migratePostgres(pool);
      if (applied > 0) log.info({ applied }, 'PostgreSQL schema migrated');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresStore(pool, log);
  }

  /** Runs one statement, noting whether the database was reachable. */
  private async query<R extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
    on: Queryable = this.pool,
  ): Promise<pg.QueryResult<R>> {
    try {
      const result = await on.query<R>(text, values);
      this.reachability.succeeded();
      return result;
    } catch (error) {
      if (isConnectionError(error)) this.reachability.failed(error as Error);
      throw error;
    }
  }

  private async transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.reachability.failed(error as Error);
      throw error;
    }
    try {
      await this.query('BEGIN', [], client);
      const result = await work(client);
      await this.query('COMMIT', [], client);
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1');
  }

  async createWorkspace(w: WorkspaceRecord): Promise<void> {
    await this.query(
      'INSERT INTO workspaces (id, name, edit_token_hash, view_token_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
      [w.id, w.name, w.editTokenHash, w.viewTokenHash, w.createdAt],
    );
  }

  async getWorkspace(id: string): Promise<WorkspaceRecord | undefined> {
    const { rows } = await this.query<{
      id: string;
      name: string;
      edit_token_hash: string;
      view_token_hash: string;
      created_at: string;
      replaced_edit_token_hash: string | null;
      replaced_view_token_hash: string | null;
      links_expire_at: string | null;
    }>(
      'SELECT id, name, edit_token_hash, view_token_hash, created_at, replaced_edit_token_hash, replaced_view_token_hash, links_expire_at FROM workspaces WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : withoutEmptyLinkFields({
          id: row.id,
          name: row.name,
          editTokenHash: row.edit_token_hash,
          viewTokenHash: row.view_token_hash,
          createdAt: Number(row.created_at),
          replacedEditTokenHash: row.replaced_edit_token_hash,
          replacedViewTokenHash: row.replaced_view_token_hash,
          linksExpireAt: row.links_expire_at === null ? null : Number(row.links_expire_at),
        });
  }

  async replaceLinks(id: string, links: ReplacedLinks): Promise<boolean> {
    // In an UPDATE every right-hand side reads the row as it was, so the old hashes move across.
    const { rowCount } = await this.query(
      `UPDATE workspaces SET replaced_edit_token_hash = edit_token_hash, replaced_view_token_hash = view_token_hash,
         edit_token_hash = $1, view_token_hash = $2, links_expire_at = $3 WHERE id = $4`,
      [links.editTokenHash, links.viewTokenHash, links.expiresAt, id],
    );
    return (rowCount ?? 0) > 0;
  }

  async workspaceBytes(id: string): Promise<number> {
    const { rows } = await this.query<{ bytes: string }>(
      `SELECT
         (SELECT COALESCE(SUM(octet_length(snapshot)), 0) FROM scenarios WHERE workspace_id = $1)
       + (SELECT COALESCE(SUM(octet_length(u.data)), 0) FROM updates u JOIN scenarios s ON s.id = u.scenario_id WHERE s.workspace_id = $1)
       + (SELECT COALESCE(SUM(octet_length(v.state)), 0) FROM versions v JOIN scenarios s ON s.id = v.scenario_id WHERE s.workspace_id = $1)
       AS bytes`,
      [id],
    );
    return Number(rows[0]?.bytes ?? 0);
  }

  async createScenario(
    s: ScenarioRecord,
    initialState: Uint8Array,
    on: Queryable = this.pool,
  ): Promise<void> {
    await this.query(
      `INSERT INTO scenarios (${SCENARIO_COLUMNS}, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        s.id,
        s.workspaceId,
        s.name,
        s.basedOn === null ? null : JSON.stringify(s.basedOn),
        s.createdAt,
        s.updatedAt,
        Buffer.from(initialState),
      ],
      on,
    );
  }

  async getScenario(workspaceId: string, id: string): Promise<ScenarioRecord | undefined> {
    const { rows } = await this.query<ScenarioRow>(
      `SELECT ${SCENARIO_COLUMNS} FROM scenarios WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return rows[0] === undefined ? undefined : scenarioFromRow(rows[0]);
  }

  async listScenarios(workspaceId: string): Promise<ScenarioRecord[]> {
    const { rows } = await this.query<ScenarioRow>(
      `SELECT ${SCENARIO_COLUMNS} FROM scenarios WHERE workspace_id = $1 ORDER BY created_at, id`,
      [workspaceId],
    );
    return rows.map(scenarioFromRow);
  }

  async renameScenario(workspaceId: string, id: string, name: string, at: number) {
    const { rows } = await this.query<ScenarioRow>(
      `UPDATE scenarios SET name = $1, updated_at = $2 WHERE workspace_id = $3 AND id = $4 RETURNING ${SCENARIO_COLUMNS}`,
      [name, at, workspaceId, id],
    );
    return rows[0] === undefined ? undefined : scenarioFromRow(rows[0]);
  }

  async deleteScenario(workspaceId: string, id: string): Promise<boolean> {
    // The update log and the versions go with it (ON DELETE CASCADE), in the same statement.
    const { rowCount } = await this.query('DELETE FROM scenarios WHERE workspace_id = $1 AND id = $2', [
      workspaceId,
      id,
    ]);
    return (rowCount ?? 0) > 0;
  }

  async load(scenarioId: string): Promise<StoredDocument> {
    // One statement sees one instant, so a compaction elsewhere cannot fall between snapshot and log.
    const { rows } = await this.query<{ part: number; data: Buffer | null }>(
      `SELECT 0 AS part, snapshot AS data, 0::bigint AS seq FROM scenarios WHERE id = $1
       UNION ALL
       SELECT 1 AS part, data, seq FROM updates WHERE scenario_id = $1
       ORDER BY part, seq`,
      [scenarioId],
    );
    let snapshot: Uint8Array | null = null;
    const updates: Uint8Array[] = [];
    let size = 0;
    for (const row of rows) {
      if (row.data === null) continue;
      size += row.data.byteLength;
      if (row.part === 0) snapshot = bytes(row.data);
      else updates.push(bytes(row.data));
    }
    return { snapshot, updates, bytes: size };
  }

  async append(scenarioId: string, update: Uint8Array, at: number): Promise<number> {
    const { rows } = await this.query<{ seq: string }>(
      `WITH appended AS (
         INSERT INTO updates (scenario_id, data, created_at) VALUES ($1, $2, $3) RETURNING seq
       ), touched AS (
         UPDATE scenarios SET updated_at = GREATEST(updated_at, $3) WHERE id = $1
       )
       SELECT seq FROM appended`,
      [scenarioId, Buffer.from(update), at],
    );
    return Number(rows[0]?.seq ?? 0);
  }

  async compact(scenarioId: string): Promise<Compacted> {
    return this.transaction(async (client) => {
      // The row lock orders compactions of one scenario; appends only wait for its commit.
      const head = await this.query<{ snapshot: Buffer | null }>(
        'SELECT snapshot FROM scenarios WHERE id = $1 FOR NO KEY UPDATE',
        [scenarioId],
        client,
      );
      const current = head.rows[0];
      if (current === undefined) return { bytes: 0, folded: 0 };
      const log = await this.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE scenario_id = $1 ORDER BY seq',
        [scenarioId],
        client,
      );
      if (log.rows.length === 0) return { bytes: current.snapshot?.byteLength ?? 0, folded: 0 };
      const snapshot = foldParts(
        partsOf({
          snapshot: current.snapshot ? bytes(current.snapshot) : null,
          updates: log.rows.map((r) => bytes(r.data)),
          bytes: 0,
        }),
      );
      await this.query(
        'UPDATE scenarios SET snapshot = $2 WHERE id = $1',
        [scenarioId, Buffer.from(snapshot)],
        client,
      );
      // Exactly the rows folded: sequence numbers are not committed in order across connections.
      await this.query(
        'DELETE FROM updates WHERE scenario_id = $1 AND seq = ANY($2::bigint[])',
        [scenarioId, log.rows.map((r) => r.seq)],
        client,
      );
      const rest = await this.query<{ n: string }>(
        'SELECT COALESCE(SUM(octet_length(data)), 0) AS n FROM updates WHERE scenario_id = $1',
        [scenarioId],
        client,
      );
      return { bytes: snapshot.byteLength + Number(rest.rows[0]?.n ?? 0), folded: log.rows.length };
    });
  }

  async snapshot(v: VersionRecord, state: Uint8Array, on: Queryable = this.pool): Promise<void> {
    await this.query(
      `INSERT INTO versions (${VERSION_COLUMNS}, state) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [v.id, v.scenarioId, v.createdAt, v.label, v.author, v.auto, Buffer.from(state)],
      on,
    );
  }

  async listVersions(scenarioId: string): Promise<VersionRecord[]> {
    const { rows } = await this.query<VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM versions WHERE scenario_id = $1 ORDER BY created_at DESC, id`,
      [scenarioId],
    );
    return rows.map(versionFromRow);
  }

  async getVersion(scenarioId: string, id: string) {
    const { rows } = await this.query<VersionRow & { state: Buffer }>(
      `SELECT ${VERSION_COLUMNS}, state FROM versions WHERE scenario_id = $1 AND id = $2`,
      [scenarioId, id],
    );
    const row = rows[0];
    return row === undefined ? undefined : { version: versionFromRow(row), state: bytes(row.state) };
  }

  async lastVersionAt(scenarioId: string): Promise<number | undefined> {
    const { rows } = await this.query<{ at: string | null }>(
      'SELECT MAX(created_at) AS at FROM versions WHERE scenario_id = $1',
      [scenarioId],
    );
    const at = rows[0]?.at;
    return at === null || at === undefined ? undefined : Number(at);
  }

  /**
   * Adds a workspace with its scenarios and versions in one transaction. False (and nothing written)
   * when a workspace with its id is already here, so moving a data folder twice moves it once.
   */
  async importWorkspace(workspace: WorkspaceRecord, scenarios: readonly ScenarioBundle[]): Promise<boolean> {
    return this.transaction(async (client) => {
      const inserted = await this.query(
        `INSERT INTO workspaces (id, name, edit_token_hash, view_token_hash, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [workspace.id, workspace.name, workspace.editTokenHash, workspace.viewTokenHash, workspace.createdAt],
        client,
      );
      if ((inserted.rowCount ?? 0) === 0) return false;
      for (const bundle of scenarios) {
        await this.createScenario(bundle.scenario, bundle.state, client);
        for (const v of bundle.versions) await this.snapshot(v.version, v.state, client);
      }
      return true;
    });
  }

  async close(): Promise<void> {
    this.reachability.stop();
    await this.pool.end();
  }
}
