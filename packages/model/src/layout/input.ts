import { designIndex } from '../query/designIndex.js';
import { descendantCount } from '../query/tree.js';
import { type DesignDelta, designDelta } from '../read/delta.js';
import type { Design, Id, Role, Unit } from '../types.js';
import {
  type BranchStyle,
  CARD_SIZE,
  type LayoutInput,
  type LayoutOptions,
  type LayoutRole,
  type LayoutUnit,
} from './types.js';

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = Object.freeze({
  direction: 'down',
  branchStyle: Object.freeze({}),
});

/**
 * The layout role last derived from each role object. The read model hands out the very same `Role`
 * while nothing about it changed, so an edit derives new layout roles only for the roles it touched,
 * and every other one keeps its identity: that is what lets an engine skip an unchanged branch by
 * comparing pointers (`TidyLayoutEngine`) and `sameLayoutInput` answer without reading fields.
 */
const layoutRoles = new WeakMap<Role, LayoutRole>();
const layoutUnits = new WeakMap<Unit, LayoutUnit>();

function layoutRoleOf(role: Role, parentId: Id | null, style: BranchStyle, collapsed: boolean): LayoutRole {
  const hit = layoutRoles.get(role);
  if (hit !== undefined && hit.parentId === parentId && hit.style === style && hit.collapsed === collapsed)
    return hit;
  const made: LayoutRole = {
    id: role.id,
    parentId,
    assistant: role.assistant,
    style,
    unitId: role.unitId,
    collapsed,
  };
  layoutRoles.set(role, made);
  return made;
}

/**
 * Derives what the layout of `design` depends on: the visible forest (collapsed subtrees left out),
 * each manager's effective branch style, assistants, dotted lines between visible roles, direction.
 */
export function layoutInput(
  design: Design,
  collapsed: ReadonlySet<string>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): LayoutInput {
  let roles: LayoutRole[];
  const dotted: { from: Id; to: Id }[] = [];
  let staffed: ReadonlyMap<Id, number> | null = null;
  // Nothing folded and no style: every role shows, in outline order, so an edit can be followed.
  const plain = collapsed.size === 0 && !hasStyles(options) ? plainRoles(design) : null;
  if (plain !== null) {
    roles = plain.roles;
    staffed = plain.staffed;
  } else {
    const walked =
      visibleInOutlineOrder(design, collapsed, options) ?? visibleByWalk(design, collapsed, options);
    roles = walked.roles;
    if (walked.withDotted.length > 0) {
      const visible = new Set(roles.map((r) => r.id));
      for (const role of walked.withDotted)
        for (const from of role.dottedLines)
          if (from !== role.id && visible.has(from)) dotted.push({ from, to: role.id });
    }
    staffed = staffedUnits(design);
  }
  const units = design.units.map((unit) => {
    const hasRoles = (staffed.get(unit.id) ?? 0) > 0;
    const hit = layoutUnits.get(unit);
    if (hit !== undefined && hit.hasRoles === hasRoles) return hit;
    const made: LayoutUnit = { id: unit.id, parentId: unit.parentId, hasRoles };
    layoutUnits.set(unit, made);
    return made;
  });
  return { direction: options.direction, card: CARD_SIZE, roles, dotted, units };
}
/** How many roles of the design each unit has. */
function staffedUnits(design: Design): Map<Id, number> {
  const staffed = new Map<Id, number>();
  for (const role of design.roles) {
    if (role.unitId !== null) staffed.set(role.unitId, (staffed.get(role.unitId) ?? 0) + 1);
  }
  return staffed;
}

/** The layout roles of a design with nothing collapsed and no branch style, and its units' role counts. */
interface Plain {
  readonly roles: LayoutRole[];
  readonly staffed: ReadonlyMap<Id, number>;
}

/**
 * How a list of layout roles came from the one before it: the same edit as the design's roles (see
 * `DesignDelta`), so a derivation kept per list (the engine's columns) can follow it too.
 */
export interface InputDelta {
  readonly previous: readonly LayoutRole[];
  readonly edit: DesignDelta['edit'];
  readonly rebuiltAt: readonly number[];
}

const inputDeltas = new WeakMap<readonly LayoutRole[], InputDelta>();

export function inputDelta(roles: readonly LayoutRole[]): InputDelta | undefined {
  return inputDeltas.get(roles);
}

/** Kept per role list of a design (designs without dotted lines only), so the next read can follow it. */
const plainInputs = new WeakMap<readonly Role[], Plain>();

/**
 * The layout roles of a design with nothing collapsed and no style, which are its roles in order, one
 * for one. After an edit read in place (`designDelta`), they are the last ones with the same edit
 * repeated on them and only the roles with a new object looked at, instead of every role again.
 * Null when the design has dotted lines, which the general path lists.
 */
