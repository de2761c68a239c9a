import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { foldParts, partsOf } from './fold.js';
import { DataDirInUseError, lockHolder, writeLockFile } from './lock.js';
import { migrate } from './migrations.js';
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

export const DATABASE_FILE = 'orgcanvas.sqlite';

interface ScenarioRow {
  id: string;
  workspace_id: string;
  name: string;
  based_on: string | null;
  created_at: number;
  updated_at: number;
}

interface VersionRow {
  id: string;
  scenario_id: string;
  created_at: number;
  label: string;
  author: string;
  auto: number;
}

function scenarioFromRow(row: ScenarioRow): ScenarioRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    basedOn: row.based_on === null ? null : (JSON.parse(row.based_on) as BasedOn),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function versionFromRow(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    createdAt: row.created_at,
    label: row.label,
    author: row.author,
    auto: row.auto === 1,
  };
}

const bytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** A workspace whose links were never replaced nor made to expire has no such fields at all. */
export function withoutEmptyLinkFields(row: Record<string, unknown>): WorkspaceRecord {
  const record = { ...row };
  for (const key of ['replacedEditTokenHash', 'replacedViewTokenHash', 'linksExpireAt'])
    if (record[key] === null || record[key] === undefined) delete record[key];
  return record as unknown as WorkspaceRecord;
}

