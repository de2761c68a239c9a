import * as Y from 'yjs';

/**
 * The Y.Doc layout of one scenario (documented in the package README). Only the typed operations
 * write it and only `readDesign` reads it; everything else sees plain `Design` values.
 *
 *   meta:  Y.Map  name, description, schema
 *   units: Y.Map<unitId, Y.Map>  name, parentId (ParentPointer), order, kind, color,
 *                                performanceCoefficient, notes (Y.Text), responsibilities (areas)
 *   roles: Y.Map<roleId, Y.Map>  title, unitId, reportsTo (ParentPointer), order, headcount, optional,
 *                                assistant, purpose (Y.Text), internalCollaborators (list),
 *                                externalParties (list), responsibilities (areas),
 *                                additionalDuties (list), workingTime, pay (Y.Map), noPay,
 *                                dottedLines (Y.Map<roleId, true>), notes (Y.Text)
 *   notes: Y.Map<noteId, Y.Map>  kind, title, text (Y.Text), date, order
 *   areas: Y.Map<areaId, Y.Map>  key, title, items: Y.Map<itemId, Y.Map> key, text (Y.Text), cadence,
 *                                time, recipient
 *   list:  Y.Map<entryId, Y.Map> key, value (a string, or a collaborator as a plain object)
 *
 * `key` is a fractional position (`ordered.ts`). Schema 1 held areas, items and lists in Y.Arrays;
 * `migrate.ts` converts them once, on the server.
 */
export const SCHEMA_VERSION = 2;

export const ROOT = {
  meta: 'meta',
  units: 'units',
  roles: 'roles',
  notes: 'notes',
} as const;

/**
 * A reporting line (or a unit's parent) as one atomic value, so concurrent moves of the same node
 * resolve to one whole winner. `stamp` is a Lamport clock over all moves in the doc and `by` the
 * writer's clientID: together they order moves when a cycle must be broken.
 */
export interface ParentPointer {
  readonly id: string | null;
  readonly stamp: number;
  readonly by: number;
}

export type YNode = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}

export function unitsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.units);
}

export function rolesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.roles);
}

export function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.notes);
}

/** The Y.Map of an entry, or undefined when missing or not a map (a hostile client may write anything). */
export function nodeOf(container: Y.Map<unknown>, id: string): YNode | undefined {
  const value = container.get(id);
  return value instanceof Y.Map ? (value as YNode) : undefined;
}

/** Reads a stored pointer tolerantly: a bare string (an older or foreign writer) counts as stamp 0. */
export function readPointer(value: unknown): ParentPointer {
  if (typeof value === 'string') return { id: value, stamp: 0, by: 0 };
  if (value !== null && typeof value === 'object' && !(value instanceof Y.AbstractType)) {
    const record = value as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : null;
    const stamp = typeof record.stamp === 'number' && Number.isFinite(record.stamp) ? record.stamp : 0;
    const by = typeof record.by === 'number' && Number.isFinite(record.by) ? record.by : 0;
    return { id, stamp, by };
  }
  return { id: null, stamp: 0, by: 0 };
}

/** The next Lamport stamp: one past every move this replica has seen. */
export function nextStamp(doc: Y.Doc): number {
  let cache = stampCaches.get(doc);
  if (cache === undefined) {
    const created: StampCache = { max: 0, stale: true };
    cache = created;
    stampCaches.set(doc, created);
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (created.stale) return;
      const seen = pointersWritten(doc, transaction, created.max);
      if (seen === null) created.stale = true;
      else created.max = Math.max(created.max, seen);
    });
  }
  if (cache.stale) {
    cache.max = scanStamps(doc);
    cache.stale = false;
  }
  // Inside a transaction, what it has written so far is noted only when it ends.
  const open = doc._transaction;
  if (open === null) return cache.max + 1;
  const seen = pointersWritten(doc, open, cache.max);
  return (seen === null ? scanStamps(doc) : Math.max(cache.max, seen)) + 1;
}

/**
 * The largest stamp of every reporting line and unit parent, kept per doc: scanning all of them on
 * each move made a move in a 10,000-role design cost a pass over every role. After each transaction
 * only what it wrote is read; when it removed a pointer that may have held the largest stamp, the next
 * call scans again, so the answer is always exactly what a full scan gives.
 */
interface StampCache {
  max: number;
  stale: boolean;
}

const stampCaches = new WeakMap<Y.Doc, StampCache>();

function scanStamps(doc: Y.Doc): number {
  let max = 0;
  const roles = rolesMap(doc);
  for (const container of [roles, unitsMap(doc)]) {
    const key = container === roles ? 'reportsTo' : 'parentId';
    container.forEach((node) => {
      if (node instanceof Y.Map) max = Math.max(max, readPointer(node.get(key)).stamp);
    });
  }
  return max;
}

/**
 * The largest stamp among the pointers `transaction` has written so far (0 when none), or null when it
 * removed one whose stamp reaches `max` (the largest may be gone: scan again).
 */
function pointersWritten(doc: Y.Doc, transaction: Y.Transaction, max: number): number | null {
  let removedMax = false;
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (!removedMax && struct instanceof Y.Item && pointerValue(doc, struct, true) !== undefined) {
      if (readPointer(pointerValue(doc, struct, true)).stamp >= max) removedMax = true;
    }
  });
  if (removedMax) return null;
  let written = 0;
  const store = doc.store;
  store.clients.forEach((structs, client) => {
    const from = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (last === undefined || last.id.clock + last.length <= from) return;
    for (let index = Y.findIndexSS(structs, from); index < structs.length; index++) {
      const struct = structs[index]!;
      if (!(struct instanceof Y.Item) || struct.deleted) continue;
      const value = pointerValue(doc, struct, false);
      if (value !== undefined) written = Math.max(written, readPointer(value).stamp);
    }
  });
  return written;
}

/** The value an item holds when it is a role's `reportsTo` or a unit's `parentId`; undefined otherwise. */
function pointerValue(doc: Y.Doc, item: Y.Item, removed: boolean): unknown {
  const key = item.parentSub;
  if (key !== 'reportsTo' && key !== 'parentId') return undefined;
  const node = item.parent;
  if (!(node instanceof Y.Map) || node._item === null) return undefined;
  // A removed pointer counts when its node was one, whether or not the node went with it.
  if (!removed && node._item.deleted) return undefined;
  const container = node._item.parent;
  if (container !== (key === 'reportsTo' ? rolesMap(doc) : unitsMap(doc))) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
}
