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
  LayoutRole,
  LayoutUnit,
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
  /**
   * How many input roles this branch holds (its top, assistants, stacked leaves, every report below),
   * when the input was depth first; -1 for a unit card, a stack, or an input in another order.
   */
  readonly size: number;
  /**
   * What the whole subtree draws: cards, lines, lines to unit cards, unit boxes. Each layout lists a
   * subtree's items together, so these say which stretch of the last result an unchanged one was.
   */
  readonly count: Counts;
}

interface Counts {
  readonly nodes: number;
  readonly edges: number;
  readonly unitEdges: number;
  readonly boxes: number;
}

interface Kid {
  readonly sub: Sub;
  readonly a: number;
  readonly c: number;
  /** The kid's top role's index in the input minus its manager's; -1 for a unit card or a stack. */
  readonly off: number;
}

/** What the last layout was given and made, to find the branches the next input left alone. */
interface Previous {
  readonly roles: readonly LayoutRole[];
  readonly preorder: boolean;
  readonly units: readonly LayoutUnit[];
  /** Where each unit card hangs (see `unitCardHosts`). */
  readonly hosts: readonly string[];
  readonly roots: readonly Sub[];
  /** The index of each top-level role in `roles`; -1 for a top-level unit card. */
  readonly rootStarts: readonly number[];
  /** Where each top-level subtree was drawn, across the flow. */
  readonly offsets: readonly number[];
  /** The last result, whose stretches unchanged subtrees take again. */
  readonly out: Output;
}

const NONE: readonly never[] = Object.freeze([]);

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
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameUnits(a: readonly LayoutUnit[], b: readonly LayoutUnit[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.parentId !== y.parentId || x.hasRoles !== y.hasRoles)) return false;
  }
  return true;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Where each unit card of the forest hangs, as text: below a role, below another unit card, at the
 * top, or nowhere. Unit cards hang where the first role of a parent unit is, which can change
 * without any branch around them changing, so a branch is only known unchanged while these are.
 */
function unitCardHosts(forest: ChartForest): string[] {
  const hosts: string[] = [];
  for (let i = forest.roleCount; i < forest.count; i++) {
    const up = forest.parent[i]!;
    hosts.push(
      up === -2 ? '-' : up === -1 ? '/' : `${isUnitCard(forest, up) ? 'u' : 'r'}:${forest.ids[up]!}`,
    );
  }
  return hosts;
}

/**
 * Where the kid with `id` of `kind` is among `kids`, looking at `from` first (siblings mostly keep
 * their order), or -1.
 */
function findKid(kids: readonly Kid[], from: number, id: Id, kind: Sub['kind']): number {
  // From `from` on first: after a report is added or removed, the rest are found at the next look.
  for (let n = 0; n < kids.length; n++) {
    const j = (from + n) % kids.length;
    if (kids[j]!.sub.id === id && kids[j]!.sub.kind === kind) return j;
  }
  return -1;
}

/**
 * A tidy-tree layout (non-layered: each branch sits one gap below its own manager, whatever its
 * neighbours do) in time linear in the number of cards times the depth of their contours. Each
 * subtree is laid out once in its own frame and kept. The next layout walks down from the top only
 * where something changed: a branch whose stretch of the (depth-first) input holds the very same
 * layout roles as last time is taken whole without looking inside, which costs a pointer comparison
 * per role (`layoutInput` hands out the same object for an unchanged role); elsewhere each subtree
 * whose cards, styles and units are unchanged is reused after comparing it field by field. So one
 * structural edit lays out again only the path from the change to the top, and cards that did not
 * move keep their very objects. Blocks (a manager with assistants, a stacked column) are the same as
 * ELK's, so both engines draw each branch style alike.
 */
