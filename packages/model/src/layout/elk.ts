import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Id } from '../types.js';
import { type Block, assistantBlock, cardBlock, reporting, stackBlock } from './blocks.js';
import { compactGroups } from './compact.js';
import { routeDottedLines } from './dotted.js';
import { splitUnitCards, withUnitCards } from './unitFrames.js';
import { boundsOf, joinPolyline, translateEdge, translateNode, translatePoints } from './geometry.js';
import { SPACING, type Spacing, spacingOf } from './spacing.js';
import type {
  LayoutEdge,
  LayoutEngine,
  LayoutInput,
  LayoutNode,
  LayoutResult,
  LayoutRole,
  Point,
} from './types.js';

/** Spacing of the order hints given to interactive crossing minimisation (see `arrange`). */
const ORDER_SPREAD = 100_000;

interface Laid {
  readonly nodes: LayoutNode[];
  readonly edges: LayoutEdge[];
}

interface Context {
  readonly input: LayoutInput;
  readonly children: ReadonlyMap<Id | null, readonly LayoutRole[]>;
  readonly byId: ReadonlyMap<Id, LayoutRole>;
}

/**
 * Layout with ELK's layered algorithm. ELK places whole blocks (a card, a manager with assistants, a
 * stacked column, a condensed branch laid out on its own with tighter spacing) and routes the
 * reporting lines between them; the blocks bring their own inner lines. One ELK graph has one spacing,
 * which is why a condensed branch is a separate, nested layout.
 */
export class ElkLayoutEngine implements LayoutEngine {
  private readonly elk = new ELK();

  async layout(original: LayoutInput): Promise<LayoutResult> {
    const input = withUnitCards(original);
    const children = new Map<Id | null, LayoutRole[]>();
    const byId = new Map<Id, LayoutRole>();
    for (const role of input.roles) {
      byId.set(role.id, role);
      const list = children.get(role.parentId);
      if (list) list.push(role);
      else children.set(role.parentId, [role]);
    }
    const ctx: Context = { input, children, byId };
    const laid = await this.region(ctx, null, 'normal');
    const split = splitUnitCards(original, laid.nodes, laid.edges);
    const edges = [...split.edges, ...routeDottedLines(original, split.nodes)];
    const bounds = boundsOf([...laid.nodes, ...split.units], [...edges, ...laid.edges]);
    return { nodes: split.nodes, edges, units: split.units, unitEdges: split.unitEdges, bounds };
  }

  /** Lays out the roles under `root` (all top-level roles when null) that share one spacing. */
  private async region(ctx: Context, root: LayoutRole | null, spacing: Spacing): Promise<Laid> {
    const { direction: dir, card } = ctx.input;
    const blocks: Block[] = [];
    const links: { from: Block; to: Block }[] = [];
    const kidsOf = (id: Id): readonly LayoutRole[] => ctx.children.get(id) ?? [];
    const isLeaf = (role: LayoutRole): boolean => kidsOf(role.id).length === 0;
    const startsRegion = (role: LayoutRole): boolean => {
      if (isLeaf(role)) return false;
      const parent = role.parentId === null ? undefined : ctx.byId.get(role.parentId);
      return spacingOf(role.style) !== spacingOf(parent?.style ?? 'wide');
    };

    const place = async (role: LayoutRole, from: Block | null): Promise<void> => {
      if (role !== root && startsRegion(role)) {
        const inner = await this.region(ctx, role, spacingOf(role.style));
        const block = regionBlock(role.id, inner, dir, card);
        blocks.push(block);
        if (from) links.push({ from, to: block });
        return;
      }
      const kids = kidsOf(role.id);
      const assistants = kids.filter((k) => k.assistant && isLeaf(k));
      const block =
        assistants.length > 0
          ? assistantBlock(
              role.id,
              assistants.map((a) => a.id),
              dir,
              card,
            )
          : cardBlock(role.id, dir, card);
      blocks.push(block);
      if (from) links.push({ from, to: block });
      const rest = kids.filter((k) => !assistants.includes(k));
      const stacked = role.style === 'stacked' ? rest.filter(isLeaf) : [];
      let stackPlaced = false;
      for (const kid of rest) {
        if (stacked.includes(kid)) {
          // The column takes the place of the first stacked leaf, so sibling order still reads in order.
          if (stackPlaced) continue;
          stackPlaced = true;
          const stack = stackBlock(
            role.id,
            stacked.map((s) => s.id),
            dir,
            card,
          );
          blocks.push(stack);
          links.push({ from: block, to: stack });
        } else {
          await place(kid, block);
        }
      }
    };

    if (root) await place(root, null);
    else for (const top of ctx.children.get(null) ?? []) await place(top, null);
    return this.arrange(ctx, blocks, links, spacing);
  }

