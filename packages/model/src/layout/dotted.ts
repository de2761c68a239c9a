import type { LayoutEdge, LayoutInput, LayoutNode, Point } from './types.js';

/**
 * Dotted-line relations are drawn after layout and never fed to ELK, so adding one moves no card.
 * The route is an L from the side of the dotted-line manager facing the report to the report's near
 * edge; it may cross other lines, which the dash makes legible.
 */
export function routeDottedLines(input: LayoutInput, nodes: readonly LayoutNode[]): LayoutEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: LayoutEdge[] = [];
  for (const { from, to } of input.dotted) {
    const a = byId.get(from);
    const b = byId.get(to);
    if (!a || !b) continue;
    out.push({ id: `dotted:${from}->${to}`, from, to, points: lRoute(a, b), dotted: true });
  }
  return out;
}

function lRoute(a: LayoutNode, b: LayoutNode): Point[] {
  const acx = a.x + a.width / 2;
  const acy = a.y + a.height / 2;
  const bcx = b.x + b.width / 2;
  const bcy = b.y + b.height / 2;
  // Overlapping in x: a straight vertical line between facing edges.
  if (bcx > a.x && bcx < a.x + a.width) {
    const x = (Math.max(a.x, b.x) + Math.min(a.x + a.width, b.x + b.width)) / 2;
    return bcy > acy
      ? [
          { x, y: a.y + a.height },
          { x, y: b.y },
        ]
      : [
          { x, y: a.y },
          { x, y: b.y + b.height },
        ];
  }
  // Overlapping in y: a straight horizontal line.
  if (bcy > a.y && bcy < a.y + a.height) {
    const y = (Math.max(a.y, b.y) + Math.min(a.y + a.height, b.y + b.height)) / 2;
    return bcx > acx
      ? [
          { x: a.x + a.width, y },
          { x: b.x, y },
        ]
      : [
          { x: a.x, y },
          { x: b.x + b.width, y },
        ];
  }
  const startX = bcx > acx ? a.x + a.width : a.x;
  const endY = bcy > acy ? b.y : b.y + b.height;
  return [
    { x: startX, y: acy },
    { x: bcx, y: acy },
    { x: bcx, y: endY },
  ];
}