export class TidyLayoutEngine implements SyncLayoutEngine {
  private caches: Caches = { role: new SubCache(), unit: new SubCache(), stack: new SubCache() };
  private frameOf: { dir: LayoutDirection; card: Size } | null = null;
  private previous: Previous | null = null;

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
      this.previous = null;
    }
    const flow = new Flow(dir);
    const forest = chartForest(input);
    const hosts = unitCardHosts(forest);
    const prev = this.previous;
    // Pointer comparison of stretches needs both inputs depth first, and unit cards where they were.
    const shortcut =
      prev !== null &&
      prev.preorder &&
      forest.preorder &&
      sameUnits(prev.units, input.units) &&
      sameStrings(prev.hosts, hosts);
    const builder = new Builder(flow, card, forest, this.caches, input.roles, shortcut ? prev : null);
    let cursor = 0;
    const rootStarts: number[] = [];
    const roots = forest.roots.map((root) => {
      const unit = isUnitCard(forest, root);
      rootStarts.push(unit ? -1 : root);
      const at = prev ? findRoot(prev.roots, cursor, forest.ids[root]!, unit ? 'unit' : 'role') : -1;
      if (at < 0) return builder.item(root, undefined, undefined, -1);
      cursor = at + 1;
      return builder.item(root, undefined, prev!.roots[at], prev!.rootStarts[at]!);
    });
    trimCaches(this.caches, forest.count, roots);

    const gap = SPACING.normal.sibling;
    const offsets: number[] = [];
    let acc: Contour | null = null;
    for (const root of roots) {
      const c: number = acc === null ? 0 : Math.max(separation(acc, root.contour, gap), 0);
      offsets.push(c);
      acc = acc === null ? root.contour : unionContours(acc, root.contour, 0, c);
    }

    const out: Output = { nodes: [], edges: [], unitEdges: [], units: [] };
    // Drawn items of the last layout can be taken again while unit depths (of unit cards) are the same.
    const drawer = new Drawer(
      flow,
      forest,
      out,
      prev !== null && sameUnits(prev.units, input.units) ? prev.out : null,
    );
    let from = { nodes: 0, edges: 0, unitEdges: 0, boxes: 0 };
    const lastStarts = new Map<Sub, { at: Counts; c: number }>();
    if (prev !== null) {
      prev.roots.forEach((root, i) => {
        lastStarts.set(root, { at: from, c: prev.offsets[i]! });
        from = add(from, root.count);
      });
    }
    let next = 0;
    roots.forEach((root, i) => {
      const at = prev ? findRoot(prev.roots, next, root.id, root.kind) : -1;
      if (at >= 0) next = at + 1;
      const was = at >= 0 ? prev!.roots[at]! : null;
      const last = was === null ? undefined : lastStarts.get(was);
      drawer.place(root, 0, offsets[i]!, 0, was, last ? { a: 0, c: last.c, depth: 0, at: last.at } : null);
    });
    this.previous = {
      roles: input.roles,
      preorder: forest.preorder,
      units: input.units,
      hosts,
      roots,
      rootStarts,
      offsets,
      // The dotted lines pushed below come after every subtree's stretch, so the lists serve as they are.
      out,
    };

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

function add(a: Counts, b: Counts): Counts {
  return {
    nodes: a.nodes + b.nodes,
    edges: a.edges + b.edges,
    unitEdges: a.unitEdges + b.unitEdges,
    boxes: a.boxes + b.boxes,
  };
}

/** What a subtree draws itself, without its kids. */
function ownCount(sub: Sub): Counts {
  return {
    nodes: sub.kind === 'unit' ? 0 : sub.block.nodes.length,
    edges: sub.edges.length,
    unitEdges: sub.unitEdges.length,
    boxes: (sub.kind === 'unit' ? 1 : 0) + (sub.frame && sub.frameUnit !== null ? 1 : 0),
  };
}

/** Where a subtree was drawn last time: its place, its frame depth, and its stretch of the last result. */
interface Last {
  readonly a: number;
  readonly c: number;
  readonly depth: number;
  readonly at: Counts;
}

/**
 * Turns subtrees into the result's flat lists, depth first. A subtree that is the very one drawn last
 * time is copied from its stretch of the last result: as it was when it did not move (the same
 * objects, so the canvas redraws nothing), shifted when it did, reading the last result in order
 * rather than visiting every subtree inside.
 */