  private async arrange(
    ctx: Context,
    blocks: readonly Block[],
    links: readonly { from: Block; to: Block }[],
    spacing: Spacing,
  ): Promise<Laid> {
    const { sibling, layer } = SPACING[spacing];
    const graph: ElkNode = {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': ctx.input.direction === 'down' ? 'DOWN' : 'RIGHT',
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.padding': '[top=0,left=0,bottom=0,right=0]',
        // The user's sibling order is the order on screen, and it must not flip after unrelated edits.
        // Interactive crossing minimisation keeps each layer in the order of the given coordinates
        // (blocks are placed by their depth-first index): for a tree that order has no crossings, and it
        // is an order of magnitude faster than ELK's model-order options (forceNodeModelOrder took
        // ~10 s for 500 roles, this takes ~0.5 s).
        'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
        'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
        // Disconnected top-level roles would otherwise be packed in an order of ELK's choosing.
        'elk.separateConnectedComponents': 'false',
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
        'elk.spacing.nodeNode': String(sibling),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(layer),
        'elk.layered.spacing.edgeNodeBetweenLayers': String(layer / 2),
        'elk.spacing.edgeEdge': '0',
      },
      children: blocks.map((b, index) => ({
        id: b.id,
        // Far apart and centred on the index, so the order holds whether ELK reads corners or centres.
        x: index * ORDER_SPREAD - b.width / 2,
        y: index * ORDER_SPREAD - b.height / 2,
        width: b.width,
        height: b.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [
          ...(b.inPort ? [port(`${b.id}|in`, b.inPort.at, b.inPort.side)] : []),
          ...(b.outPort ? [port(`${b.id}|out`, b.outPort.at, b.outPort.side)] : []),
        ],
      })),
      edges: links.map(({ from, to }): ElkExtendedEdge => ({
        id: `${from.id}=>${to.id}`,
        sources: [`${from.id}|out`],
        targets: [`${to.id}|in`],
      })),
    };
    const laid = await this.elk.layout(graph);
    const offset = new Map<string, Point>();
    for (const child of laid.children ?? []) offset.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
    const routes = new Map<string, Point[]>();
    for (const edge of laid.edges ?? []) {
      const points: Point[] = [];
      for (const s of edge.sections ?? []) points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
      routes.set(edge.id, points);
    }

    alignLayers(ctx.input.direction, blocks, links, offset, routes);
    compactGroups(ctx.input.direction, blocks, links, offset, routes, layer);