function plainRoles(design: Design): Plain | null {
  const hit = plainInputs.get(design.roles);
  if (hit !== undefined) return hit;
  const delta = designDelta(design);
  const before = delta === undefined ? undefined : plainInputs.get(delta.previousRoles);
  let plain: Plain | null = null;
  if (delta !== undefined && before !== undefined) plain = followPlain(design, before, delta);
  if (plain === null) {
    const walked = visibleInOutlineOrder(design, new Set(), DEFAULT_LAYOUT_OPTIONS);
    if (walked === null || walked.withDotted.length > 0) return null;
    plain = { roles: walked.roles, staffed: staffedUnits(design) };
  }
  plainInputs.set(design.roles, plain);
  return plain;
}

function followPlain(
  design: Design,
  before: Plain,
  delta: NonNullable<ReturnType<typeof designDelta>>,
): Plain | null {
  const edit = delta.edit;
  let roles: LayoutRole[];
  const staffed = new Map(before.staffed);
  const count = (unitId: Id | null, by: number): void => {
    if (unitId !== null) staffed.set(unitId, (staffed.get(unitId) ?? 0) + by);
  };
  if (edit.kind === 'none') roles = before.roles.slice();
  else if (edit.kind === 'remove') {
    roles = before.roles.slice();
    count(roles.splice(edit.at, 1)[0]?.unitId ?? null, -1);
  } else if (edit.kind === 'insert') {
    roles = before.roles.slice();
    roles.splice(edit.at, 0, PENDING);
  } else {
    const rest = before.roles.slice();
    const block = rest.splice(edit.from, edit.size);
    roles = [...rest.slice(0, edit.to), ...block, ...rest.slice(edit.to)];
  }
  if (roles.length !== design.roles.length) return null;
  for (const at of delta.rebuiltAt) {
    const role = design.roles[at]!;
    if (role.dottedLines.length > 0) return null;
    const old = roles[at]!;
    if (old !== PENDING) count(old.unitId, -1);
    count(role.unitId, 1);
    // The read model lists roles in outline order under their repaired managers, as the walk checks.
    roles[at] = layoutRoleOf(role, role.reportsTo, 'wide', false);
  }
  inputDeltas.set(roles, { previous: before.roles, edit, rebuiltAt: delta.rebuiltAt });
  // Only one step back is ever followed: dropping the older step keeps lists from chaining in memory.
  inputDeltas.delete(before.roles);
  return { roles, staffed };
}

interface Walked {
  /** Visible roles, depth first. */
  readonly roles: LayoutRole[];
  /** The visible roles that have dotted-line managers, in the same order. */
  readonly withDotted: Role[];
}

/** Style choices are rare: most designs have none, and then no role needs a look-up. */
function hasStyles(options: LayoutOptions): boolean {
  for (const _ in options.branchStyle) return true;
  return false;
}

/**
 * The visible forest read straight off `design.roles`, which the read model lists depth first with
 * every manager's reports in order: one pass with a stack of open managers and no map of ids. Null
 * when the list is not in that order (a design built by hand, a dangling reference), so that
 * `visibleByWalk` gives the answer instead; for a design in that order both give the same.
 */
function visibleInOutlineOrder(
  design: Design,
  collapsed: ReadonlySet<string>,
  options: LayoutOptions,
): Walked | null {
  const styled = hasStyles(options);
  const folding = collapsed.size > 0;
  const roles: LayoutRole[] = [];
  const withDotted: Role[] = [];
  // Open managers, innermost last: the role, how many of its reports came, the style its reports inherit.
  const open: Role[] = [];
  const next: number[] = [];
  const styles: BranchStyle[] = [];
  // The depth of the outermost open role whose branch is folded away (-1: none).
  let foldedAt = -1;
  for (const role of design.roles) {
    let depth = open.length - 1;
    while (depth >= 0 && next[depth]! >= open[depth]!.subordinates.length) depth--;
    open.length = depth + 1;
    next.length = depth + 1;
    styles.length = depth + 1;
    if (foldedAt > depth) foldedAt = -1;
    let parentId: Id | null = null;
    let inherited: BranchStyle = 'wide';
    if (depth < 0) {
      if (role.reportsTo !== null) return null;
    } else {
      const manager = open[depth]!;
      if (manager.subordinates[next[depth]!] !== role.id || role.reportsTo !== manager.id) return null;
      next[depth]!++;
      parentId = manager.id;
      inherited = styles[depth]!;
    }
    const own = styled ? (options.branchStyle[role.id] ?? inherited) : inherited;
    const reports = role.subordinates.length > 0;
    const folded = folding && reports && collapsed.has(role.id);
    if (foldedAt < 0) {
      // A style only matters for a role with visible reports; normalising the rest keeps the key (and
      // the cached layout) unchanged when someone styles a leaf or a collapsed branch.
      const style = reports && !folded ? own : 'wide';
      roles.push(layoutRoleOf(role, parentId, style, folded));
      if (role.dottedLines.length > 0) withDotted.push(role);
      if (folded) foldedAt = depth + 1;
    }
    if (reports) {
      open.push(role);
      next.push(0);
      styles.push(own);
    }
  }
  // A report that never came (a dangling or repeated id): the walk below knows what to do.
  for (let depth = 0; depth < open.length; depth++)
    if (next[depth]! < open[depth]!.subordinates.length) return null;
  return { roles, withDotted };
}

