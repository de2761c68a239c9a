import * as Y from 'yjs';
import { readCollaboratorList, readLegacyAreas, readTextList } from '../read/lists.js';
import { buildAreas, buildList } from './build.js';
import { SCHEMA_VERSION, metaMap, rolesMap, unitsMap } from './schema.js';

/**
 * Schema 1 kept responsibility areas, work items and the list fields in Y.Arrays, where a move was a
 * delete plus a copy and a list was rewritten whole. Schema 2 keeps them as ordered collections
 * (`ordered.ts`). The server migrates each document once, when it loads it, before anyone syncs; the
 * readers still understand schema 1, so a document is never shown wrong, only written in the new way.
 */
export const LIST_FIELDS = ['externalParties', 'additionalDuties', 'internalCollaborators'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/**
 * Migrates a whole doc in one transaction. Returns whether it wrote anything: an up-to-date doc, or
 * an empty one (a scenario not yet filled), is left alone, so loading never grows the history.
 */
export function migrateDoc(doc: Y.Doc, origin: unknown): boolean {
  if (!needsMigration(doc)) return false;
  doc.transact(() => {
    unitsMap(doc).forEach((node, id) => {
      if (node instanceof Y.Map) migrateAreas(node as Y.Map<unknown>, id);
    });
    rolesMap(doc).forEach((node, id) => {
      if (!(node instanceof Y.Map)) return;
      const role = node as Y.Map<unknown>;
      migrateAreas(role, id);
      for (const field of LIST_FIELDS) migrateList(role, field);
    });
    metaMap(doc).set('schema', SCHEMA_VERSION);
  }, origin);
  return true;
}

export function needsMigration(doc: Y.Doc): boolean {
  const stale = (node: unknown, fields: readonly string[]) =>
    node instanceof Y.Map && fields.some((field) => isLegacy((node as Y.Map<unknown>).get(field)));
  let found = false;
  unitsMap(doc).forEach((node) => {
    found ||= stale(node, ['responsibilities']);
  });
  rolesMap(doc).forEach((node) => {
    found ||= stale(node, ['responsibilities', ...LIST_FIELDS]);
  });
  const schema = metaMap(doc).get('schema');
  return found || (typeof schema === 'number' && schema < SCHEMA_VERSION);
}

function isLegacy(value: unknown): boolean {
  return value instanceof Y.Array || Array.isArray(value);
}

/** The owner's areas as an ordered collection, converting (ids and order kept) whatever was there. */
export function migrateAreas(owner: Y.Map<unknown>, ownerId: string): Y.Map<unknown> {
  const value = owner.get('responsibilities');
  if (value instanceof Y.Map) return value as Y.Map<unknown>;
  const collection = buildAreas(readLegacyAreas(value, ownerId));
  owner.set('responsibilities', collection);
  return collection;
}

/** A role's list field as an ordered collection of entries, converting an old array in its order. */
export function migrateList(role: Y.Map<unknown>, field: ListField): Y.Map<unknown> {
  const value = role.get(field);
  if (value instanceof Y.Map) return value as Y.Map<unknown>;
  const values = field === 'internalCollaborators' ? readCollaboratorList(value) : readTextList(value);
  const collection = buildList(values);
  role.set(field, collection);
  return collection;
}
