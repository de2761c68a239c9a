import { type Design, type LayoutNode, type Rect, ancestors, unionRects } from '@orgcanvas/model';

/**
 * Bounds of the drawn cards of the top 1, 2, 3, … levels of the reporting tree (level 1: top-level
 * roles). Zoom to fit falls back to the deepest of these that is still readable.
 */
export function levelBounds(design: Design, nodes: readonly LayoutNode[]): Rect[] {
  const byLevel: LayoutNode[][] = [];
  for (const node of nodes) (byLevel[ancestors(design, node.id).length] ??= []).push(node);
  const bounds: Rect[] = [];
  let upTo: Rect | null = null;
  for (const level of byLevel) {
    if (!level) continue;
    const own = unionRects(level);
    upTo = upTo && own ? unionRects([upTo, own]) : (own ?? upTo);
    if (upTo) bounds.push(upTo);
  }
  return bounds;
}
