import type { Id } from '../types.js';
import { type Block, assistantBlock, cardBlock, reporting, stackBlock } from './blocks.js';
import { type ChartForest, chartForest, isUnitCard } from './chart.js';
import { type Contour, endOf, rectContour, separation, spanOf, unionContours } from './contour.js';
import { routeDottedLines } from './dotted.js';
import { joinPolyline } from './geometry.js';
import { FRAME_PAD, SPACING, spacingOf } from './spacing.js';
import type {
  BranchStyle,
  LayoutDirection,
  LayoutEdge,
  LayoutInput,
  LayoutNode,
  LayoutResult,
  LayoutUnitBox,
  LayoutUnitEdge,
  Point,
  Rect,
  Size,
  SyncLayoutEngine,
} from './types.js';

/** A laid-out subtree, in its own frame: along 0 is where its top card starts, across 0 its left edge. */
interface Sub {
  readonly kind: 'role' | 'unit' | 'stack';
  /** The role, the unit, or (for a stacked column) the manager. */
  readonly id: Id;
  readonly style: BranchStyle;
  /** Assistants beside a role, or the leaves of a stacked column. */
  readonly members: readonly Id[];
  /** The unit framed around this subtree, or null. */
  readonly frameUnit: Id | null;
  readonly kids: readonly Kid[];
  readonly block: Block;
  /** Where the top block sits in this frame. */
  readonly rootX: number;
  readonly rootY: number;
  readonly contour: Contour;
  /** Where the manager's line arrives, in this frame. */
  readonly inA: number;
  readonly inC: number;
  /** Lines drawn by this subtree's top block to its kids and assistants, in this frame's x/y. */
  readonly edges: readonly LayoutEdge[];
  readonly unitEdges: readonly LayoutUnitEdge[];
  readonly frame: Rect | null;
  /** The last place this subtree was drawn at, so an unmoved subtree hands out the same objects. */
  placed: Placed | null;
  /** The layout run that last used this subtree. */
  gen: number;
}

interface Kid {
  readonly sub: Sub;
  readonly a: number;
  readonly c: number;
}

interface Placed {
  readonly dx: number;
  readonly dy: number;
  readonly depth: number;
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  readonly unitEdges: readonly LayoutUnitEdge[];
  readonly boxes: readonly LayoutUnitBox[];
}

/** Along/across-flow geometry for one direction: along is y when top-down, x when left-right. */
class Flow {
  constructor(readonly dir: LayoutDirection) {}
  along(p: Point): number {
    return this.dir === 'down' ? p.y : p.x;
  }
  across(p: Point): number {
    return this.dir === 'down' ? p.x : p.y;
  }
  point(a: number, c: number): Point {
    return this.dir === 'down' ? { x: c, y: a } : { x: a, y: c };
  }
  alongSize(s: Size): number {
    return this.dir === 'down' ? s.height : s.width;
  }
  acrossSize(s: Size): number {
    return this.dir === 'down' ? s.width : s.height;
  }
  rect(a: number, c: number, alongLength: number, acrossLength: number): Rect {
    return this.dir === 'down'
      ? { x: c, y: a, width: acrossLength, height: alongLength }
      : { x: a, y: c, width: alongLength, height: acrossLength };
  }
}

