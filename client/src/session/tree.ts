import { type Design, type Role, designIndex } from '@orgcanvas/model';

/**
 * What the outline shows of the role forest: which rows are visible under the current collapse, and
 * who is beside whom. The walks over the forest themselves (ancestors, descendant counts, the by-id
 * index) are the model's queries; this is only the outline's view of them.
 */

export function roots(design: Design): Role[] {
  const { rolesById, rootRoles } = designIndex(design);
  return rootRoles.flatMap((id) => rolesById.get(id) ?? []);
}

/** The role's siblings including itself, in order (roots are siblings of each other). */
export function siblingsOf(design: Design, role: Role): readonly string[] {
  const { rolesById, rootRoles } = designIndex(design);
  if (role.reportsTo === null) return rootRoles;
  return rolesById.get(role.reportsTo)?.subordinates ?? [role.id];
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
  const { rolesById, rootRoles } = designIndex(design);
  const rows: VisibleRow[] = [];
  const visit = (ids: readonly string[], level: number) => {
    ids.forEach((id, index) => {
      const role = rolesById.get(id);
      if (!role) return;
      const hasChildren = role.subordinates.length > 0;
      const expanded = hasChildren && !collapsed.has(id);
      rows.push({ role, level, expanded, hasChildren, position: index + 1, setSize: ids.length });
      if (expanded) visit(role.subordinates, level + 1);
    });
  };
  visit(rootRoles, 1);
  return rows;
}

/** Roles with subordinates at depth two or more: what a large design starts with collapsed. */
export function defaultCollapsed(design: Design, limit = 300): Set<string> {
  if (design.roles.length <= limit) return new Set();
  return collapsedBelowLevel(design, 2);
}

/**
 * "Expand to level N": every role at level N or deeper that has reports is collapsed, so levels 1 to
 * N show and nothing below them. Level 1 is the top.
 */
export function collapsedBelowLevel(design: Design, level: number): Set<string> {
  const collapsed = new Set<string>();
  for (const row of visibleRows(design, new Set())) {
    if (row.level >= level && row.hasChildren) collapsed.add(row.role.id);
  }
  return collapsed;
}