class Drawer {
  constructor(
    private readonly flow: Flow,
    private readonly forest: ChartForest,
    private readonly out: Output,
    private readonly last: Output | null,
  ) {}

  place(sub: Sub, a: number, c: number, depth: number, was: Sub | null, last: Last | null): void {
    const lastOut = this.last;
    if (was === sub && last !== null && lastOut !== null) {
      const dx = this.flow.dir === 'down' ? c - last.c : a - last.a;
      const dy = this.flow.dir === 'down' ? a - last.a : c - last.c;
      this.copy(lastOut, last.at, sub.count, dx, dy, depth - last.depth);
      return;
    }
    const at = this.flow.point(a, c);
    this.own(sub, at.x, at.y, depth, was, last);
    const inner = sub.frame ? depth + 1 : depth;
    // Where the kids of this card's last version were drawn, to match each kid with its own last version.
    const before = was !== null && last !== null && lastOut !== null ? was.kids : NONE;
    const lasts: Last[] = [];
    if (before.length > 0) {
      let from = add(last!.at, ownCount(was!));
      const lastInner = was!.frame ? last!.depth + 1 : last!.depth;
      for (const kid of before) {
        lasts.push({ a: last!.a + kid.a, c: last!.c + kid.c, depth: lastInner, at: from });
        from = add(from, kid.sub.count);
      }
    }
    let cursor = 0;
    for (const kid of sub.kids) {
      const j = before.length > 0 ? findKid(before, cursor, kid.sub.id, kid.sub.kind) : -1;
      if (j >= 0) cursor = j + 1;
      this.place(
        kid.sub,
        a + kid.a,
        c + kid.c,
        inner,
        j >= 0 ? before[j]!.sub : null,
        j >= 0 ? lasts[j]! : null,
      );
    }
  }

  /** The stretch `count` of `from` at `at`, moved by (`dx`, `dy`) and `dd` frames deeper. */
  private copy(from: Output, at: Counts, count: Counts, dx: number, dy: number, dd: number): void {
    const out = this.out;
    if (dx === 0 && dy === 0 && dd === 0) {
      for (let i = 0; i < count.nodes; i++) out.nodes.push(from.nodes[at.nodes + i]!);
      for (let i = 0; i < count.edges; i++) out.edges.push(from.edges[at.edges + i]!);
      for (let i = 0; i < count.unitEdges; i++) out.unitEdges.push(from.unitEdges[at.unitEdges + i]!);
      for (let i = 0; i < count.boxes; i++) out.units.push(from.units[at.boxes + i]!);
      return;
    }
    for (let i = 0; i < count.nodes; i++) {
      const n = from.nodes[at.nodes + i]!;
      out.nodes.push({ id: n.id, x: n.x + dx, y: n.y + dy, width: n.width, height: n.height });
    }
    const shifter = new Shifter(dx, dy);
    for (let i = 0; i < count.edges; i++) {
      const e = from.edges[at.edges + i]!;
      out.edges.push({
        id: e.id,
        from: e.from,
        to: e.to,
        points: shifter.points(e.points),
        dotted: e.dotted,
      });
    }
    for (let i = 0; i < count.unitEdges; i++) {
      const e = from.unitEdges[at.unitEdges + i]!;
      out.unitEdges.push({
        id: e.id,
        from: e.from,
        fromUnit: e.fromUnit,
        to: e.to,
        points: shift(e.points, dx, dy),
      });
    }
    for (let i = 0; i < count.boxes; i++) {
      const b = from.units[at.boxes + i]!;
      out.units.push({
        unitId: b.unitId,
        kind: b.kind,
        x: b.x + dx,
        y: b.y + dy,
        width: b.width,
        height: b.height,
        // A frame's depth is how many frames hold it; a unit card's is its unit's depth.
        depth: b.kind === 'frame' ? b.depth + dd : b.depth,
      });
    }
  }

