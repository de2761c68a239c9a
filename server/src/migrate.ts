import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from './log.js';
import { type ScenarioBundle, PostgresStore } from './store/postgres.js';
import { DATABASE_FILE, DataDirInUseError, SqliteStore } from './store/index.js';
import { foldParts, partsOf } from './store/fold.js';

const USAGE = `Moves a SQLite data folder into PostgreSQL.

  DATABASE_URL=postgres://... node server/dist/migrate.js [--from DATA_DIR]

--from defaults to DATA_DIR, else ./data. Stop the server using the folder first. Workspaces already in
PostgreSQL are skipped, so running it twice moves everything once. Nothing in the folder is changed.
把 SQLite 数据目录迁移到 PostgreSQL；请先停止使用该目录的服务器。已存在的工作区会被跳过。`;

export interface MoveCounts {
  readonly workspaces: number;
  readonly scenarios: number;
  readonly versions: number;
  /** Workspaces that were already in PostgreSQL. */
  readonly skipped: number;
}

/** Copies every workspace of `from` (its scenarios as one folded state each, and its versions) into `to`. */
export async function moveSqliteToPostgres(from: SqliteStore, to: PostgresStore): Promise<MoveCounts> {
  let workspaces = 0;
  let scenarios = 0;
  let versions = 0;
  let skipped = 0;
  for (const id of from.workspaceIds()) {
    const workspace = await from.getWorkspace(id);
    if (!workspace) continue;
    const bundles: ScenarioBundle[] = [];
    for (const scenario of await from.listScenarios(id)) {
      const state = foldParts(partsOf(await from.load(scenario.id)));
      const kept = [];
      for (const version of await from.listVersions(scenario.id)) {
        const found = await from.getVersion(scenario.id, version.id);
        if (found) kept.push(found);
      }
      bundles.push({ scenario, state, versions: kept });
    }
    if (await to.importWorkspace(workspace, bundles)) {
      workspaces += 1;
      scenarios += bundles.length;
      versions += bundles.reduce((n, b) => n + b.versions.length, 0);
    } else {
      skipped += 1;
    }
  }
  return { workspaces, scenarios, versions, skipped };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error(`DATABASE_URL is needed: the PostgreSQL database to move into.\n\n${USAGE}`);
    return 2;
  }
  const dataDir = path.resolve(args.values.from ?? process.env.DATA_DIR ?? './data');
  if (!fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
    console.error(
      `There is no OrgCanvas data in ${dataDir} (no ${DATABASE_FILE}).\n该目录中没有 OrgCanvas 数据。`,
    );
    return 2;
  }
  let from: SqliteStore;
  try {
    from = SqliteStore.open(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(`${error.message}\n该数据目录正被另一台服务器使用，请先停止它。`);
      return 3;
    }
    throw error;
  }
  try {
    const to = await PostgresStore.open(url, createLogger('warn'));
    try {
      const moved = await moveSqliteToPostgres(from, to);
      console.log(
        `Moved ${moved.workspaces} workspaces, ${moved.scenarios} scenarios and ${moved.versions} versions ` +
          `from ${dataDir} into PostgreSQL` +
          (moved.skipped > 0 ? ` (${moved.skipped} workspaces were already there and were skipped).` : '.'),
      );
      console.log(
        `已迁移 ${moved.workspaces} 个工作区、${moved.scenarios} 个方案和 ${moved.versions} 个版本` +
          (moved.skipped > 0 ? `（${moved.skipped} 个工作区已存在，已跳过）。` : '。'),
      );
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Moving the data folder failed: ${(error as Error).message}. The workspace being moved was rolled back; ` +
        'run the command again to move the rest (moved workspaces are skipped).',
    );
    process.exit(1);
  },
);
