import * as Y from 'yjs';
import { metaMap, notesMap, readPointer, rolesMap, unitsMap } from '../doc/schema.js';
import type { Design } from '../types.js';
import { unitColour } from '../palette.js';
import { type RawDesign, type RawRole, type RawUnit, assembleDesign } from './assemble.js';
import { readAreas, readCollaboratorList, readTextList } from './lists.js';
import {
  readBoolean,
  readColour,
  readDate,
  readHeadcount,
  readLongText,
  readNoteKind,
  readNullableString,
  readAmount,
  readName,
  readOrder,
  readPay,
  readString,
  readUnitKind,
} from './tolerant.js';

interface Memo {
  dirty: boolean;
  design: Design | null;
  /** Each unit, role and note as last read, until a change inside it drops the entry. */
  readonly entries: WeakMap<object, unknown>;
}

const memos = new WeakMap<Y.Doc, Memo>();

/**
 * The one derived read model of a scenario. Never throws, whatever the doc holds; always a forest of
 * units and of roles; loses no role. Memoised: an unchanged doc returns the very same object, so
 * consumers can compare by identity, and after an edit only the changed units and roles are read again.
 */
export function readDesign(doc: Y.Doc): Design {
  const memo = memoOf(doc);
  const transaction = doc._transaction;
  // Inside a transaction that already wrote something, the memo is stale until the transaction ends.
  if (transaction !== null && (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0)) {
    return assembleDesign(readRaw(doc, null));
  }
  if (memo.dirty || !memo.design) {
    memo.design = assembleDesign(readRaw(doc, memo.entries));
    memo.dirty = false;
  }
  return memo.design;
}

function memoOf(doc: Y.Doc): Memo {
  const existing = memos.get(doc);
  if (existing) return existing;
  const memo: Memo = { dirty: true, design: null, entries: new WeakMap() };
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
    memo.dirty = true;
    for (const type of transaction.changed.keys()) {
      // Drop the changed type and every ancestor: the entry cached is the unit, role or note map.
      for (let current: object | null = type; current !== null; current = parentType(current)) {
        memo.entries.delete(current);
      }
    }
  });
  memos.set(doc, memo);
  return memo;
}

function parentType(type: object): object | null {
  const parent = (type as { _item?: Y.Item | null })._item?.parent;
  return parent instanceof Y.AbstractType ? parent : null;
}

function cached<T>(entries: WeakMap<object, unknown> | null, node: Y.Map<unknown>, read: () => T): T {
  if (entries === null) return read();
  const hit = entries.get(node);
  if (hit !== undefined) return hit as T;
  const value = read();
  entries.set(node, value);
  return value;
}

function readRaw(doc: Y.Doc, entries: WeakMap<object, unknown> | null): RawDesign {
  const meta = metaMap(doc);
  const units: RawUnit[] = [];
  for (const [id, node] of sortedEntries(unitsMap(doc))) {
    units.push(cached(entries, node, () => readUnit(id, node)));
  }
  const roles: RawRole[] = [];
  for (const [id, node] of sortedEntries(rolesMap(doc))) {
    roles.push(cached(entries, node, () => readRole(id, node)));
  }
  const notes: RawDesign['notes'][number][] = [];
  for (const [id, node] of sortedEntries(notesMap(doc))) {
    notes.push(cached(entries, node, () => readNote(id, node)));
  }
  return {
    name: readString(meta.get('name')),
    description: readLongText(meta.get('description')),
    units,
    roles,
    notes,
  };
}

function readUnit(id: string, node: Y.Map<unknown>): RawUnit {
  const pointer = readPointer(node.get('parentId'));
  return {
    id,
    name: readName(node.get('name'), id),
    parentId: pointer.id,
    stamp: pointer.stamp,
    by: pointer.by,
    order: readOrder(node.get('order')),
    kind: readUnitKind(node.get('kind')),
    color: readColour(node.get('color'), unitColour(hash(id))),
    responsibilities: readAreas(node.get('responsibilities'), id),
    performanceCoefficient: readAmount(node.get('performanceCoefficient')),
    notes: readLongText(node.get('notes')),
  };
}

function readRole(id: string, node: Y.Map<unknown>): RawRole {
  const pointer = readPointer(node.get('reportsTo'));
  const dotted = node.get('dottedLines');
  return {
    id,
    title: readName(node.get('title'), id),
    unitId: readNullableString(node.get('unitId')),
    reportsTo: pointer.id,
    stamp: pointer.stamp,
    by: pointer.by,
    order: readOrder(node.get('order')),
    headcount: readHeadcount(node.get('headcount')),
    optional: readBoolean(node.get('optional')),
    assistant: readBoolean(node.get('assistant')),
    purpose: readLongText(node.get('purpose')),
    internalCollaborators: readCollaboratorList(node.get('internalCollaborators')),
    externalParties: readTextList(node.get('externalParties')),
    responsibilities: readAreas(node.get('responsibilities'), id),
    additionalDuties: readTextList(node.get('additionalDuties')),
    workingTime: readString(node.get('workingTime')),
    pay: readPay(node.get('pay')),
    noPay: readBoolean(node.get('noPay')),
    dottedLines: dotted instanceof Y.Map ? [...dotted.keys()].sort() : [],
    notes: readLongText(node.get('notes')),
  };
}

function readNote(id: string, node: Y.Map<unknown>): RawDesign['notes'][number] {
  return {
    id,
    kind: readNoteKind(node.get('kind')),
    title: readString(node.get('title')),
    text: readLongText(node.get('text')),
    date: readDate(node.get('date')),
    order: readOrder(node.get('order')),
  };
}

/** A unit without a valid colour gets one from its id, so it keeps it whatever else changes. */
function hash(text: string): number {
  let value = 0;
  for (let index = 0; index < text.length; index++) value = (value * 31 + text.charCodeAt(index)) | 0;
  return Math.abs(value);
}

/**
 * Entries that are maps under a usable id (1 to 200 characters, as JSON v1 requires), in id order:
 * Y.Map iteration order differs between replicas. Only a hostile writer can make anything else.
 */
function sortedEntries(container: Y.Map<unknown>): [string, Y.Map<unknown>][] {
  const entries: [string, Y.Map<unknown>][] = [];
  container.forEach((value, key) => {
    if (value instanceof Y.Map && key.length > 0 && key.length <= 200)
      entries.push([key, value as Y.Map<unknown>]);
  });
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
