import * as Y from 'yjs';
import { CADENCES, type Cadence, type Collaborator, NOTE_KINDS, type NoteKind, type Pay } from '../types.js';
import { UNIT_KINDS, type UnitKind } from '../types.js';
import { isCalendarDate } from '../dates.js';

/**
 * Readers that accept whatever a buggy or hostile client wrote and return a valid value. Every
 * bound here matches a JSON v1 limit, so whatever `readDesign` returns also exports and re-imports.
 */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  listLength: 1_000,
  headcount: 100_000,
} as const;

export function readString(value: unknown, fallback = '', max: number = LIMITS.shortText): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Y.Text) text = value.toString();
  else return fallback;
  return text.length > max ? text.slice(0, max) : text;
}

export function readLongText(value: unknown): string {
  return readString(value, '', LIMITS.longText);
}

export function readNullableString(value: unknown, max: number = LIMITS.shortText): string | null {
  return typeof value === 'string' || value instanceof Y.Text ? readString(value, '', max) : null;
}

export function readNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** An amount or coefficient that cannot be negative: a negative one (never accepted) reads as not set. */
export function readAmount(value: unknown): number | null {
  const number = readNumber(value);
  return number !== null && number < 0 ? null : number;
}

/** A role's title or a unit's name; a blank one (never accepted since titles are required) reads as the id. */
export function readName(value: unknown, id: string): string {
  const name = readString(value);
  return name.trim() === '' ? id.slice(0, LIMITS.shortText) : name;
}

export function readBoolean(value: unknown): boolean {
  return value === true;
}

export function readHeadcount(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 1;
  return Math.min(LIMITS.headcount, Math.max(0, Math.round(value)));
}

export function readOrder(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function readCadence(value: unknown): Cadence | null {
  return (CADENCES as readonly unknown[]).includes(value) ? (value as Cadence) : null;
}

export function readUnitKind(value: unknown): UnitKind {
  return (UNIT_KINDS as readonly unknown[]).includes(value) ? (value as UnitKind) : 'department';
}

export function readNoteKind(value: unknown): NoteKind {
  return (NOTE_KINDS as readonly unknown[]).includes(value) ? (value as NoteKind) : 'other';
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export function readColour(value: unknown, fallback: string): string {
  return typeof value === 'string' && HEX_COLOUR.test(value) ? value.toLowerCase() : fallback;
}

export function readDate(value: unknown): string | null {
  return typeof value === 'string' && isCalendarDate(value) ? value : null;
}

/** Items of a Y.Array (or a plain array), capped; anything else reads as empty. */
export function readList(value: unknown): unknown[] {
  const list = value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? value : [];
  return list.length > LIMITS.listLength ? list.slice(0, LIMITS.listLength) : list;
}

export function readStringList(value: unknown): string[] {
  return readList(value)
    .map((entry) => readNullableString(entry))
    .filter((entry): entry is string => entry !== null && entry.trim() !== '');
}

export function readPay(value: unknown): Pay {
  const get = (key: string): unknown =>
    value instanceof Y.Map
      ? value.get(key)
      : value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined;
  return {
    base: readAmount(get('base')),
    position: readAmount(get('position')),
    standardPerformance: readAmount(get('standardPerformance')),
    personalCoefficient: readAmount(get('personalCoefficient')),
    bonusPenalty: readNumber(get('bonusPenalty')),
  };
}

/** A collaborator entry; references are checked against the design by the caller. */
export function readCollaborator(value: unknown): Collaborator | null {
  if (value instanceof Y.Map) value = value.toJSON();
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' && value.trim() !== ''
      ? { kind: 'text', text: readString(value) }
      : null;
  }
  const record = value as Record<string, unknown>;
  if ((record.kind === 'unit' || record.kind === 'role') && typeof record.id === 'string') {
    return { kind: record.kind, id: record.id };
  }
  if (record.kind === 'text' && typeof record.text === 'string' && record.text.trim() !== '') {
    return { kind: 'text', text: readString(record.text) };
  }
  return null;
}