    const nodes: LayoutNode[] = [];
    const edges: LayoutEdge[] = [];
    for (const b of blocks) {
      const o = offset.get(b.id) ?? { x: 0, y: 0 };
      for (const n of b.nodes) nodes.push(translateNode(n, o.x, o.y));
      for (const e of b.edges) edges.push(translateEdge(e, o.x, o.y));
    }
    for (const { from, to } of links) {
      if (!from.outRole) continue;
      const fo = offset.get(from.id) ?? { x: 0, y: 0 };
      const to0 = offset.get(to.id) ?? { x: 0, y: 0 };
      const route = routes.get(`${from.id}=>${to.id}`) ?? [];
      const stem = translatePoints(from.outStem, fo.x, fo.y);
      if (to.tails.length > 0) {
        for (const tail of to.tails) {
          edges.push(
            reporting(
              from.outRole,
              tail.to,
              joinPolyline(stem, route, translatePoints(tail.points, to0.x, to0.y)),
            ),
          );
        }
      } else if (to.inRole) {
        edges.push(reporting(from.outRole, to.inRole, joinPolyline(stem, route)));
      }
    }
    return { nodes, edges };
  }
}

/**
 * ELK centres the blocks of a layer on the layer's middle, so a card beside a tall stacked column or
 * condensed branch would float down. Org charts read by rank: move every block to its layer's start
 * and stretch the line segments that enter and leave it (they run along the flow, so they stay
 * orthogonal).
 */
function alignLayers(
  dir: LayoutInput['direction'],
  blocks: readonly Block[],
  links: readonly { from: Block; to: Block }[],
  offset: Map<string, Point>,
  routes: Map<string, Point[]>,
): void {
  const parent = new Map<string, string>();
  for (const { from, to } of links) parent.set(to.id, from.id);
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const d = p === undefined ? 0 : depthOf(p) + 1;
    depth.set(id, d);
    return d;
  };
  const along = (p: Point): number => (dir === 'down' ? p.y : p.x);
  const start = new Map<number, number>();
  for (const b of blocks) {
    const d = depthOf(b.id);
    const at = along(offset.get(b.id) ?? { x: 0, y: 0 });
    start.set(d, Math.min(start.get(d) ?? Infinity, at));
  }
  const shift = new Map<string, number>();
  for (const b of blocks) {
    const o = offset.get(b.id) ?? { x: 0, y: 0 };
    const delta = (start.get(depthOf(b.id)) ?? along(o)) - along(o);
    shift.set(b.id, delta);
    offset.set(b.id, dir === 'down' ? { x: o.x, y: o.y + delta } : { x: o.x + delta, y: o.y });
  }
  const move = (p: Point, delta: number): Point =>
    dir === 'down' ? { x: p.x, y: p.y + delta } : { x: p.x + delta, y: p.y };
  for (const { from, to } of links) {
    const key = `${from.id}=>${to.id}`;
    const route = routes.get(key);
    if (!route || route.length === 0) continue;
    const moved = [...route];
    moved[0] = move(moved[0]!, shift.get(from.id) ?? 0);
    moved[moved.length - 1] = move(moved[moved.length - 1]!, shift.get(to.id) ?? 0);
    routes.set(key, moved);
  }
}

function port(id: string, at: Point, side: string): NonNullable<ElkNode['ports']>[number] {
  return { id, x: at.x, y: at.y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } };
}

/** A branch laid out on its own, moved to the origin, entered where its manager's card is. */
function regionBlock(
  rootId: Id,
  inner: Laid,
  dir: LayoutInput['direction'],
  card: LayoutInput['card'],
): Block {
  const b = boundsOf(inner.nodes, inner.edges);
  const nodes = inner.nodes.map((n) => translateNode(n, -b.x, -b.y));
  const edges = inner.edges.map((e) => translateEdge(e, -b.x, -b.y));
  const rootNode = nodes.find((n) => n.id === rootId) ?? { x: 0, y: 0 };
  const inPort =
    dir === 'down'
      ? { at: { x: rootNode.x + card.width / 2, y: 0 }, side: 'NORTH' as const }
      : { at: { x: 0, y: rootNode.y + card.height / 2 }, side: 'WEST' as const };
  return {
    id: `${rootId}#branch`,
    width: b.width,
    height: b.height,
    nodes,
    edges,
    inPort,
    inRole: rootId,
    outPort: null,
    outRole: null,
    outStem: [],
    tails: [],
  };
}
