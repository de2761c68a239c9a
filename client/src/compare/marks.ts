import type { Change, Comparison, Design, RoleStatus } from '@orgcanvas/model';

/** How a role fares in the comparison; `moved` is a change of manager or unit, told apart on sight. */
export type Mark = 'new' | 'closed' | 'moved' | 'changed';

/** The same colour for the same mark in both canvases and in the list. */
export const MARK_COLOURS: Readonly<Record<Mark, string>> = {
  new: '#16a34a',
  closed: '#dc2626',
  moved: '#2563eb',
  changed: '#d97706',
};

const MOVES = new Set<Change['kind']>(['moved', 'moved-unit']);

/** Each differing role's mark, by its id in a and by its id in b. */
export interface RoleMarks {
  readonly a: ReadonlyMap<string, Mark>;
  readonly b: ReadonlyMap<string, Mark>;
}

export function roleMarks(comparison: Comparison): RoleMarks {
  const moved = new Set(
    comparison.diff.flatMap((change) =>
      MOVES.has(change.kind) && 'roleId' in change ? [change.roleId] : [],
    ),
  );
  const a = new Map<string, Mark>();
  const b = new Map<string, Mark>();
  for (const role of comparison.roles) {
    const mark = markOf(role.status, moved.has(role.roleId));
    if (mark === null) continue;
    if (role.status !== 'new') a.set(role.roleId, mark);
    if (role.status !== 'closed') b.set(role.roleIdInB ?? role.roleId, mark);
  }
  return { a, b };
}

function markOf(status: RoleStatus, moved: boolean): Mark | null {
  switch (status) {
    case 'new':
      return 'new';
    case 'closed':
      return 'closed';
    case 'changed':
      return moved ? 'moved' : 'changed';
    case 'unchanged':
      return null;
  }
}

export function canvasMarks(marks: ReadonlyMap<string, Mark>): { roleId: string; colour: string }[] {
  return [...marks].map(([roleId, mark]) => ({ roleId, colour: MARK_COLOURS[mark] }));
}

/** The roles a change concerns, in each design, for "clicking a change focuses it in both". */
export function focusOf(
  change: Change,
  a: Design,
  b: Design,
): { readonly a: string[]; readonly b: string[] } {
  if (!('roleId' in change)) return { a: [], b: [] };
  const inA = a.roles.some((role) => role.id === change.roleId) ? [change.roleId] : [];
  const idInB = change.roleIdInB ?? change.roleId;
  const inB = b.roles.some((role) => role.id === idInB) ? [idInB] : [];
  return { a: inA, b: inB };
}
