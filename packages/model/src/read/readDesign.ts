import * as Y from 'yjs';
import { metaMap, notesMap, readPointer, rolesMap, unitsMap } from '../doc/schema.js';
import type { Design } from '../types.js';
import { unitColour } from '../palette.js';
import { Assembler, type RawDesign, type RawRole, type RawUnit, assembleDesign } from './assemble.js';
import { readAreas, readCollaboratorList, readTextList } from './lists.js';
import type { RoleChanges } from './roleStructure.js';
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
  /** The sorted entries of each container, until a key of it is added, replaced or removed. */
  readonly sorted: Map<object, [string, Y.Map<unknown>][]>;
  /** Shares every unchanged role and unit with the previous read. */
  readonly assembler: Assembler;
  /** The last raw read, with its roles' entries in id order. */
  last: { readonly raw: RawDesign; readonly entries: [string, Y.Map<unknown>][] } | null;
  /** Since the last read: roles changed inside, and role keys added, replaced or removed. */
  changedRoles: Set<string>;
  changedKeys: Set<string>;
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
    const { raw, changes } = readRawSince(doc, memo);
    memo.design = memo.assembler.assemble(raw, changes);
    memo.dirty = false;
  }
  return memo.design;
}

function memoOf(doc: Y.Doc): Memo {
  const existing = memos.get(doc);
  if (existing) return existing;
  const memo: Memo = {
    dirty: true,
    design: null,
    entries: new WeakMap(),
    sorted: new Map(),
    assembler: new Assembler(),
    last: null,
    changedRoles: new Set(),
    changedKeys: new Set(),
  };
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
    memo.dirty = true;
    const roles = rolesMap(doc);
    for (const type of transaction.changed.keys()) {
      memo.sorted.delete(type);
      if ((type as object) === roles) {
        for (const key of transaction.changed.get(type) ?? []) if (key !== null) memo.changedKeys.add(key);
      } else {
        const id = roleKeyOf(type, roles);
        if (id !== null) memo.changedRoles.add(id);
      }
      // Drop the changed type and every ancestor: the entry cached is the unit, role or note map.
      for (let current: object | null = type; current !== null; current = parentType(current)) {
        memo.entries.delete(current);
      }
    }
  });
  memos.set(doc, memo);
  return memo;
}

/** The key of the role a changed type belongs to, or null for a change outside the roles. */
function roleKeyOf(type: object, roles: Y.Map<unknown>): string | null {
  for (let current: object | null = type; current !== null;) {
    const item = (current as { _item?: Y.Item | null })._item;
    const parent = parentType(current);
    if (parent === roles) return typeof item?.parentSub === 'string' ? item.parentSub : null;
    current = parent;
  }
  return null;
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

/**
 * The raw design and what changed in its roles since the last read: only the roles changed since are
 * read again, every other role is the very object read last time.
 */
function readRawSince(doc: Y.Doc, memo: Memo): { raw: RawDesign; changes: RoleChanges | undefined } {
  const last = memo.last;
  const changedRoles = memo.changedRoles;
  const changedKeys = memo.changedKeys;
  memo.changedRoles = new Set();
  memo.changedKeys = new Set();
  if (last === null) {
    const raw = readRaw(doc, memo, true);
    memo.last = { raw, entries: [...memo.sorted.get(rolesMap(doc))!] };
    return { raw, changes: undefined };
  }
  const container = rolesMap(doc);
  const entries = last.entries;
  const roles = last.raw.roles.slice();
  const updated: RawRole[] = [];
  const added: RawRole[] = [];
  const removed: string[] = [];
  for (const key of changedKeys) {
    const at = findEntry(entries, key);
    const found = at < entries.length && entries[at]![0] === key;
    const value = container.get(key);
    const usable = value instanceof Y.Map && key.length > 0 && key.length <= 200;
    if (usable) {
      const node = value as Y.Map<unknown>;
      const role = cached(memo.entries, node, () => readRole(key, node));
      if (found) {
        entries[at] = [key, node];
        roles[at] = role;
        updated.push(role);
      } else {
        entries.splice(at, 0, [key, node]);
        roles.splice(at, 0, role);
        added.push(role);
      }
    } else if (found) {
      entries.splice(at, 1);
      roles.splice(at, 1);
      removed.push(key);
    }
  }
  for (const id of changedRoles) {
    if (changedKeys.has(id)) continue;
    const at = findEntry(entries, id);
    if (at >= entries.length || entries[at]![0] !== id) continue;
    const node = entries[at]![1];
    const role = cached(memo.entries, node, () => readRole(id, node));
    roles[at] = role;
    updated.push(role);
  }
  const raw = { ...readRaw(doc, memo, false), roles };
  memo.last = { raw, entries };
  return { raw, changes: { updated, added, removed } };
}

/** Where `key` is, or would go, in entries sorted by key. */
function findEntry(entries: readonly [string, unknown][], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]![0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function readRaw(doc: Y.Doc, memo: Memo | null, withRoles = true): RawDesign {
  const meta = metaMap(doc);
  const entries = memo?.entries ?? null;
  const sorted = (container: Y.Map<unknown>): [string, Y.Map<unknown>][] => {
    if (memo === null) return sortedEntries(container);
    let list = memo.sorted.get(container);
    if (!list) {
      list = sortedEntries(container);
      memo.sorted.set(container, list);
    }
    return list;
  };
  const units: RawUnit[] = [];
  for (const [id, node] of sorted(unitsMap(doc))) {
    units.push(cached(entries, node, () => readUnit(id, node)));
  }
  const roles: RawRole[] = [];
  if (withRoles) {
    for (const [id, node] of sorted(rolesMap(doc))) {
      roles.push(cached(entries, node, () => readRole(id, node)));
    }
  }
  const notes: RawDesign['notes'][number][] = [];
  for (const [id, node] of sorted(notesMap(doc))) {
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
