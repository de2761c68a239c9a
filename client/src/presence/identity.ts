import { readStored, writeStored } from '../app/useLocalValue';

const NAME_KEY = 'orgcanvas.name';

/** Colours for people, apart from the unit palette so a person's outline never reads as a unit. */
export const PEOPLE_COLOURS = [
  '#d6336c',
  '#7048e8',
  '#1c7ed6',
  '#0ca678',
  '#f08c00',
  '#e8590c',
  '#ae3ec9',
  '#2f9e44',
  '#1098ad',
  '#c92a2a',
] as const;

/**
 * A person's colour from their persisted user id (`browserUserId`), so it stays the same across
 * reloads and on every screen (the colour is published with the name). FNV-1a spreads similar ids.
 */
export function colourFor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < userId.length; index += 1) {
    hash ^= userId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return PEOPLE_COLOURS[(hash >>> 0) % PEOPLE_COLOURS.length]!;
}

/** The name to use: a `name` link parameter wins and is remembered; else the remembered one. */
export function resolveName(preset: string | null): string | null {
  const fromLink = preset?.trim().slice(0, 60);
  if (fromLink) {
    writeStored(NAME_KEY, fromLink);
    return fromLink;
  }
  const saved = readStored(NAME_KEY)?.trim();
  return saved ? saved : null;
}

export function rememberName(name: string): string {
  const trimmed = name.trim().slice(0, 60);
  writeStored(NAME_KEY, trimmed);
  return trimmed;
}
