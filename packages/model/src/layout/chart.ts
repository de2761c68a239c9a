import type { Id } from '../types.js';
import type { BranchStyle, LayoutInput } from './types.js';

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
export function chartForest(input: LayoutInput): ChartForest {
  const roles = input.roles;
  const cards = input.units.filter((u) => !u.hasRoles);
  const roleCount = roles.length;
  const count = roleCount + cards.length;
  const ids: Id[] = new Array<Id>(count);
  const assistant: boolean[] = new Array<boolean>(count);
  const style: BranchStyle[] = new Array<BranchStyle>(count);
  const unitId: (Id | null)[] = new Array<Id | null>(count);
  const firstKid = new Int32Array(count).fill(-1);
  const lastKid = new Int32Array(count).fill(-1);
  const nextSibling = new Int32Array(count).fill(-1);
  const roots: number[] = [];
  const append = (parent: number, kid: number): void => {
    if (lastKid[parent]! < 0) firstKid[parent] = kid;
    else nextSibling[lastKid[parent]!] = kid;
    lastKid[parent] = kid;
  };
  const indexOf = new Map<Id, number>();
  const firstRoleOfUnit = new Map<Id, number>();
  for (let i = 0; i < roleCount; i++) {
    const role = roles[i]!;
    ids[i] = role.id;
    assistant[i] = role.assistant;
    style[i] = role.style;
    unitId[i] = role.unitId;
    indexOf.set(role.id, i);
    if (role.unitId !== null && !firstRoleOfUnit.has(role.unitId))
      firstRoleOfUnit.set(role.unitId, role.collapsed ? -1 : i);
    const parent = role.parentId === null ? undefined : indexOf.get(role.parentId);
    if (parent === undefined) roots.push(i);
    else append(parent, i);
  }

  const known = new Map(input.units.map((u) => [u.id, u]));
  const unitDepth = new Map<Id, number>();
  for (const unit of input.units) {
    // Parents come first; the read model repairs cycles, so a missing parent depth means a root.
    const parentId = unit.parentId;
    unitDepth.set(unit.id, parentId === null ? 0 : (unitDepth.get(parentId) ?? -1) + 1);
  }
  if (cards.length === 0)
    return { roleCount, count, ids, assistant, style, unitId, firstKid, nextSibling, roots, unitDepth };

  const cardIndex = new Map<Id, number>();
  cards.forEach((unit, j) => {
    const i = roleCount + j;
    ids[i] = unit.id;
    assistant[i] = false;
    style[i] = 'wide';
    unitId[i] = unit.id;
    cardIndex.set(unit.id, i);
  });
  const unitRoots: number[] = [];
  cards.forEach((unit, j) => {
    const i = roleCount + j;
    const parent = unit.parentId === null ? undefined : known.get(unit.parentId);
    if (!parent) {
      unitRoots.push(i);
      return;
    }
    const host = parent.hasRoles ? firstRoleOfUnit.get(parent.id) : cardIndex.get(parent.id);
    if (host !== undefined && host >= 0) append(host, i);
  });
  return {
    roleCount,
    count,
    ids,
    assistant,
    style,
    unitId,
    firstKid,
    nextSibling,
    roots: [...roots, ...unitRoots],
    unitDepth,
  };
}
