import fs from 'node:fs';
import path from 'node:path';

/**
 * One server per DATA_DIR. The lock itself is SQLite's exclusive locking mode: the operating system holds
 * it for as long as the process lives and drops it when the process dies, even by kill -9, so a lock is
 * never stale. Beside it, a lock file names the owner's pid so a refused second server can say who holds
 * the folder.
 */
export const LOCK_FILE = 'orgcanvas.lock';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another OrgCanvas server` +
        (pid !== null ? ` (pid ${pid})` : '') +
        '. Stop that server first, or start this one with another DATA_DIR.',
    );
    this.name = 'DataDirInUseError';
  }
}

export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Records this process as the holder; the returned function removes the record if it is still ours. */
export function writeLockFile(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  fs.writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (lockHolder(dataDir) !== process.pid) return;
    try {
      fs.unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
}
