import { designIndex } from '../query/designIndex.js';
import { descendantCount } from '../query/tree.js';
import type { Design, Id, Role } from '../types.js';
import {
  type BranchStyle,
  CARD_SIZE,
  type LayoutInput,
  type LayoutOptions,
  type LayoutRole,
} from './types.js';

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = Object.freeze({
  direction: 'down',
  branchStyle: Object.freeze({}),
});

/**
 * Derives what the layout of `design` depends on: the visible forest (collapsed subtrees left out),
 * each manager's effective branch style, assistants, dotted lines between visible roles, direction.
 */
export function layoutInput(
  design: Design,
  collapsed: ReadonlySet<string>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): LayoutInput {
  // Shared with every other reader of this design (scene, queries): built once per design.
  const byId = designIndex(design).rolesById;
  const roles: LayoutRole[] = [];
  const visit = (role: Role, parentId: Id | null, inherited: BranchStyle): void => {
    const own = options.branchStyle[role.id] ?? inherited;
    // Collapsing a role without reports changes nothing, so it does not change the key either.
    const folded = collapsed.has(role.id) && role.subordinates.length > 0;
    const at = roles.length;
    roles.push({
      id: role.id,
      parentId,
      assistant: role.assistant,
      style: own,
      unitId: role.unitId,
      collapsed: folded,
    });
    if (!folded) {
      for (const sub of role.subordinates) {
        const child = byId.get(sub);
        if (child) visit(child, role.id, own);
      }
    }
    // A style only matters for a role with visible reports; normalising the rest keeps the key (and
    // the cached layout) unchanged when someone styles a leaf or a collapsed branch.
    if (roles.length === at + 1 && own !== 'wide') roles[at] = { ...roles[at]!, style: 'wide' };
  };
  for (const role of design.roles) {
    if (role.reportsTo === null || !byId.has(role.reportsTo)) visit(role, null, 'wide');
  }
  const dotted: { from: Id; to: Id }[] = [];
  let visible: Set<Id> | null = null;
  for (const role of roles) {
    const lines = byId.get(role.id)?.dottedLines ?? [];
    if (lines.length === 0) continue;
    visible ??= new Set(roles.map((r) => r.id));
    for (const from of lines) if (from !== role.id && visible.has(from)) dotted.push({ from, to: role.id });
  }
  const staffed = new Set<Id>();
  for (const role of design.roles) if (role.unitId !== null) staffed.add(role.unitId);
  const units = design.units.map((u) => ({ id: u.id, parentId: u.parentId, hasRoles: staffed.has(u.id) }));
  return { direction: options.direction, card: CARD_SIZE, roles, dotted, units };
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
