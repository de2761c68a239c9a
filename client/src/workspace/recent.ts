import { readStored, writeStored } from '../app/useLocalValue';

/** Workspaces this browser created or opened, with the tokens it knows, for the start page and share links. */
export interface RecentWorkspace {
  readonly id: string;
  readonly name: string;
  readonly editToken?: string;
  readonly viewToken?: string;
  readonly openedAt: number;
}

const KEY = 'orgcanvas.workspaces';

export function recentWorkspaces(): RecentWorkspace[] {
  try {
    const parsed = JSON.parse(readStored(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed)
      ? (parsed as RecentWorkspace[]).filter((entry) => typeof entry?.id === 'string')
      : [];
  } catch {
    return [];
  }
}

export function rememberWorkspace(entry: Omit<RecentWorkspace, 'openedAt'>): void {
  const recent = recentWorkspaces();
  const previous = recent.find((known) => known.id === entry.id);
  const merged: RecentWorkspace = {
    ...previous,
    ...Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)),
    id: entry.id,
    name: entry.name,
    openedAt: Date.now(),
  };
  const rest = recent.filter((known) => known.id !== entry.id);
  writeStored(KEY, JSON.stringify([merged, ...rest].slice(0, 12)));
}

export function knownWorkspace(id: string): RecentWorkspace | undefined {
  return recentWorkspaces().find((entry) => entry.id === id);
}
