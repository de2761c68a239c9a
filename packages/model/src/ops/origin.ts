import * as Y from 'yjs';
import { metaMap, notesMap, rolesMap, unitsMap } from '../doc/schema.js';

/**
 * Where a change came from, as a tagged union, so undo, persistence and logging each know it.
 * Y.UndoManager matches origins by identity: an editor session creates ONE local origin and passes
 * that same object to every operation and to its undo manager.
 *
 * - `local`: this user's edits in the editor (undoable by that user only);
 * - `remote`: an update a client sent, as the server applies it (which socket it came from);
 * * - `server`: what the server writes or reads itself: a template or imported file written into a new
 *   scenario, the stored updates loaded into a room, the one-time migration of an older document, or
 *   an update another server process stored and carried over (`fanout`).
 */
export type TransactionOrigin =
  | { readonly kind: 'local'; readonly userId: string }
  | { readonly kind: 'remote'; readonly connectionId: string }
  | { readonly kind: 'server'; readonly reason: ServerReason };

export type ServerReason = 'template' | 'import' | 'load' | 'migrate' | 'fanout';

export type LocalOrigin = Extract<TransactionOrigin, { kind: 'local' }>;

export function localOrigin(userId: string): LocalOrigin {
  return { kind: 'local', userId };
}

export function remoteOrigin(connectionId: string): TransactionOrigin {
  return { kind: 'remote', connectionId };
}

export function serverOrigin(reason: ServerReason): TransactionOrigin {
  return { kind: 'server', reason };
}

/** An undo manager that undoes and redoes only this origin's changes, never other people's. */
export function createUndoManager(doc: Y.Doc, origin: LocalOrigin): Y.UndoManager {
  return new Y.UndoManager([metaMap(doc), unitsMap(doc), rolesMap(doc), notesMap(doc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 400,
  });
}
