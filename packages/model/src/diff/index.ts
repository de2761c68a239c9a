export { diff } from './diff.js';
export { applyChanges, type Selection, type Applied } from './apply.js';
export type {
  Change,
  ChangeKind,
  DesignDiff,
  DetailChange,
  DutyChange,
  NoteChange,
  PayState,
  RoleChange,
  RoleDetail,
  RoleStatus,
  RoleSummary,
  UnitChange,
  UnitDetail,
} from './types.js';
