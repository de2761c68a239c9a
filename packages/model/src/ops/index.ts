export type {
  Operation,
  OperationType,
  OperationOutcome,
  Owner,
  RolePatch,
  UnitPatch,
  ItemPatch,
  NotePatch,
  ListEntryValue,
  ListFieldName,
} from './operations.js';
export { applyOperation, errorMessage } from './apply.js';
export { checkMove } from './roles.js';
export { type TransactionOrigin, type LocalOrigin, localOrigin, createUndoManager } from './origin.js';
