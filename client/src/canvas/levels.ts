import { type Design, type LayoutNode, type Rect, ancestors, unionRects } from '@orgcanvas/model';

/**
 * Bounds of the drawn cards of each level of the reporting tree, top first (level 1: top-level
 * roles). Zoom to fit falls back to the top levels when the whole chart would not read.
 */
export function levelBounds(design: Design, nodes: readonly LayoutNode[]): Rect[] {
  const byLevel: LayoutNode[][] = [];
  for (const node of nodes) (byLevel[ancestors(design, node.id).length] ??= []).push(node);
  return byLevel.flatMap((level) => {
    const bounds = level ? unionRects(level) : null;
    return bounds ? [bounds] : [];
  });
}
