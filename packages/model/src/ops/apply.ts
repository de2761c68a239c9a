import type * as Y from 'yjs';
import { metaMap } from '../doc/schema.js';
import { writeDesign } from '../doc/writeDesign.js';
import type { ModelError, Result } from '../result.js';
import { applyAreaOperation } from './areas.js';
import { createContext } from './context.js';
import { applyListOperation } from './lists.js';
import { applyNoteOperation } from './notes.js';
import type { Operation, OperationOutcome } from './operations.js';
import type { TransactionOrigin } from './origin.js';
import { Refusal, checkLongText, checkShortText } from './refusals.js';
import { applyRoleOperation } from './roles.js';
import { applyUnitOperation } from './units.js';

/**
 * The only way a design changes. Runs the operation in one transaction with the caller's origin (so
 * an undo manager can undo one user's own changes) and returns a refusal as a value, with nothing
 * written, when the input is invalid.
 */
export function applyOperation(
  doc: Y.Doc,
  op: Operation,
  origin: TransactionOrigin,
): Result<OperationOutcome> {
  let outcome: OperationOutcome = {};
  try {
    doc.transact(() => {
      outcome = dispatch(doc, op, origin);
    }, origin);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    throw error;
  }
  return { ok: true, value: outcome };
}

function dispatch(doc: Y.Doc, op: Operation, origin: TransactionOrigin): OperationOutcome {
  switch (op.type) {
    case 'design.rename':
      metaMap(doc).set('name', checkShortText(op.name, 'name'));
      return {};
    case 'design.describe':
      metaMap(doc).set('description', checkLongText(op.description, 'description'));
      return {};
    case 'design.replace':
      writeDesign(doc, op.design, origin);
      return {};
  }
  const context = createContext(doc);
  if (op.type.startsWith('role.'))
    return applyRoleOperation(context, op as Extract<Operation, { type: `role.${string}` }>);
  if (op.type.startsWith('unit.'))
    return applyUnitOperation(context, op as Extract<Operation, { type: `unit.${string}` }>);
  if (op.type.startsWith('list.'))
    return applyListOperation(context, op as Extract<Operation, { type: `list.${string}` }>);
  if (op.type.startsWith('note.'))
    return applyNoteOperation(context, op as Extract<Operation, { type: `note.${string}` }>);
  return applyAreaOperation(context, op as Extract<Operation, { type: `area.${string}` | `item.${string}` }>);
}

/** The message of a refusal in the UI language. */
export function errorMessage(error: ModelError, locale: 'zh' | 'en'): string {
  return locale === 'zh' ? error.messageZh : error.message;
}
