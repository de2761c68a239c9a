export { useConflictNotices } from './useConflictNotices';
export { detectConflicts, type ConflictNotice } from './detect';
export { OverwriteNotices } from './OverwriteNotices';
