import type { Id } from '../types.js';
import { inputDelta } from './input.js';
import type { BranchStyle, LayoutInput, LayoutRole } from './types.js';

/**
 * The cards of the chart as the engines see them: visible roles (indices 0 to `roleCount - 1`, in
 * input order) and then a card for every unit without roles. Held in flat arrays rather than one
 * object per card, because this is rebuilt on every layout of up to tens of thousands of cards.
 * A card's kids are in drawing order: a role's reports in the user's order, then the unit cards
 * that hang below it.
 */
export interface ChartForest {
  readonly roleCount: number;
  readonly count: number;
  readonly ids: readonly Id[];
  readonly assistant: readonly boolean[];
  readonly style: readonly BranchStyle[];
  /** The unit the card belongs to: the role's unit, or the unit card's own unit. */
  readonly unitId: readonly (Id | null)[];
  /** -1 for none. */
  readonly firstKid: Int32Array;
  readonly nextSibling: Int32Array;
  readonly roots: readonly number[];
  /**
   * Each card's parent card: -1 for a top-level card, -2 for a unit card left out (below a collapsed
   * role, or all of its parent unit's roles collapsed away).
   */
  readonly parent: Int32Array;
  /**
   * True when every role comes after its manager and right after the branch of its previous sibling
   * (depth first, as `layoutInput` lists them): then each role's branch is the stretch of `size[i]`
   * roles from `i`, which is what lets the tidy engine compare a branch with the last one by pointers.
   */
  readonly preorder: boolean;
  /** The number of roles in each role's visible branch, itself included (only when `preorder`). */
  readonly size: Int32Array;
  /** Depth of each unit in the unit tree (0 for a top-level unit). */
  readonly unitDepth: ReadonlyMap<Id, number>;
}

export function isUnitCard(forest: ChartForest, index: number): boolean {
  return index >= forest.roleCount;
}

export function kidsOf(forest: ChartForest, index: number): number[] {
  const kids: number[] = [];
  for (let k = forest.firstKid[index]!; k >= 0; k = forest.nextSibling[k]!) kids.push(k);
  return kids;
}

/**
 * Builds the forest. A unit card hangs below its parent unit's card, or below the first visible role
 * of a parent unit that has roles; it is left out when that role is collapsed or when the unit's
 * roles are all collapsed away. Unit cards whose parent unit is missing are top-level cards after the top-level roles.
 */
/** What a forest needs of each role, one list per field in input order. */
interface Columns {
  readonly ids: readonly Id[];
  readonly parentIds: readonly (Id | null)[];
  readonly assistant: readonly boolean[];
  readonly style: readonly BranchStyle[];
  readonly unitId: readonly (Id | null)[];
  readonly collapsed: readonly boolean[];
}

const columnsMemo = new WeakMap<readonly LayoutRole[], Columns>();

/**
 * The columns of a list of layout roles. Reading a field of every role costs a visit to every role
 * object, so when `layoutInput` says how the list came from one seen before, the columns of that one
 * follow the same edit and only the changed roles are read.
 */
function columnsOf(roles: readonly LayoutRole[]): Columns {
  const hit = columnsMemo.get(roles);
  if (hit !== undefined) return hit;
  const delta = inputDelta(roles);
  const before = delta === undefined ? undefined : columnsMemo.get(delta.previous);
  let columns: Columns;
  if (delta !== undefined && before !== undefined) {
    const follow = <T>(list: readonly T[], fill: T): T[] => {
      const edit = delta.edit;
      const out = list.slice();
      if (edit.kind === 'remove') out.splice(edit.at, 1);
      else if (edit.kind === 'insert') out.splice(edit.at, 0, fill);
      else if (edit.kind === 'move') {
        const block = out.splice(edit.from, edit.size);
        return [...out.slice(0, edit.to), ...block, ...out.slice(edit.to)];
      }
      return out;
    };
    const ids = follow(before.ids, '');
    const parentIds = follow(before.parentIds, null);
    const assistant = follow(before.assistant, false);
    const style = follow<BranchStyle>(before.style, 'wide');
    const unitId = follow(before.unitId, null);
    const collapsed = follow(before.collapsed, false);
    const followed = { ids, parentIds, assistant, style, unitId, collapsed };
    for (const at of delta.rebuiltAt) writeColumns(followed, at, roles[at]!);
    columns = followed;
    if (ids.length !== roles.length) columns = readColumns(roles);
  } else columns = readColumns(roles);
  columnsMemo.set(roles, columns);
  return columns;
}

function readColumns(roles: readonly LayoutRole[]): Columns {
  // One visit per role object, however many fields are read.
  const n = roles.length;
  const ids = new Array<Id>(n);
  const parentIds = new Array<Id | null>(n);
  const assistant = new Array<boolean>(n);
  const style = new Array<BranchStyle>(n);
  const unitId = new Array<Id | null>(n);
  const collapsed = new Array<boolean>(n);
  const columns = { ids, parentIds, assistant, style, unitId, collapsed };
  for (let i = 0; i < n; i++) writeColumns(columns, i, roles[i]!);
  return columns;
}

