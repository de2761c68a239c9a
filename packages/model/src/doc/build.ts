import * as Y from 'yjs';
import type { Collaborator, Pay, ResponsibilityArea, WorkItem } from '../types.js';
import { newId } from '../ids.js';
import { POSITION, initialKeys } from './ordered.js';
import type { ParentPointer } from './schema.js';

/**
 * Builders of the Y types that make up a unit, role, area and item. Long text becomes Y.Text so two
 * people typing into the same purpose or duty both keep their words.
 */
export function buildItem(item: WorkItem, key: string): Y.Map<unknown> {
  const node = new Y.Map<unknown>();
  node.set(POSITION, key);
  node.set('text', new Y.Text(item.text));
  node.set('cadence', item.cadence);
  node.set('time', item.time);
  node.set('recipient', item.recipient);
  return node;
}

export function buildArea(area: ResponsibilityArea, key: string): Y.Map<unknown> {
  const node = new Y.Map<unknown>();
  node.set(POSITION, key);
  node.set('title', area.title);
  const items = new Y.Map<unknown>();
  const keys = initialKeys(area.items.length);
  area.items.forEach((item, index) => items.set(item.id, buildItem(item, keys[index]!)));
  node.set('items', items);
  return node;
}

/** Areas as an ordered collection (see `ordered.ts`): area id -> area, its items item id -> item. */
export function buildAreas(areas: readonly ResponsibilityArea[]): Y.Map<unknown> {
  const collection = new Y.Map<unknown>();
  const keys = initialKeys(areas.length);
  areas.forEach((area, index) => collection.set(area.id, buildArea(area, keys[index]!)));
  return collection;
}

export function buildPay(pay: Pay): Y.Map<unknown> {
  const node = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(pay)) node.set(key, value);
  return node;
}

/** One entry of a list field: its value (a short text or a collaborator) and its position key. */
export function buildListEntry(value: string | Collaborator, key: string): Y.Map<unknown> {
  const node = new Y.Map<unknown>();
  node.set(POSITION, key);
  node.set('value', typeof value === 'string' ? value : { ...value });
  return node;
}

/**
 * A list field (external parties, additional duties, collaborators) as an ordered collection of
 * entries, so two people adding at once both keep their entry and a removal removes only its own.
 */
export function buildList(values: readonly (string | Collaborator)[]): Y.Map<unknown> {
  const collection = new Y.Map<unknown>();
  const keys = initialKeys(values.length);
  values.forEach((value, index) => collection.set(newId('e'), buildListEntry(value, keys[index]!)));
  return collection;
}

export function buildStringList(values: readonly string[]): Y.Map<unknown> {
  return buildList(values);
}

export function buildCollaborators(values: readonly Collaborator[]): Y.Map<unknown> {
  return buildList(values);
}

export function buildDottedLines(targets: readonly string[]): Y.Map<true> {
  const node = new Y.Map<true>();
  for (const target of targets) node.set(target, true);
  return node;
}

export function pointer(id: string | null, stamp: number, by: number): ParentPointer {
  return { id, stamp, by };
}