/**
 * The embedded default store: one SQLite file in DATA_DIR, WAL journal, `synchronous = FULL` so a commit
 * is on disk before `append` returns, and exclusive locking so no second process can open it.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly releaseLockFile: () => void;
  private readonly statements;

  private constructor(db: Database.Database, releaseLockFile: () => void) {
    this.db = db;
    this.releaseLockFile = releaseLockFile;
    this.statements = {
      insertWorkspace: db.prepare(
        'INSERT INTO workspaces (id, name, edit_token_hash, view_token_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      getWorkspace: db.prepare(
        'SELECT id, name, edit_token_hash AS editTokenHash, view_token_hash AS viewTokenHash, created_at AS createdAt, replaced_edit_token_hash AS replacedEditTokenHash, replaced_view_token_hash AS replacedViewTokenHash, links_expire_at AS linksExpireAt FROM workspaces WHERE id = ?',
      ),
      replaceLinks: db.prepare(
        'UPDATE workspaces SET replaced_edit_token_hash = edit_token_hash, replaced_view_token_hash = view_token_hash, edit_token_hash = ?, view_token_hash = ?, links_expire_at = ? WHERE id = ?',
      ),
      workspaceBytes: db.prepare(
        `SELECT
           (SELECT COALESCE(SUM(LENGTH(snapshot)), 0) FROM scenarios WHERE workspace_id = @id)
         + (SELECT COALESCE(SUM(LENGTH(u.data)), 0) FROM updates u JOIN scenarios s ON s.id = u.scenario_id WHERE s.workspace_id = @id)
         + (SELECT COALESCE(SUM(LENGTH(v.state)), 0) FROM versions v JOIN scenarios s ON s.id = v.scenario_id WHERE s.workspace_id = @id)
         AS bytes`,
      ),
      insertScenario: db.prepare(
        'INSERT INTO scenarios (id, workspace_id, name, based_on, created_at, updated_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      getScenario: db.prepare(
        'SELECT id, workspace_id, name, based_on, created_at, updated_at FROM scenarios WHERE workspace_id = ? AND id = ?',
      ),
      listScenarios: db.prepare(
        'SELECT id, workspace_id, name, based_on, created_at, updated_at FROM scenarios WHERE workspace_id = ? ORDER BY created_at, id',
      ),
      renameScenario: db.prepare(
        'UPDATE scenarios SET name = ?, updated_at = ? WHERE workspace_id = ? AND id = ?',
      ),
      deleteScenario: db.prepare('DELETE FROM scenarios WHERE workspace_id = ? AND id = ?'),
      deleteUpdates: db.prepare('DELETE FROM updates WHERE scenario_id = ?'),
      deleteVersions: db.prepare('DELETE FROM versions WHERE scenario_id = ?'),
      getSnapshot: db.prepare('SELECT snapshot FROM scenarios WHERE id = ?'),
      listUpdates: db.prepare('SELECT seq, data FROM updates WHERE scenario_id = ? ORDER BY seq'),
      insertUpdate: db.prepare('INSERT INTO updates (scenario_id, data, created_at) VALUES (?, ?, ?)'),
      touchScenario: db.prepare('UPDATE scenarios SET updated_at = ? WHERE id = ?'),
      setSnapshot: db.prepare('UPDATE scenarios SET snapshot = ? WHERE id = ?'),
      dropUpdatesUpTo: db.prepare('DELETE FROM updates WHERE scenario_id = ? AND seq <= ?'),
      listWorkspaceIds: db.prepare('SELECT id FROM workspaces ORDER BY created_at, id'),
      insertVersion: db.prepare(
        'INSERT INTO versions (id, scenario_id, created_at, label, author, auto, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      listVersions: db.prepare(
        'SELECT id, scenario_id, created_at, label, author, auto FROM versions WHERE scenario_id = ? ORDER BY created_at DESC, id',
      ),
      getVersion: db.prepare(
        'SELECT id, scenario_id, created_at, label, author, auto, state FROM versions WHERE scenario_id = ? AND id = ?',
      ),
      lastVersionAt: db.prepare('SELECT MAX(created_at) AS at FROM versions WHERE scenario_id = ?'),
    };
  }

  /** Opens (creating if needed) the store in `dataDir`; throws `DataDirInUseError` if another server holds it. */
  static open(dataDir: string): SqliteStore {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new Database(path.join(dataDir, DATABASE_FILE), { timeout: 250 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      // Taking a write lock now holds the exclusive lock for the life of this connection.
      db.exec('BEGIN IMMEDIATE; COMMIT;');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new DataDirInUseError(dataDir, lockHolder(dataDir));
      }
      throw error;
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return new SqliteStore(db, writeLockFile(dataDir));
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  /** Every workspace id, oldest first (for moving a data folder into PostgreSQL). */
  workspaceIds(): string[] {
    return (this.statements.listWorkspaceIds.all() as { id: string }[]).map((row) => row.id);
  }

  async createWorkspace(w: WorkspaceRecord): Promise<void> {
    this.statements.insertWorkspace.run(w.id, w.name, w.editTokenHash, w.viewTokenHash, w.createdAt);
  }

  async getWorkspace(id: string): Promise<WorkspaceRecord | undefined> {
    const row = this.statements.getWorkspace.get(id) as Record<string, unknown> | undefined;
    return row === undefined ? undefined : withoutEmptyLinkFields(row);
  }

  async replaceLinks(id: string, links: ReplacedLinks): Promise<boolean> {
    const result = this.statements.replaceLinks.run(
      links.editTokenHash,
      links.viewTokenHash,
      links.expiresAt,
      id,
    );
    return result.changes > 0;
  }

  async workspaceBytes(id: string): Promise<number> {
    return (this.statements.workspaceBytes.get({ id }) as { bytes: number }).bytes;
  }

  async createScenario(s: ScenarioRecord, initialState: Uint8Array): Promise<void> {
    this.statements.insertScenario.run(
      s.id,
      s.workspaceId,
      s.name,
      s.basedOn === null ? null : JSON.stringify(s.basedOn),
      s.createdAt,
      s.updatedAt,
      Buffer.from(initialState),
    );
  }

  async getScenario(workspaceId: string, id: string): Promise<ScenarioRecord | undefined> {
    const row = this.statements.getScenario.get(workspaceId, id) as ScenarioRow | undefined;
    return row === undefined ? undefined : scenarioFromRow(row);
  }

  async listScenarios(workspaceId: string): Promise<ScenarioRecord[]> {
    return (this.statements.listScenarios.all(workspaceId) as ScenarioRow[]).map(scenarioFromRow);
  }

  async renameScenario(workspaceId: string, id: string, name: string, at: number) {
    const changed = this.statements.renameScenario.run(name, at, workspaceId, id).changes;
    return changed === 0 ? undefined : this.getScenario(workspaceId, id);
  }

  async deleteScenario(workspaceId: string, id: string): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.statements.getScenario.get(workspaceId, id) === undefined) return false;
      this.statements.deleteUpdates.run(id);
      this.statements.deleteVersions.run(id);
      this.statements.deleteScenario.run(workspaceId, id);
      return true;
    })();
  }

  async load(scenarioId: string): Promise<StoredDocument> {
    return this.db.transaction(() => {
      const row = this.statements.getSnapshot.get(scenarioId) as { snapshot: Buffer | null } | undefined;
      const rows = this.statements.listUpdates.all(scenarioId) as { seq: number; data: Buffer }[];
      const snapshot = row?.snapshot ? bytes(row.snapshot) : null;
      let size = snapshot?.byteLength ?? 0;
      for (const r of rows) size += r.data.byteLength;
      return { snapshot, updates: rows.map((r) => bytes(r.data)), bytes: size };
    })();
  }

  async append(scenarioId: string, update: Uint8Array, at: number): Promise<number> {
    return this.db.transaction(() => {
      const seq = Number(
        this.statements.insertUpdate.run(scenarioId, Buffer.from(update), at).lastInsertRowid,
      );
      this.statements.touchScenario.run(at, scenarioId);
      return seq;
    })();
  }

  async compact(scenarioId: string): Promise<Compacted> {
    // One process writes this file and the transaction runs synchronously, so nothing can be appended
    // between the read and the delete: dropping up to the last sequence read drops exactly what was folded.
    return this.db.transaction(() => {
      const row = this.statements.getSnapshot.get(scenarioId) as { snapshot: Buffer | null } | undefined;
      const rows = this.statements.listUpdates.all(scenarioId) as { seq: number; data: Buffer }[];
      const last = rows.at(-1);
      if (row === undefined || last === undefined) {
        return { bytes: row?.snapshot?.byteLength ?? 0, folded: 0 };
      }
      const snapshot = foldParts(
        partsOf({
          snapshot: row.snapshot ? bytes(row.snapshot) : null,
          updates: rows.map((r) => bytes(r.data)),
          bytes: 0,
        }),
      );
      this.statements.setSnapshot.run(Buffer.from(snapshot), scenarioId);
      this.statements.dropUpdatesUpTo.run(scenarioId, last.seq);
      return { bytes: snapshot.byteLength, folded: rows.length };
    })();
  }

  async snapshot(v: VersionRecord, state: Uint8Array): Promise<void> {
    this.statements.insertVersion.run(
      v.id,
      v.scenarioId,
      v.createdAt,
      v.label,
      v.author,
      v.auto ? 1 : 0,
      Buffer.from(state),
    );
  }

  async listVersions(scenarioId: string): Promise<VersionRecord[]> {
    return (this.statements.listVersions.all(scenarioId) as VersionRow[]).map(versionFromRow);
  }

  async getVersion(scenarioId: string, id: string) {
    const row = this.statements.getVersion.get(scenarioId, id) as
      (VersionRow & { state: Buffer }) | undefined;
    return row === undefined ? undefined : { version: versionFromRow(row), state: bytes(row.state) };
  }

  async lastVersionAt(scenarioId: string): Promise<number | undefined> {
    const row = this.statements.lastVersionAt.get(scenarioId) as { at: number | null };
    return row.at ?? undefined;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
      this.releaseLockFile();
    }
  }
}
