export type * from './types.js';
export { SqliteStore, DATABASE_FILE } from './sqlite.js';
export { PostgresStore } from './postgres.js';
export { openStore } from './open.js';
export { foldParts, partsOf } from './fold.js';
export { DataDirInUseError, LOCK_FILE } from './lock.js';
