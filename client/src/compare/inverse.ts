import type { Change } from '@orgcanvas/model';

const OPPOSITE: Partial<Record<Change['kind'], Change['kind']>> = {
  added: 'removed',
  removed: 'added',
  'unit-added': 'unit-removed',
  'unit-removed': 'unit-added',
  'note-added': 'note-removed',
  'note-removed': 'note-added',
};

/**
 * The key the same difference has in the diff read the other way round (b against a): what b adds,
 * a lacks; ids are the other side's. "Apply to b" carries a's side of the chosen lines into b.
 */
export function reverseKey(change: Change): string {
  const kind = OPPOSITE[change.kind] ?? change.kind;
  const id =
    'roleId' in change
      ? (change.roleIdInB ?? change.roleId)
      : 'unitId' in change
        ? (change.unitIdInB ?? change.unitId)
        : change.noteId;
  return `${kind}:${id}`;
}
