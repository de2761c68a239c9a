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

/** A person's colour from a stable seed (their Yjs client id), so it is the same on every screen. */
export function colourFor(seed: number): string {
  return PEOPLE_COLOURS[Math.abs(Math.imul(seed, 2654435761) >>> 0) % PEOPLE_COLOURS.length]!;
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
