import * as Y from 'yjs';
import type { Collaborator, Pay, ResponsibilityArea, WorkItem } from '../types.js';
import type { ParentPointer } from './schema.js';

/**
 * Builders of the Y types that make up a unit, role, area and item. Long text becomes Y.Text so two
 * people typing into the same purpose or duty both keep their words.
 */
export function buildItem(item: WorkItem): Y.Map<unknown> {
  const node = new Y.Map<unknown>();
  node.set('id', item.id);
  node.set('text', new Y.Text(item.text));
  node.set('cadence', item.cadence);
  node.set('time', item.time);
  node.set('recipient', item.recipient);
  return node;
}

export function buildArea(area: ResponsibilityArea): Y.Map<unknown> {
  const node = new Y.Map<unknown>();
  node.set('id', area.id);
  node.set('title', area.title);
  const items = new Y.Array<Y.Map<unknown>>();
  items.push(area.items.map(buildItem));
  node.set('items', items);
  return node;
}

export function buildAreas(areas: readonly ResponsibilityArea[]): Y.Array<Y.Map<unknown>> {
  const list = new Y.Array<Y.Map<unknown>>();
  list.push(areas.map(buildArea));
  return list;
}

export function buildPay(pay: Pay): Y.Map<unknown> {
  const node = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(pay)) node.set(key, value);
  return node;
}

export function buildStringList(values: readonly string[]): Y.Array<string> {
  const list = new Y.Array<string>();
  list.push([...values]);
  return list;
}

export function buildCollaborators(values: readonly Collaborator[]): Y.Array<Collaborator> {
  const list = new Y.Array<Collaborator>();
  list.push(values.map((value) => ({ ...value })));
  return list;
}

export function buildDottedLines(targets: readonly string[]): Y.Map<true> {
  const node = new Y.Map<true>();
  for (const target of targets) node.set(target, true);
  return node;
}

export function pointer(id: string | null, stamp: number, by: number): ParentPointer {
  return { id, stamp, by };
}
