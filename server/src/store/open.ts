import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/** The store the configuration names: SQLite in DATA_DIR (the default) or PostgreSQL at DATABASE_URL. */
export async function openStore(config: Config, log: Logger): Promise<Store> {
  if (config.store.kind === 'postgres') return PostgresStore.open(config.store.url, log);
  return SqliteStore.open(config.dataDir);
}
