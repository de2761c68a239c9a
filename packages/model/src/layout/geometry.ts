import type { LayoutEdge, LayoutNode, Point, Rect } from './types.js';

export function translatePoints(points: readonly Point[], dx: number, dy: number): Point[] {
  return points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}

export function translateNode(node: LayoutNode, dx: number, dy: number): LayoutNode {
  return { ...node, x: node.x + dx, y: node.y + dy };
}

export function translateEdge(edge: LayoutEdge, dx: number, dy: number): LayoutEdge {
  return { ...edge, points: translatePoints(edge.points, dx, dy) };
}

/**
 * Joins polylines end to start and drops repeated and collinear points, so a route built from an ELK
 * section plus a block's own stem or tail stays a clean orthogonal polyline.
 */
export function joinPolyline(...parts: readonly (readonly Point[])[]): Point[] {
  const out: Point[] = [];
  const same = (a: Point, b: Point): boolean => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
  for (const part of parts) {
    for (const p of part) {
      const last = out[out.length - 1];
      if (last && same(last, p)) continue;
      const prev = out[out.length - 2];
      if (prev && last && collinear(prev, last, p)) out[out.length - 1] = p;
      else out.push(p);
    }
  }
  return out;
}

function collinear(a: Point, b: Point, c: Point): boolean {
  const straightX = Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - c.x) < 0.01;
  const straightY = Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - c.y) < 0.01;
  // Only a point between its neighbours is redundant; a reversal must stay.
  if (straightX) return (b.y - a.y) * (c.y - b.y) >= 0;
  if (straightY) return (b.x - a.x) * (c.x - b.x) >= 0;
  return false;
}

/** The smallest rectangle holding every one given, or null for none. */
export function unionRects(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Everything a layout draws: its cards and the bend points of its lines. */
export function boundsOf(nodes: readonly Rect[], edges: readonly LayoutEdge[]): Rect {
  const points = edges.flatMap((edge) => edge.points.map((point) => ({ ...point, width: 0, height: 0 })));
  return unionRects([...nodes, ...points]) ?? { x: 0, y: 0, width: 0, height: 0 };
}

export function rectsOverlap(a: Rect, b: Rect, tolerance = 0): boolean {
  return (
    a.x < b.x + b.width - tolerance &&
    b.x < a.x + a.width - tolerance &&
    a.y < b.y + b.height - tolerance &&
    b.y < a.y + a.height - tolerance
  );
}
