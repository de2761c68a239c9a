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
export { checkUnitMove } from './units.js';
export {
  type TransactionOrigin,
  type LocalOrigin,
  type ServerReason,
  localOrigin,
  remoteOrigin,
  serverOrigin,
  createUndoManager,
} from './origin.js';