/** Row `at` of the columns from one role object. */
function writeColumns(
  columns: { [K in keyof Columns]: Columns[K] extends readonly (infer T)[] ? T[] : never },
  at: number,
  role: LayoutRole,
): void {
  columns.ids[at] = role.id;
  columns.parentIds[at] = role.parentId;
  columns.assistant[at] = role.assistant;
  columns.style[at] = role.style;
  columns.unitId[at] = role.unitId;
  columns.collapsed[at] = role.collapsed;
}

export function chartForest(input: LayoutInput): ChartForest {
  const columns = columnsOf(input.roles);
  const cards = input.units.filter((u) => !u.hasRoles);
  const roleCount = input.roles.length;
  const count = roleCount + cards.length;
  const ids = columns.ids;
  const unitId = columns.unitId;
  const firstKid = new Int32Array(count).fill(-1);
  const lastKid = new Int32Array(count).fill(-1);
  const nextSibling = new Int32Array(count).fill(-1);
  const parent = new Int32Array(count).fill(-1);
  const size = new Int32Array(count);
  const roots: number[] = [];
  const append = (up: number, kid: number): void => {
    if (lastKid[up]! < 0) firstKid[up] = kid;
    else nextSibling[lastKid[up]!] = kid;
    lastKid[up] = kid;
    parent[kid] = up;
  };
  // A role's manager comes before it. Depth first, the manager is on the path from the top to the
  // previous role, so a stack finds it without a map of ids; the first role whose manager is not on
  // that path switches to a map of every role so far, which finds whatever came earlier.
  const path: number[] = [];
  let indexOf: Map<Id, number> | null = null;
  const parentIds = columns.parentIds;
  for (let i = 0; i < roleCount; i++) {
    const manager = parentIds[i]!;
    let up: number | undefined;
    if (manager !== null && indexOf === null) {
      while (path.length > 0 && ids[path[path.length - 1]!] !== manager) path.pop();
      if (path.length > 0) up = path[path.length - 1];
      else {
        indexOf = new Map();
        for (let j = 0; j < i; j++) indexOf.set(ids[j]!, j);
      }
    }
    if (indexOf !== null) {
      if (manager !== null) up = indexOf.get(manager);
      indexOf.set(ids[i]!, i);
    } else {
      if (manager === null) path.length = 0;
      path.push(i);
    }
    if (up === undefined) roots.push(i);
    else append(up, i);
  }
  const preorder = indexOf === null;
  if (preorder) {
    // Reports come after their manager, so going backwards counts every branch before its top.
    for (let i = roleCount - 1; i >= 0; i--) {
      const own = size[i]! + 1;
      size[i] = own;
      const up = parent[i]!;
      if (up >= 0) size[up] = size[up]! + own;
    }
  }

  const unitDepth = new Map<Id, number>();
  for (const unit of input.units) {
    // Parents come first; the read model repairs cycles, so a missing parent depth means a root.
    const parentId = unit.parentId;
    unitDepth.set(unit.id, parentId === null ? 0 : (unitDepth.get(parentId) ?? -1) + 1);
  }
  const forest = {
    roleCount,
    count,
    ids,
    assistant: columns.assistant,
    style: columns.style,
    unitId,
    firstKid,
    nextSibling,
    roots,
    parent,
    preorder,
    size,
    unitDepth,
  };
  if (cards.length === 0) return forest;

  const firstRoleOfUnit = new Map<Id, number>();
  let last: Id | null = null;
  for (let i = 0; i < roleCount; i++) {
    const unit = unitId[i]!;
    // Neighbours in the outline mostly share a unit, and a repeat is never the first.
    if (unit !== null && unit !== last && !firstRoleOfUnit.has(unit))
      firstRoleOfUnit.set(unit, columns.collapsed[i] ? -1 : i);
    last = unit;
  }
  const known = new Map(input.units.map((u) => [u.id, u]));
  const cardIndex = new Map<Id, number>();
  cards.forEach((unit, j) => cardIndex.set(unit.id, roleCount + j));
  const unitRoots: number[] = [];
  cards.forEach((unit, j) => {
    const i = roleCount + j;
    const up = unit.parentId === null ? undefined : known.get(unit.parentId);
    if (!up) {
      unitRoots.push(i);
      return;
    }
    const host = up.hasRoles ? firstRoleOfUnit.get(up.id) : cardIndex.get(up.id);
    if (host !== undefined && host >= 0) append(host, i);
    else parent[i] = -2;
  });
  // The columns are kept for the next layout, so unit cards extend copies of them.
  return {
    ...forest,
    ids: [...ids, ...cards.map((unit) => unit.id)],
    assistant: [...columns.assistant, ...cards.map(() => false)],
    style: [...columns.style, ...cards.map((): BranchStyle => 'wide')],
    unitId: [...unitId, ...cards.map((unit) => unit.id)],
    roots: [...roots, ...unitRoots],
  };
}
