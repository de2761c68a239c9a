import { readStored, writeStored } from '../app/useLocalValue';

/** A stable id for this browser, used as the local transaction origin's user id. */
export function browserUserId(): string {
  const key = 'orgcanvas.userId';
  const known = readStored(key);
  if (known) return known;
  const created = `user-${Math.random().toString(36).slice(2, 10)}`;
  writeStored(key, created);
  return created;
}
