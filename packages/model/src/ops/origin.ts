import * as Y from 'yjs';
import { metaMap, notesMap, rolesMap, unitsMap } from '../doc/schema.js';

/**
 * Where a change came from, as a tagged union, so undo, persistence and logging each know it.
 * Y.UndoManager matches origins by identity: an editor session creates ONE local origin and passes
 * that same object to every operation and to its undo manager.
 */
export type TransactionOrigin =
  | { readonly kind: 'local'; readonly userId: string }
  | { readonly kind: 'remote'; readonly connectionId: string }
  | {
      readonly kind: 'server';
      readonly reason: 'template' | 'import' | 'fork' | 'restore' | 'repair' | 'migrate';
    };

export type LocalOrigin = Extract<TransactionOrigin, { kind: 'local' }>;

export function localOrigin(userId: string): LocalOrigin {
  return { kind: 'local', userId };
}

/** An undo manager that undoes and redoes only this origin's changes, never other people's. */
export function createUndoManager(doc: Y.Doc, origin: LocalOrigin): Y.UndoManager {
  return new Y.UndoManager([metaMap(doc), unitsMap(doc), rolesMap(doc), notesMap(doc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 400,
  });
}
