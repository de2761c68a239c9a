import type * as Y from 'yjs';
import { nodeOf, notesMap, rolesMap, unitsMap } from '../doc/schema.js';
import type { Design } from '../types.js';
import { readDesign } from '../read/readDesign.js';
import { refuse, refusals } from './refusals.js';

/** What an operation handler works with: the doc's containers and the design as it was before the change. */
export interface OpContext {
  readonly doc: Y.Doc;
  readonly design: Design;
  readonly roles: Y.Map<unknown>;
  readonly units: Y.Map<unknown>;
  readonly notes: Y.Map<unknown>;
}

export function createContext(doc: Y.Doc): OpContext {
  return { doc, design: readDesign(doc), roles: rolesMap(doc), units: unitsMap(doc), notes: notesMap(doc) };
}

export function roleNode(context: OpContext, id: string, path = 'id'): Y.Map<unknown> {
  return nodeOf(context.roles, id) ?? refuse(refusals.unknownRole(id, path));
}

export function unitNode(context: OpContext, id: string, path = 'id'): Y.Map<unknown> {
  return nodeOf(context.units, id) ?? refuse(refusals.unknownUnit(id, path));
}

/** The Y.Maps of a parent's children in the user's order, leaving out `exclude` (the node being placed). */
export function siblingNodes(
  container: Y.Map<unknown>,
  list: readonly { readonly id: string }[],
  parentOf: (entry: { readonly id: string }) => string | null,
  parentId: string | null,
  exclude: string | null,
): Y.Map<unknown>[] {
  return list
    .filter((entry) => entry.id !== exclude && parentOf(entry) === parentId)
    .map((entry) => nodeOf(container, entry.id))
    .filter((node): node is Y.Map<unknown> => node !== undefined);
}
