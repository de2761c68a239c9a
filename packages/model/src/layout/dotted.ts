import type { LayoutDirection, LayoutEdge, LayoutInput, LayoutNode, Point } from './types.js';

/** Distance from a card edge to the dotted line's crossing, short of the bus lines at mid-gap. */
const CLEARANCE = 14;

/**
 * Dotted-line relations are drawn after layout and never fed to ELK, so adding one moves no card.
 * The route leaves the dotted-line manager across the flow edge facing the report, crosses in the gap
 * just before the report's rank (where only the short drops into cards run) and enters the report the
 * way a reporting line would. Off-centre attachment points keep it apart from the solid lines.
 */
export function routeDottedLines(input: LayoutInput, nodes: readonly LayoutNode[]): LayoutEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: LayoutEdge[] = [];
  for (const { from, to } of input.dotted) {
    const a = byId.get(from);
    const b = byId.get(to);
    if (!a || !b) continue;
    out.push({ id: `dotted:${from}->${to}`, from, to, points: route(a, b, input.direction), dotted: true });
  }
  return out;
}

/** Flow coordinates: `main` runs along the reporting direction, `cross` across it. */
interface Box {
  main: number;
  mainSize: number;
  cross: number;
  crossSize: number;
}

function toBox(n: LayoutNode, dir: LayoutDirection): Box {
  return dir === 'down'
    ? { main: n.y, mainSize: n.height, cross: n.x, crossSize: n.width }
    : { main: n.x, mainSize: n.width, cross: n.y, crossSize: n.height };
}

function route(a: LayoutNode, b: LayoutNode, dir: LayoutDirection): Point[] {
  const A = toBox(a, dir);
  const B = toBox(b, dir);
  const ax = A.cross + A.crossSize * 0.75;
  const bx = B.cross + B.crossSize * 0.75;
  let pts: [number, number][];
  if (B.main >= A.main + A.mainSize) {
    // Report further along the flow: out of the manager's far edge, across just before the report.
    const lane = B.main - CLEARANCE;
    pts = [
      [ax, A.main + A.mainSize],
      [ax, lane],
      [bx, lane],
      [bx, B.main],
    ];
  } else if (A.main >= B.main + B.mainSize) {
    const lane = B.main + B.mainSize + CLEARANCE;
    pts = [
      [ax, A.main],
      [ax, lane],
      [bx, lane],
      [bx, B.main + B.mainSize],
    ];
  } else {
    // Same rank: over the top of both.
    const lane = Math.min(A.main, B.main) - CLEARANCE;
    pts = [
      [ax, A.main],
      [ax, lane],
      [bx, lane],
      [bx, B.main],
    ];
  }
  return pts.map(([c, m]) => (dir === 'down' ? { x: c, y: m } : { x: m, y: c }));
}
