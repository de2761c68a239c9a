import type { LayoutNode, Point, Rect, SceneCard } from '@orgcanvas/model';

function contains(r: Rect, p: Point, slop = 0): boolean {
  return (
    p.x >= r.x - slop && p.x <= r.x + r.width + slop && p.y >= r.y - slop && p.y <= r.y + r.height + slop
  );
}

/** The card under a canvas point; later cards are drawn on top, so they win. */
export function cardAt(nodes: readonly LayoutNode[], p: Point): string | null {
  for (let i = nodes.length - 1; i >= 0; i--) if (contains(nodes[i]!, p)) return nodes[i]!.id;
  return null;
}

/**
 * The card a dragged card would be dropped on: the one under the pointer, never the dragged card
 * itself (whether the move is allowed is the model's call, not the canvas's).
 */
export function dropTargetAt(nodes: readonly LayoutNode[], p: Point, dragged: string): string | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.id !== dragged && contains(n, p)) return n.id;
  }
  return null;
}

/** A collapse badge under the point (badges stick out of their card, so they are tested first). */
export function collapseBadgeAt(cards: readonly SceneCard[], p: Point, slop = 2): string | null {
  for (let i = cards.length - 1; i >= 0; i--) {
    const c = cards[i]!;
    for (const prim of c.primitives) {
      if (prim.kind !== 'badge' || !prim.action) continue;
      const r = { x: c.x + prim.x, y: c.y + prim.y, width: prim.width, height: prim.height };
      if (contains(r, p, slop)) return prim.action.roleId;
    }
  }
  return null;
}

export function rectFromPoints(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/** Cards touched by a rubber band, in layout order. */
export function cardsInRect(nodes: readonly LayoutNode[], r: Rect): string[] {
  return nodes
    .filter((n) => n.x < r.x + r.width && n.x + n.width > r.x && n.y < r.y + r.height && n.y + n.height > r.y)
    .map((n) => n.id);
}

/** Shift-click: add the card if absent, remove it if present, keeping the order of the rest. */
export function toggleInSelection(selection: readonly string[], id: string): string[] {
  return selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id];
}