  /** What `sub` draws itself with its frame's origin at (`dx`, `dy`), inside `depth` frames. */
  private own(sub: Sub, dx: number, dy: number, depth: number, was: Sub | null, last: Last | null): void {
    const out = this.out;
    if (sub.frame && sub.frameUnit !== null) {
      const f = sub.frame;
      out.units.push({
        unitId: sub.frameUnit,
        kind: 'frame',
        x: f.x + dx,
        y: f.y + dy,
        width: f.width,
        height: f.height,
        depth,
      });
    }
    if (sub.kind === 'unit') {
      const n = sub.block.nodes[0]!;
      out.units.push({
        unitId: sub.id,
        kind: 'card',
        x: n.x + dx + sub.rootX,
        y: n.y + dy + sub.rootY,
        width: n.width,
        height: n.height,
        depth: this.forest.unitDepth.get(sub.id) ?? 0,
      });
    } else {
      const x = dx + sub.rootX;
      const y = dy + sub.rootY;
      const block = sub.block.nodes;
      // A card on the path of the change that stayed where it was keeps its object too.
      const before =
        was !== null && last !== null && this.last !== null && was.kind === sub.kind
          ? was.block.nodes.length
          : 0;
      for (let i = 0; i < block.length; i++) {
        const n = block[i]!;
        const old = i < before ? this.last!.nodes[last!.at.nodes + i] : undefined;
        out.nodes.push(
          old !== undefined &&
            old.id === n.id &&
            old.x === n.x + x &&
            old.y === n.y + y &&
            old.width === n.width &&
            old.height === n.height
            ? old
            : { id: n.id, x: n.x + x, y: n.y + y, width: n.width, height: n.height },
        );
      }
    }
    const shifter = new Shifter(dx, dy);
    for (const e of sub.edges)
      out.edges.push({
        id: e.id,
        from: e.from,
        to: e.to,
        points: shifter.points(e.points),
        dotted: e.dotted,
      });
    for (const e of sub.unitEdges) out.unitEdges.push({ ...e, points: shift(e.points, dx, dy) });
  }
}

function findRoot(roots: readonly Sub[], from: number, id: Id, kind: Sub['kind']): number {
  for (let n = 0; n < roots.length; n++) {
    const j = (from + n) % roots.length;
    if (roots[j]!.id === id && roots[j]!.kind === kind) return j;
  }
  return -1;
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

/**
 * `shift` for lines drawn one after another from the same card: the lines from a manager to its
 * reports share their first two points (the manager's port and the bus above it), and their moved
 * copies share them too, which spares a delete near the left of a large chart, where nearly every
 * line moves, about half of the points it would make.
 */
class Shifter {
  private from0: Point | null = null;
  private to0: Point | null = null;
  private from1: Point | null = null;
  private to1: Point | null = null;
  constructor(
    private readonly dx: number,
    private readonly dy: number,
  ) {}
  points(points: readonly Point[]): Point[] {
    const moved: Point[] = new Array<Point>(points.length);
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      if (i === 0 && p === this.from0) moved[0] = this.to0!;
      else if (i === 1 && p === this.from1) moved[1] = this.to1!;
      else {
        const q = { x: p.x + this.dx, y: p.y + this.dy };
        moved[i] = q;
        if (i === 0) {
          this.from0 = p;
          this.to0 = q;
        } else if (i === 1) {
          this.from1 = p;
          this.to1 = q;
        }
      }
    }
    return moved;
  }
}

function shift(points: readonly Point[], dx: number, dy: number): Point[] {
  const moved: Point[] = new Array<Point>(points.length);
  for (let i = 0; i < points.length; i++) moved[i] = { x: points[i]!.x + dx, y: points[i]!.y + dy };
  return moved;
}

/**
 * The last subtree built for each card. Subtrees taken whole are not visited, so entries are not
 * swept after every layout; `trimCaches` rebuilds them once they hold many more cards than the chart.
 */
class SubCache {
  map = new Map<Id, Sub>();
  get(id: Id): Sub | undefined {
    return this.map.get(id);
  }
  keep(id: Id, sub: Sub): void {
    if (this.map.get(id) !== sub) this.map.set(id, sub);
  }
}

