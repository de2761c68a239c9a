export type * from './types.js';
export { SqliteStore, DATABASE_FILE } from './sqlite.js';
export { DataDirInUseError, LOCK_FILE } from './lock.js';
