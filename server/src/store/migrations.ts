import type Database from 'better-sqlite3';

/**
 * The schema, one step per version. `PRAGMA user_version` records how far a database has come; a step
 * is never edited once released, only followed by another.
 */
const MIGRATIONS: readonly string[] = [
  // 1: workspaces, scenarios with their compacted snapshot, the update log, versions.
  `
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    edit_token_hash TEXT NOT NULL,
    view_token_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE scenarios (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    based_on TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    snapshot BLOB
  );
  CREATE INDEX scenarios_by_workspace ON scenarios(workspace_id, created_at);
  CREATE TABLE updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX updates_by_scenario ON updates(scenario_id, seq);
  CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    label TEXT NOT NULL,
    author TEXT NOT NULL,
    auto INTEGER NOT NULL,
    state BLOB NOT NULL
  );
  CREATE INDEX versions_by_scenario ON versions(scenario_id, created_at);
  `,
  // 2: share links can be replaced (the previous hashes are kept to recognise old links) and can expire.
  `
  ALTER TABLE workspaces ADD COLUMN replaced_edit_token_hash TEXT;
  ALTER TABLE workspaces ADD COLUMN replaced_view_token_hash TEXT;
  ALTER TABLE workspaces ADD COLUMN links_expire_at INTEGER;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to the newest schema; refuses one written by a newer server. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `The database was written by a newer OrgCanvas server (schema ${current}, this one knows ${SCHEMA_VERSION}). Upgrade the server.`,
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
