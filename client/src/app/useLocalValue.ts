import { useCallback, useState } from 'react';

/** A string remembered in localStorage (the presence name, recent workspaces), tolerant of no storage. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // No storage: the value lives for this page only.
  }
}

export function useStoredString(key: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => readStored(key));
  const update = useCallback(
    (next: string | null) => {
      writeStored(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, update];
}
