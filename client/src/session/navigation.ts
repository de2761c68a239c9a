import { type Design, designIndex } from '@orgcanvas/model';
import { roots, siblingsOf, visibleRows } from './tree';

export type OutlineKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/** What an outline key does: select another role, or expand or collapse the current one. */
export type NavigationEffect =
  | { readonly kind: 'select'; readonly id: string }
  | { readonly kind: 'expand'; readonly id: string }
  | { readonly kind: 'collapse'; readonly id: string }
  | { readonly kind: 'none' };

const NONE: NavigationEffect = { kind: 'none' };

/** WAI-ARIA tree keyboard behaviour over the visible rows. */
export function navigateOutline(
  design: Design,
  collapsed: ReadonlySet<string>,
  currentId: string | null,
  key: OutlineKey,
): NavigationEffect {
  const rows = visibleRows(design, collapsed);
  if (rows.length === 0) return NONE;
  const index = currentId === null ? -1 : rows.findIndex((row) => row.role.id === currentId);
  const select = (at: number): NavigationEffect => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, at))]!;
    return row.role.id === currentId ? NONE : { kind: 'select', id: row.role.id };
  };
  if (key === 'Home') return select(0);
  if (key === 'End') return select(rows.length - 1);
  if (index < 0) return select(0);
  const row = rows[index]!;
  switch (key) {
    case 'ArrowDown':
      return select(index + 1);
    case 'ArrowUp':
      return select(index - 1);
    case 'ArrowRight':
      if (!row.hasChildren) return NONE;
      if (!row.expanded) return { kind: 'expand', id: row.role.id };
      return { kind: 'select', id: row.role.subordinates[0]! };
    case 'ArrowLeft':
      if (row.expanded) return { kind: 'collapse', id: row.role.id };
      return row.role.reportsTo === null ? NONE : { kind: 'select', id: row.role.reportsTo };
  }
}

export type ChartDirection = 'up' | 'down' | 'left' | 'right';

/**
 * Arrow keys on the chart follow what the user sees: in a top-down chart up is the manager, down the
 * first report, left and right the neighbouring siblings; a left-right chart turns that a quarter.
 * Collapsed subtrees are not entered.
 */
export function navigateChart(
  design: Design,
  collapsed: ReadonlySet<string>,
  currentId: string | null,
  arrow: ChartDirection,
  layout: 'down' | 'right' = 'down',
): string | null {
  const byId = designIndex(design).rolesById;
  const current = currentId === null ? undefined : byId.get(currentId);
  if (!current) return roots(design)[0]?.id ?? null;
  const turned: Record<ChartDirection, 'manager' | 'report' | 'previous' | 'next'> =
    layout === 'down'
      ? { up: 'manager', down: 'report', left: 'previous', right: 'next' }
      : { left: 'manager', right: 'report', up: 'previous', down: 'next' };
  switch (turned[arrow]) {
    case 'manager':
      return current.reportsTo;
    case 'report':
      return collapsed.has(current.id) ? null : (current.subordinates[0] ?? null);
    case 'previous':
    case 'next': {
      const siblings = siblingsOf(design, current);
      const at = siblings.indexOf(current.id) + (turned[arrow] === 'next' ? 1 : -1);
      return siblings[at] ?? null;
    }
  }
}
