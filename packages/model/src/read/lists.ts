import * as Y from 'yjs';
import { orderedEntries } from '../doc/ordered.js';
import type { Collaborator, ResponsibilityArea, WorkItem } from '../types.js';
import {
  LIMITS,
  readCadence,
  readCollaborator,
  readList,
  readLongText,
  readNullableString,
  readString,
  readStringList,
} from './tolerant.js';

/**
 * Readers of the ordered parts of a unit or role: responsibility areas with their items, and the list
 * fields. They read today's shape (ordered collections, `doc/ordered.ts`) and, until the server has
 * migrated a document, the shape of schema 1 (Y.Arrays), so nothing written before is ever hidden.
 */
export function readAreas(value: unknown, ownerId: string): ResponsibilityArea[] {
  if (value instanceof Y.Map) {
    return capped(orderedEntries(value as Y.Map<unknown>)).map(({ id, node }) => ({
      id,
      title: readString(node.get('title')),
      items: readItems(node.get('items')),
    }));
  }
  return readLegacyAreas(value, ownerId);
}

function readItems(value: unknown): WorkItem[] {
  if (!(value instanceof Y.Map)) return [];
  return capped(orderedEntries(value as Y.Map<unknown>)).map(({ id, node }) => readItem(id, node));
}

function readItem(id: string, node: Y.Map<unknown>): WorkItem {
  return {
    id,
    text: readLongText(node.get('text')),
    cadence: readCadence(node.get('cadence')),
    time: readNullableString(node.get('time')),
    recipient: readNullableString(node.get('recipient')),
  };
}

/** A text list field (external parties, additional duties); blank entries read as absent. */
export function readTextList(value: unknown): string[] {
  if (!(value instanceof Y.Map)) return readStringList(value);
  const texts = entryValues(value as Y.Map<unknown>).map((entry) => readNullableString(entry));
  return capped(texts.filter((entry): entry is string => entry !== null && entry.trim() !== ''));
}

export function readCollaboratorList(value: unknown): Collaborator[] {
  const values = value instanceof Y.Map ? entryValues(value as Y.Map<unknown>) : readList(value);
  return capped(values.map(readCollaborator).filter((entry) => entry !== null));
}

function entryValues(collection: Y.Map<unknown>): unknown[] {
  return orderedEntries(collection).map(({ node }) => node.get('value'));
}

function capped<T>(list: T[]): T[] {
  return list.length > LIMITS.listLength ? list.slice(0, LIMITS.listLength) : list;
}

/**
 * Schema 1: areas and items kept their array order; a missing or repeated id got a stable one from its
 * place. The migration uses this same reader, so every id the read model showed survives it.
 */
export function readLegacyAreas(value: unknown, ownerId: string): ResponsibilityArea[] {
  const seenAreas = new Set<string>();
  return readList(value).flatMap((areaValue, areaIndex) => {
    if (!(areaValue instanceof Y.Map)) return [];
    const areaId = uniqueId(areaValue.get('id'), `${ownerId}.a${areaIndex}`, seenAreas);
    const seenItems = new Set<string>();
    const items = readList(areaValue.get('items')).flatMap((itemValue, itemIndex): WorkItem[] => {
      if (!(itemValue instanceof Y.Map)) return [];
      const itemId = uniqueId(itemValue.get('id'), `${areaId}.i${itemIndex}`, seenItems);
      return [readItem(itemId, itemValue as Y.Map<unknown>)];
    });
    return [{ id: areaId, title: readString(areaValue.get('title')), items }];
  });
}

function uniqueId(value: unknown, fallback: string, seen: Set<string>): string {
  let id = typeof value === 'string' && value !== '' && value.length <= 200 ? value : fallback;
  while (seen.has(id)) id = `${id}~`;
  seen.add(id);
  return id;
}