type Caches = Record<Sub['kind'], SubCache>;

/**
 * Once the caches hold many more cards than the chart (cards deleted, or hidden by collapsing),
 * keeps only the subtrees the last layout used; amortised, this costs nothing per layout.
 */
function trimCaches(caches: Caches, cards: number, roots: readonly Sub[]): void {
  const held = caches.role.map.size + caches.unit.map.size + caches.stack.map.size;
  if (held <= 2 * cards + 64) return;
  for (const cache of Object.values(caches)) cache.map = new Map();
  const stack = [...roots];
  while (stack.length > 0) {
    const sub = stack.pop()!;
    caches[sub.kind].map.set(sub.id, sub);
    for (const kid of sub.kids) stack.push(kid.sub);
  }
}

class Builder {
  private readonly old: readonly LayoutRole[] | null;

  constructor(
    private readonly flow: Flow,
    private readonly card: Size,
    private readonly forest: ChartForest,
    private readonly caches: Caches,
    private readonly roles: readonly LayoutRole[],
    previous: Previous | null,
  ) {
    this.old = previous?.roles ?? null;
  }

  /** Whether card `k` joins the block of its manager `i` (an assistant, or a leaf of a stacked column). */
  private joins(i: number, k: number): boolean {
    const forest = this.forest;
    // Only leaves of the manager's own unit join its block: a report of another unit needs a frame
    // of its own, so it is placed like any other report.
    return (
      !isUnitCard(forest, i) &&
      !isUnitCard(forest, k) &&
      forest.firstKid[k]! < 0 &&
      forest.unitId[k] === forest.unitId[i]
    );
  }

  /**
   * Whether the branch of role `i` is the very one that started at `start` in the last input: the same
   * layout roles (or equal ones) in the same order, the top one compared without its manager, whose
   * change is its manager's business.
   */
  private sameBranch(i: number, start: number, size: number): boolean {
    const old = this.old!;
    const now = this.roles;
    if (start + size > old.length) return false;
    const a = now[i]!;
    const b = old[start]!;
    if (
      a !== b &&
      (a.id !== b.id ||
        a.assistant !== b.assistant ||
        a.style !== b.style ||
        a.unitId !== b.unitId ||
        a.collapsed !== b.collapsed)
    )
      return false;
    for (let t = 1; t < size; t++) {
      const x = now[i + t]!;
      const y = old[start + t]!;
      if (
        x !== y &&
        (x.id !== y.id ||
          x.parentId !== y.parentId ||
          x.assistant !== y.assistant ||
          x.style !== y.style ||
          x.unitId !== y.unitId ||
          x.collapsed !== y.collapsed)
      )
        return false;
    }
    return true;
  }

