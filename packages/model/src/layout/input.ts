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
  const byId = new Map<Id, Role>(design.roles.map((r) => [r.id, r]));
  const roles: LayoutRole[] = [];
  const visit = (role: Role, parentId: Id | null, inherited: BranchStyle): void => {
    const style = options.branchStyle[role.id] ?? inherited;
    // Collapsing a role without reports changes nothing, so it does not change the key either.
    const folded = collapsed.has(role.id) && role.subordinates.length > 0;
    roles.push({
      id: role.id,
      parentId,
      assistant: role.assistant,
      style,
      unitId: role.unitId,
      collapsed: folded,
    });
    if (folded) return;
    for (const sub of role.subordinates) {
      const child = byId.get(sub);
      if (child) visit(child, role.id, style);
    }
  };
  for (const role of design.roles) {
    if (role.reportsTo === null || !byId.has(role.reportsTo)) visit(role, null, 'wide');
  }
  // A style only matters for a role with visible reports; normalising the rest keeps the key (and
  // the cached layout) unchanged when someone styles a leaf or a collapsed branch.
  const managers = new Set(roles.map((r) => r.parentId));
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    if (!managers.has(r.id) && r.style !== 'wide') roles[i] = { ...r, style: 'wide' };
  }
  const visible = new Set(roles.map((r) => r.id));
  const dotted: { from: Id; to: Id }[] = [];
  for (const role of roles) {
    for (const from of byId.get(role.id)?.dottedLines ?? []) {
      if (from !== role.id && visible.has(from)) dotted.push({ from, to: role.id });
    }
  }
  const staffed = new Set<Id>();
  for (const role of design.roles) if (role.unitId !== null) staffed.add(role.unitId);
  const units = design.units.map((u) => ({ id: u.id, parentId: u.parentId, hasRoles: staffed.has(u.id) }));
  return { direction: options.direction, card: CARD_SIZE, roles, dotted, units };
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