/** Holds a role's place in the outline until its reports are known. */
const PENDING: LayoutRole = Object.freeze({
  id: '',
  parentId: null,
  assistant: false,
  style: 'wide',
  unitId: null,
  collapsed: false,
});

/** The visible forest of any design, following each role's reports through a map of ids. */
function visibleByWalk(design: Design, collapsed: ReadonlySet<string>, options: LayoutOptions): Walked {
  // Shared with every other reader of this design (scene, queries): built once per design.
  const byId = designIndex(design).rolesById;
  const roles: LayoutRole[] = [];
  const withDotted: Role[] = [];
  const visit = (role: Role, parentId: Id | null, inherited: BranchStyle): void => {
    const own = options.branchStyle[role.id] ?? inherited;
    // Collapsing a role without reports changes nothing, so it does not change the key either.
    const folded = collapsed.has(role.id) && role.subordinates.length > 0;
    const at = roles.length;
    roles.push(PENDING);
    if (role.dottedLines.length > 0) withDotted.push(role);
    if (!folded) {
      for (const sub of role.subordinates) {
        const child = byId.get(sub);
        if (child) visit(child, role.id, own);
      }
    }
    // A style only matters for a role with visible reports (see above).
    roles[at] = layoutRoleOf(role, parentId, roles.length === at + 1 ? 'wide' : own, folded);
  };
  for (const role of design.roles) {
    if (role.reportsTo === null || !byId.has(role.reportsTo)) visit(role, null, 'wide');
  }
  return { roles, withDotted };
}

/**
 * Whether two inputs would lay out alike, compared field by field: cheaper than `layoutKey` (no text
 * of the whole input), for callers that lay out on the spot and only need to know whether to.
 */
export function sameLayoutInput(a: LayoutInput, b: LayoutInput): boolean {
  if (a === b) return true;
  if (a.direction !== b.direction || a.card.width !== b.card.width || a.card.height !== b.card.height)
    return false;
  if (
    a.roles.length !== b.roles.length ||
    a.dotted.length !== b.dotted.length ||
    a.units.length !== b.units.length
  )
    return false;
  for (let i = 0; i < a.roles.length; i++) {
    const x = a.roles[i]!;
    const y = b.roles[i]!;
    if (x === y) continue;
    if (
      x.id !== y.id ||
      x.parentId !== y.parentId ||
      x.assistant !== y.assistant ||
      x.style !== y.style ||
      x.unitId !== y.unitId ||
      x.collapsed !== y.collapsed
    )
      return false;
  }
  for (let i = 0; i < a.dotted.length; i++)
    if (a.dotted[i]!.from !== b.dotted[i]!.from || a.dotted[i]!.to !== b.dotted[i]!.to) return false;
  for (let i = 0; i < a.units.length; i++) {
    const x = a.units[i]!;
    const y = b.units[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.parentId !== y.parentId || x.hasRoles !== y.hasRoles) return false;
  }
  return true;
}

/**
 * A short key that changes exactly when the layout would: the input holds only layout dependencies,
 * so hashing it is enough. Two different inputs colliding is about as likely as a 53-bit hash clash.
 */
export function layoutKey(input: LayoutInput): string {
  const text = JSON.stringify(input);
  return `${hash53(text).toString(36)}-${text.length.toString(36)}`;
}

/** cyrb53: a fast, well-mixed string hash that fits a JS number. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** How many roles a collapsed role hides (all descendants), for the "+N" badge. */
export function hiddenCounts(design: Design, collapsed: ReadonlySet<string>): Map<Id, number> {
  const { rolesById } = designIndex(design);
  const out = new Map<Id, number>();
  for (const id of collapsed) if (rolesById.has(id)) out.set(id, descendantCount(design, id));
  return out;
}