function sameIds(a: readonly Id[], b: readonly Id[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A tidy-tree layout (non-layered: each branch sits one gap below its own manager, whatever its
 * neighbours do) in time linear in the number of cards times the depth of their contours. Each
 * subtree is laid out once in its own frame and kept, keyed by its top card; the next layout reuses
 * every subtree whose cards, styles and units are unchanged (compared by identity bottom-up), so one
 * structural edit lays out again only the path from the change to the top, and cards that did not
 * move keep their very objects. Blocks (a manager with assistants, a stacked column) are the same as
 * ELK's, so both engines draw each branch style alike.
 */
export class TidyLayoutEngine implements SyncLayoutEngine {
  private caches = { role: new SubCache(), unit: new SubCache(), stack: new SubCache() };
  private gen = 0;
  private frameOf: { dir: LayoutDirection; card: Size } | null = null;

  layout(input: LayoutInput): Promise<LayoutResult> {
    return Promise.resolve(this.layoutSync(input));
  }

  layoutSync(input: LayoutInput): LayoutResult {
    const { direction: dir, card } = input;
    if (
      !this.frameOf ||
      this.frameOf.dir !== dir ||
      this.frameOf.card.width !== card.width ||
      this.frameOf.card.height !== card.height
    ) {
      this.caches = { role: new SubCache(), unit: new SubCache(), stack: new SubCache() };
      this.frameOf = { dir, card };
    }
    const flow = new Flow(dir);
    const forest = chartForest(input);
    const gen = ++this.gen;
    const builder = new Builder(flow, card, forest, this.caches, gen);
    const roots = forest.roots.map((root) => builder.item(root, undefined));
    for (const cache of Object.values(this.caches)) cache.sweep(gen);

    const gap = SPACING.normal.sibling;
    const offsets: number[] = [];
    let acc: Contour | null = null;
    for (const root of roots) {
      const c: number = acc === null ? 0 : Math.max(separation(acc, root.contour, gap), 0);
      offsets.push(c);
      acc = acc === null ? root.contour : unionContours(acc, root.contour, 0, c);
    }

    const out: Output = { nodes: [], edges: [], unitEdges: [], units: [] };
    const place = (sub: Sub, a: number, c: number, depth: number): void => {
      const at = flow.point(a, c);
      let placed = sub.placed;
      if (!placed || placed.dx !== at.x || placed.dy !== at.y || placed.depth !== depth) {
        placed = placeSub(sub, at.x, at.y, depth, forest.unitDepth);
        sub.placed = placed;
      }
      for (const n of placed.nodes) out.nodes.push(n);
      for (const e of placed.edges) out.edges.push(e);
      for (const e of placed.unitEdges) out.unitEdges.push(e);
      for (const b of placed.boxes) out.units.push(b);
      const inner = sub.frame ? depth + 1 : depth;
      for (const kid of sub.kids) place(kid.sub, a + kid.a, c + kid.c, inner);
    };
    roots.forEach((root, i) => place(root, 0, offsets[i]!, 0));

    const dotted = input.dotted.length > 0 ? routeDottedLines(input, out.nodes) : [];
    for (const e of dotted) out.edges.push(e);
    let bounds: Rect = { x: 0, y: 0, width: 0, height: 0 };
    if (acc !== null) {
      const { lo, hi } = spanOf(acc);
      bounds = flow.rect(acc.br[0]!, lo, endOf(acc) - acc.br[0]!, hi - lo);
      for (const e of dotted) bounds = growToPoints(bounds, e.points);
    }
    return { nodes: out.nodes, edges: out.edges, units: out.units, unitEdges: out.unitEdges, bounds };
  }
}

interface Output {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  unitEdges: LayoutUnitEdge[];
  units: LayoutUnitBox[];
}

function growToPoints(r: Rect, points: readonly Point[]): Rect {
  let x0 = r.x;
  let y0 = r.y;
  let x1 = r.x + r.width;
  let y1 = r.y + r.height;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function shift(points: readonly Point[], dx: number, dy: number): Point[] {
  const moved: Point[] = new Array<Point>(points.length);
  for (let i = 0; i < points.length; i++) moved[i] = { x: points[i]!.x + dx, y: points[i]!.y + dy };
  return moved;
}

function placeSub(
  sub: Sub,
  dx: number,
  dy: number,
  depth: number,
  unitDepth: ReadonlyMap<Id, number>,
): Placed {
  const nodes: LayoutNode[] = [];
  const boxes: LayoutUnitBox[] = [];
  if (sub.kind === 'unit') {
    const n = sub.block.nodes[0]!;
    boxes.push({
      unitId: sub.id,
      kind: 'card',
      x: n.x + dx + sub.rootX,
      y: n.y + dy + sub.rootY,
      width: n.width,
      height: n.height,
      depth: unitDepth.get(sub.id) ?? 0,
    });
  } else {
    const x = dx + sub.rootX;
    const y = dy + sub.rootY;
    for (const n of sub.block.nodes)
      nodes.push({ id: n.id, x: n.x + x, y: n.y + y, width: n.width, height: n.height });
  }
  if (sub.frame && sub.frameUnit !== null) {
    const f = sub.frame;
    boxes.unshift({
      unitId: sub.frameUnit,
      kind: 'frame',
      x: f.x + dx,
      y: f.y + dy,
      width: f.width,
      height: f.height,
      depth,
    });
  }
  const edges = sub.edges.map((e) => ({ ...e, points: shift(e.points, dx, dy) }));
  const unitEdges = sub.unitEdges.map((e) => ({ ...e, points: shift(e.points, dx, dy) }));
  return { dx, dy, depth, nodes, edges, unitEdges, boxes };
}

/** The last subtree built for each card, with the layout run that last used it. */
class SubCache {
  private readonly map = new Map<Id, Sub>();
  private touched = 0;
  get(id: Id): Sub | undefined {
    return this.map.get(id);
  }
  keep(id: Id, sub: Sub, gen: number): void {
    if (this.map.get(id) !== sub) this.map.set(id, sub);
    sub.gen = gen;
    this.touched++;
  }
  /** Drops the subtrees of cards that are gone; costs a walk only when something was dropped. */
  sweep(gen: number): void {
    if (this.map.size > this.touched)
      for (const [id, sub] of this.map) if (sub.gen !== gen) this.map.delete(id);
    this.touched = 0;
  }
}

class Builder {
  constructor(
    private readonly flow: Flow,
    private readonly card: Size,
    private readonly forest: ChartForest,
    private readonly caches: { role: SubCache; unit: SubCache; stack: SubCache },
    private readonly gen: number,
  ) {}

  /** The subtree of card `i`; `parentUnit` is its manager's unit (undefined for a top card). */
  item(i: number, parentUnit: Id | null | undefined): Sub {
    const forest = this.forest;
    const id = forest.ids[i]!;
    const unitCard = isUnitCard(forest, i);
    const style = forest.style[i]!;
    const unitId = forest.unitId[i]!;
    const stacking = style === 'stacked';
    const assistants: Id[] = [];
    let leaves: Id[] | null = null;
    // Only leaves of the manager's own unit join its block: a report of another unit needs a frame
    // of its own, so it is placed like any other report.
    const joins = (k: number): boolean =>
      !unitCard && !isUnitCard(forest, k) && forest.firstKid[k]! < 0 && forest.unitId[k] === unitId;
    for (let k = forest.firstKid[i]!; k >= 0; k = forest.nextSibling[k]!) {
      if (!joins(k)) continue;
      if (forest.assistant[k]) assistants.push(forest.ids[k]!);
      else if (stacking) (leaves ??= []).push(forest.ids[k]!);
    }
    const kids: Sub[] = [];
    let stackPlaced = false;
    for (let k = forest.firstKid[i]!; k >= 0; k = forest.nextSibling[k]!) {
      const joined = joins(k);
      if (joined && forest.assistant[k]) continue;
      if (joined && leaves !== null) {
        // The column takes the place of the first stacked leaf, so sibling order still reads in order.
        if (stackPlaced) continue;
        stackPlaced = true;
        kids.push(this.stack(id, leaves));
      } else {
        kids.push(this.item(k, unitId));
      }
    }
    const frameUnit = !unitCard && unitId !== null && unitId !== parentUnit ? unitId : null;
    const cache = unitCard ? this.caches.unit : this.caches.role;
    const prev = cache.get(id);
    if (
      prev &&
      prev.style === style &&
      prev.frameUnit === frameUnit &&
      sameIds(prev.members, assistants) &&
      prev.kids.length === kids.length &&
      prev.kids.every((k, j) => k.sub === kids[j])
    ) {
      cache.keep(id, prev, this.gen);
      return prev;
    }
    const { dir } = this.flow;
    const block =
      assistants.length > 0 ? assistantBlock(id, assistants, dir, this.card) : cardBlock(id, dir, this.card);
    const sub = this.compose(unitCard ? 'unit' : 'role', id, style, assistants, frameUnit, block, kids);
    cache.keep(id, sub, this.gen);
    return sub;
  }

  private stack(managerId: Id, leaves: readonly Id[]): Sub {
    const cache = this.caches.stack;
    const prev = cache.get(managerId);
    if (prev && sameIds(prev.members, leaves)) {
      cache.keep(managerId, prev, this.gen);
      return prev;
    }
    const block = stackBlock(managerId, leaves, this.flow.dir, this.card);
    const sub = this.compose('stack', managerId, 'wide', leaves, null, block, []);
    cache.keep(managerId, sub, this.gen);
    return sub;
  }
  private compose(
    kind: Sub['kind'],
    id: Id,
    style: BranchStyle,
    members: readonly Id[],
    frameUnit: Id | null,
    block: Block,
    kidSubs: readonly Sub[],
  ): Sub {
    const f = this.flow;
    const rootAlong = f.alongSize(block);
    const rootAcross = f.acrossSize(block);
    const edges: LayoutEdge[] = [];
    const unitEdges: LayoutUnitEdge[] = [];
    const kids: Kid[] = [];
    // The frame is anchored at the first kid, not at the top card, so that an edit in one branch leaves
    // the branches before it where they were (and their objects reusable); only the top card moves.
    let rootC = 0;
    let contour: Contour;
    if (kidSubs.length > 0 && block.outPort) {
      const { sibling, layer } = SPACING[spacingOf(style)];
      const cs: number[] = [0];
      let acc: Contour = kidSubs[0]!.contour;
      for (let i = 1; i < kidSubs.length; i++) {
        const k = kidSubs[i]!;
        const c = Math.max(separation(acc, k.contour, sibling), cs[i - 1]!);
        cs.push(c);
        acc = unionContours(acc, k.contour, 0, c);
      }
      const first = kidSubs[0]!.inC;
      const last = cs[cs.length - 1]! + kidSubs[kidSubs.length - 1]!.inC;
      const outC = (first + last) / 2;
      rootC = outC - f.across(block.outPort.at);
      const kidA = rootAlong + layer;
      const bus = rootAlong + layer / 2;
      contour = rectContour(0, rootAlong, rootC, rootC + rootAcross);
      contour = unionContours(contour, rectContour(rootAlong, kidA, first, last), 0, 0);
      contour = unionContours(contour, acc, kidA, 0);
      const stem = block.outStem[0] ?? block.outPort.at;
      const start = f.point(f.along(stem), f.across(stem) + rootC);
      const from = block.outRole ?? id;
      kidSubs.forEach((sub, i) => {
        const kid: Kid = { sub, a: kidA, c: cs[i]! };
        kids.push(kid);
        const inC = kid.c + sub.inC;
        const route = [start, f.point(bus, outC), f.point(bus, inC), f.point(kid.a + sub.inA, inC)];
        if (sub.kind === 'stack') {
          const at = f.point(kid.a, kid.c);
          for (const tail of sub.block.tails)
            edges.push(reporting(from, tail.to, joinPolyline(route, shift(tail.points, at.x, at.y))));
        } else if (sub.kind === 'unit') {
          unitEdges.push({
            id: `unit:${kind === 'unit' ? 'u' : 'r'}:${id}->${sub.id}`,
            from,
            fromUnit: kind === 'unit',
            to: sub.id,
            points: joinPolyline(route),
          });
        } else {
          edges.push(reporting(from, sub.id, joinPolyline(route)));
        }
      });
    } else {
      contour = rectContour(0, rootAlong, 0, rootAcross);
    }
    const root = f.point(0, rootC);
    for (const e of block.edges) edges.push({ ...e, points: shift(e.points, root.x, root.y) });
    let frame: Rect | null = null;
    if (frameUnit !== null) {
      const { lo, hi } = spanOf(contour);
      const end = endOf(contour);
      frame = f.rect(-FRAME_PAD, lo - FRAME_PAD, end + 2 * FRAME_PAD, hi - lo + 2 * FRAME_PAD);
      contour = rectContour(-FRAME_PAD, end + FRAME_PAD, lo - FRAME_PAD, hi + FRAME_PAD);
    }
    const inPort = block.inPort?.at ?? { x: 0, y: 0 };
    return {
      kind,
      id,
      style,
      members,
      frameUnit,
      kids,
      block,
      contour,
      rootX: root.x,
      rootY: root.y,
      inA: f.along(inPort),
      inC: f.across(inPort) + rootC,
      edges,
      unitEdges,
      frame,
      placed: null,
      gen: this.gen,
    };
  }
}
