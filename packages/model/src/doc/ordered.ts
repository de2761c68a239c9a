import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * An ordered collection that concurrent edits cannot corrupt: a `Y.Map` from a stable entry id to the
 * entry's `Y.Map`, whose `key` field is a fractional index (a string that sorts between its
 * neighbours'). Reading sorts by key, then by id, so equal keys (two people inserting at the same
 * place at once) still give one order on every replica. Moving an entry writes only its key, a plain
 * map value: Yjs keeps no growing history for it, a concurrent edit of the entry's other fields
 * survives, and two concurrent moves leave the entry once, where the later write put it.
 */
export const POSITION = 'key';

/** Keys are short in practice; anything longer or not a string is a hostile write and sorts first. */
const MAX_KEY_LENGTH = 200;

export interface OrderedEntry {
  readonly id: string;
  readonly key: string;
  readonly node: Y.Map<unknown>;
}

export function readKey(value: unknown): string {
  return typeof value === 'string' && value.length <= MAX_KEY_LENGTH ? value : '';
}

export function compareEntries(a: { id: string; key: string }, b: { id: string; key: string }): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The entries of an ordered collection in their one order; values that are not maps are skipped. */
export function orderedEntries(collection: Y.Map<unknown>): OrderedEntry[] {
  const entries: OrderedEntry[] = [];
  collection.forEach((value, id) => {
    if (value instanceof Y.Map && id.length > 0 && id.length <= 200) {
      const node = value as Y.Map<unknown>;
      entries.push({ id, key: readKey(node.get(POSITION)), node });
    }
  });
  return entries.sort(compareEntries);
}

/** `count` keys in ascending order for a fresh collection (building one, or migrating an old array). */
export function initialKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/**
 * The key that places an entry at `index` among `siblings` (in order, the entry itself left out).
 * When the neighbours' keys leave no room (equal keys from concurrent inserts, or a hostile value),
 * the run of entries in the way gets fresh keys too, so the new entry lands exactly where asked.
 */
export function keyAt(siblings: readonly OrderedEntry[], index: number | undefined): string {
  const at = clampIndex(index, siblings.length);
  const before = at > 0 ? siblings[at - 1]!.key : null;
  const after = at < siblings.length ? siblings[at]!.key : null;
  try {
    return generateKeyBetween(before, after);
  } catch {
    return rekeyFrom(siblings, at, before);
  }
}

function rekeyFrom(siblings: readonly OrderedEntry[], at: number, before: string | null): string {
  if (before !== null && isUsable(before)) {
    let end = at;
    while (end < siblings.length && !(siblings[end]!.key > before && isUsable(siblings[end]!.key))) end++;
    const upper = end < siblings.length ? siblings[end]!.key : null;
    try {
      const keys = generateNKeysBetween(before, upper, end - at + 1);
      for (let offset = 0; offset < end - at; offset++)
        siblings[at + offset]!.node.set(POSITION, keys[offset + 1]!);
      return keys[0]!;
    } catch {
      // fall through: renumber the whole list
    }
  }
  const keys = initialKeys(siblings.length + 1);
  siblings.forEach((entry, position) =>
    entry.node.set(POSITION, keys[position < at ? position : position + 1]!),
  );
  return keys[at]!;
}

function isUsable(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** A list position from a caller: missing or not a number means the end. */
export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.max(0, Math.min(Math.trunc(index), length));
}
