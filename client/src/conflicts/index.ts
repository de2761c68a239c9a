export { useConflictNotices } from './useConflictNotices';
export { detectConflicts, type ConflictNotice } from './detect';
