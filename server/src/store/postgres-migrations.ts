import type pg from 'pg';

/**
 * The PostgreSQL schema, one step per version, recorded in `orgcanvas_migrations`. A step is never
 * edited once released, only followed by another. The tables mirror the SQLite schema (`migrations.ts`).
 */
const MIGRATIONS: readonly string[] = [
  // 1: workspaces, scenarios with their compacted snapshot, the update log, versions.
  `
  CREATE TABLE workspaces (
    id text PRIMARY KEY,
    name text NOT NULL,
    edit_token_hash text NOT NULL,
    view_token_hash text NOT NULL,
    created_at bigint NOT NULL
  );
  CREATE TABLE scenarios (
    id text PRIMARY KEY,
    workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name text NOT NULL,
    based_on jsonb,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    snapshot bytea
  );
  CREATE INDEX scenarios_by_workspace ON scenarios (workspace_id, created_at);
  CREATE TABLE updates (
    seq bigserial PRIMARY KEY,
    scenario_id text NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    data bytea NOT NULL,
    created_at bigint NOT NULL
  );
  CREATE INDEX updates_by_scenario ON updates (scenario_id, seq);
  CREATE TABLE versions (
    id text PRIMARY KEY,
    scenario_id text NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    created_at bigint NOT NULL,
    label text NOT NULL,
    author text NOT NULL,
    auto boolean NOT NULL,
    state bytea NOT NULL
  );
  CREATE INDEX versions_by_scenario ON versions (scenario_id, created_at);
  `,
  // 2: share links can be replaced (the previous hashes are kept to recognise old links) and can expire.
  `
  ALTER TABLE workspaces ADD COLUMN replaced_edit_token_hash text;
  ALTER TABLE workspaces ADD COLUMN replaced_view_token_hash text;
  ALTER TABLE workspaces ADD COLUMN links_expire_at bigint;
  `,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/** Any fixed 64-bit number; every OrgCanvas process takes this advisory lock to migrate. */
const MIGRATION_LOCK = 4_710_253_118;

/**
 * Brings the database to the newest schema, in one transaction under an advisory lock: whichever
 * process starts first applies the steps, the others wait for it and then find nothing to do. Returns
 * how many steps this call applied; refuses a database written by a newer server.
 */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS orgcanvas_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0)::integer AS version FROM orgcanvas_migrations',
    );
    const current = rows[0]?.version ?? 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new Error(
        `The database was written by a newer OrgCanvas server (schema ${current}, this one knows ${PG_SCHEMA_VERSION}). Upgrade the server.`,
      );
    }
    for (let version = current; version < PG_SCHEMA_VERSION; version++) {
      await client.query(MIGRATIONS[version] ?? '');
      await client.query('INSERT INTO orgcanvas_migrations (version) VALUES ($1)', [version + 1]);
    }
    await client.query('COMMIT');
    return PG_SCHEMA_VERSION - current;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
