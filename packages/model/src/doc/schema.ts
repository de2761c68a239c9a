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
  let max = 0;
  for (const container of [rolesMap(doc), unitsMap(doc)]) {
    const key = container === rolesMap(doc) ? 'reportsTo' : 'parentId';
    container.forEach((node) => {
      if (node instanceof Y.Map) max = Math.max(max, readPointer(node.get(key)).stamp);
    });
  }
  return max + 1;
}