  /**
   * The subtree of card `i`; `parentUnit` is its manager's unit (undefined for a top card). `hint` is
   * the subtree last laid out for this card, and `start` where its branch began in the last input
   * (-1 when not known).
   */
  item(i: number, parentUnit: Id | null | undefined, hint: Sub | undefined, start: number): Sub {
    const forest = this.forest;
    const id = forest.ids[i]!;
    const unitCard = isUnitCard(forest, i);
    const unitId = forest.unitId[i]!;
    const frameUnit = !unitCard && unitId !== null && unitId !== parentUnit ? unitId : null;
    const cache = unitCard ? this.caches.unit : this.caches.role;
    const prev = hint ?? cache.get(id);
    if (
      prev !== undefined &&
      start >= 0 &&
      this.old !== null &&
      prev.size === forest.size[i] &&
      prev.frameUnit === frameUnit &&
      this.sameBranch(i, start, prev.size)
    ) {
      cache.keep(id, prev);
      return prev;
    }
    const style = forest.style[i]!;
    const stacking = style === 'stacked';
    let assistants: Id[] | null = null;
    let leaves: Id[] | null = null;
    for (let k = forest.firstKid[i]!; k >= 0; k = forest.nextSibling[k]!) {
      if (!this.joins(i, k)) continue;
      if (forest.assistant[k]) (assistants ??= []).push(forest.ids[k]!);
      else if (stacking) (leaves ??= []).push(forest.ids[k]!);
    }
    const before = prev?.kids ?? NONE;
    let cursor = 0;
    const kids: Sub[] = [];
    const offs: number[] = [];
    let stackPlaced = false;
    for (let k = forest.firstKid[i]!; k >= 0; k = forest.nextSibling[k]!) {
      const joined = this.joins(i, k);
      if (joined && forest.assistant[k]) continue;
      if (joined && leaves !== null) {
        // The column takes the place of the first stacked leaf, so sibling order still reads in order.
        if (stackPlaced) continue;
        stackPlaced = true;
        const at = findKid(before, 0, id, 'stack');
        kids.push(this.stack(id, leaves, at >= 0 ? before[at]!.sub : undefined));
        offs.push(-1);
        continue;
      }
      const kidId = forest.ids[k]!;
      const kind = isUnitCard(forest, k) ? 'unit' : 'role';
      const at = findKid(before, cursor, kidId, kind);
      let kidHint: Sub | undefined;
      let kidStart = -1;
      if (at >= 0) {
        cursor = at + 1;
        kidHint = before[at]!.sub;
        if (start >= 0 && before[at]!.off >= 0) kidStart = start + before[at]!.off;
      }
      kids.push(this.item(k, unitId, kidHint, kidStart));
      offs.push(kind === 'role' ? k - i : -1);
    }
    const members = assistants ?? NONE;
    if (
      prev &&
      prev.style === style &&
      prev.frameUnit === frameUnit &&
      sameIds(prev.members, members) &&
      prev.kids.length === kids.length &&
      prev.kids.every((k, j) => k.sub === kids[j])
    ) {
      cache.keep(id, prev);
      return prev;
    }
    const { dir } = this.flow;
    const block =
      assistants !== null ? assistantBlock(id, assistants, dir, this.card) : cardBlock(id, dir, this.card);
    const size = !unitCard && forest.preorder ? forest.size[i]! : -1;
    const sub = this.compose(
      unitCard ? 'unit' : 'role',
      id,
      style,
      members,
      frameUnit,
      block,
      kids,
      offs,
      size,
    );
    cache.keep(id, sub);
    return sub;
  }

  private stack(managerId: Id, leaves: readonly Id[], hint: Sub | undefined): Sub {
    const cache = this.caches.stack;
    const prev = hint ?? cache.get(managerId);
    if (prev && sameIds(prev.members, leaves)) {
      cache.keep(managerId, prev);
      return prev;
    }
    const block = stackBlock(managerId, leaves, this.flow.dir, this.card);
    const sub = this.compose('stack', managerId, 'wide', leaves, null, block, [], [], -1);
    cache.keep(managerId, sub);
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
    offs: readonly number[],
    size: number,
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
      // One object for the point every line to a report passes, so that their copies can share it.
      const busOut = f.point(bus, outC);
      kidSubs.forEach((sub, i) => {
        const kid: Kid = { sub, a: kidA, c: cs[i]!, off: offs[i]! };
        kids.push(kid);
        const inC = kid.c + sub.inC;
        const route = [start, busOut, f.point(bus, inC), f.point(kid.a + sub.inA, inC)];
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
    let nodes = kind === 'unit' ? 0 : block.nodes.length;
    let edgeCount = edges.length;
    let unitEdgeCount = unitEdges.length;
    let boxes = (kind === 'unit' ? 1 : 0) + (frame !== null ? 1 : 0);
    for (const kid of kidSubs) {
      nodes += kid.count.nodes;
      edgeCount += kid.count.edges;
      unitEdgeCount += kid.count.unitEdges;
      boxes += kid.count.boxes;
    }
    const count: Counts = { nodes, edges: edgeCount, unitEdges: unitEdgeCount, boxes };
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
      size,
      count,
    };
  }
}
