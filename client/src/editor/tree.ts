import type { Design, Role } from '@orgcanvas/model';

/**
 * Read helpers over the derived design's role forest. `design.roles` is already in depth-first order
 * with siblings in the user's order, so walking it is walking the outline.
 */

const byIdCache = new WeakMap<Design, ReadonlyMap<string, Role>>();

export function rolesById(design: Design): ReadonlyMap<string, Role> {
  let map = byIdCache.get(design);
  if (!map) {
    map = new Map(design.roles.map((role) => [role.id, role]));
    byIdCache.set(design, map);
  }
  return map;
}

export function roots(design: Design): Role[] {
  return design.roles.filter((role) => role.reportsTo === null);
}

/** The role's siblings including itself, in order (roots are siblings of each other). */
export function siblingsOf(design: Design, role: Role): readonly string[] {
  if (role.reportsTo === null) return roots(design).map((root) => root.id);
  return rolesById(design).get(role.reportsTo)?.subordinates ?? [role.id];
}

export function ancestors(design: Design, id: string): string[] {
  const byId = rolesById(design);
  const chain: string[] = [];
  const seen = new Set<string>([id]);
  let current = byId.get(id)?.reportsTo ?? null;
  while (current !== null && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
    current = byId.get(current)?.reportsTo ?? null;
  }
  return chain;
}

export function descendantCount(design: Design, id: string): number {
  const byId = rolesById(design);
  let count = 0;
  const stack = [...(byId.get(id)?.subordinates ?? [])];
  while (stack.length > 0) {
    const next = byId.get(stack.pop()!);
    if (!next) continue;
    count++;
    stack.push(...next.subordinates);
  }
  return count;
}

export interface VisibleRow {
  readonly role: Role;
  /** 1 for a top-level role, as `aria-level`. */
  readonly level: number;
  readonly expanded: boolean;
  readonly hasChildren: boolean;
  /** Position among siblings, 1-based, and sibling count: `aria-posinset` / `aria-setsize`. */
  readonly position: number;
  readonly setSize: number;
}

/** The rows an outline shows: every role whose ancestors are all expanded, depth first. */
export function visibleRows(design: Design, collapsed: ReadonlySet<string>): VisibleRow[] {
  const byId = rolesById(design);
  const rows: VisibleRow[] = [];
  const visit = (ids: readonly string[], level: number) => {
    ids.forEach((id, index) => {
      const role = byId.get(id);
      if (!role) return;
      const hasChildren = role.subordinates.length > 0;
      const expanded = hasChildren && !collapsed.has(id);
      rows.push({ role, level, expanded, hasChildren, position: index + 1, setSize: ids.length });
      if (expanded) visit(role.subordinates, level + 1);
    });
  };
  visit(
    roots(design).map((root) => root.id),
    1,
  );
  return rows;
}

/** Roles with subordinates at depth two or more: what a large design starts with collapsed. */
export function defaultCollapsed(design: Design, limit = 300): Set<string> {
  if (design.roles.length <= limit) return new Set();
  const collapsed = new Set<string>();
  for (const row of visibleRows(design, new Set())) {
    if (row.level >= 2 && row.hasChildren) collapsed.add(row.role.id);
  }
  return collapsed;
}
