import type { Id } from '../types.js';
import { chartForest, isUnitCard, kidsOf } from './chart.js';
import { unionRects } from './geometry.js';
import { FRAME_PAD } from './spacing.js';
import type {
  LayoutEdge,
  LayoutInput,
  LayoutNode,
  LayoutRole,
  LayoutUnitBox,
  LayoutUnitEdge,
  Rect,
} from './types.js';

/** Marks the stand-in roles that carry unit cards through an engine that only knows roles. */
const UNIT_CARD = '\u0001unit:';

/**
 * For engines that lay out roles only (ELK): the input with every unit card as an extra role, hung
 * where `chartForest` puts it. `splitUnitCards` takes them out of the result again.
 */
export function withUnitCards(input: LayoutInput): LayoutInput {
  const forest = chartForest(input);
  const extra: LayoutRole[] = [];
  const visit = (i: number, parent: number | null): void => {
    if (isUnitCard(forest, i)) {
      extra.push({
        id: UNIT_CARD + forest.ids[i]!,
        parentId:
          parent === null
            ? null
            : isUnitCard(forest, parent)
              ? UNIT_CARD + forest.ids[parent]!
              : forest.ids[parent]!,
        assistant: false,
        style: 'wide',
        unitId: null,
        collapsed: false,
      });
    }
    for (const kid of kidsOf(forest, i)) visit(kid, i);
  };
  for (const root of forest.roots) visit(root, null);
  return extra.length === 0 ? input : { ...input, roles: [...input.roles, ...extra] };
}

/**
 * Separates unit cards from role cards in a layout of `withUnitCards(input)`, and frames each
 * connected group of a unit's roles by the box around its cards. Unlike the tidy engine's frames,
 * which the layout keeps apart, these may overlap where the engine packed branches into each other.
 */
export function splitUnitCards(
  input: LayoutInput,
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): { nodes: LayoutNode[]; edges: LayoutEdge[]; units: LayoutUnitBox[]; unitEdges: LayoutUnitEdge[] } {
  const forest = chartForest(input);
  const roleNodes: LayoutNode[] = [];
  const cards = new Map<Id, LayoutNode>();
  for (const n of nodes) {
    if (n.id.startsWith(UNIT_CARD)) cards.set(n.id.slice(UNIT_CARD.length), n);
    else roleNodes.push(n);
  }
  const roleEdges: LayoutEdge[] = [];
  const unitEdges: LayoutUnitEdge[] = [];
  for (const e of edges) {
    if (!e.to.startsWith(UNIT_CARD)) {
      roleEdges.push(e);
      continue;
    }
    const fromUnit = e.from.startsWith(UNIT_CARD);
    unitEdges.push({
      id: `unit:${fromUnit ? 'u' : 'r'}:${fromUnit ? e.from.slice(UNIT_CARD.length) : e.from}->${e.to.slice(UNIT_CARD.length)}`,
      from: fromUnit ? e.from.slice(UNIT_CARD.length) : e.from,
      fromUnit,
      to: e.to.slice(UNIT_CARD.length),
      points: e.points,
    });
  }
  const byId = new Map(roleNodes.map((n) => [n.id, n]));
  const units: LayoutUnitBox[] = [];
  for (const [id, n] of cards) {
    units.push({
      unitId: id,
      kind: 'card',
      x: n.x,
      y: n.y,
      width: n.width,
      height: n.height,
      depth: forest.unitDepth.get(id) ?? 0,
    });
  }
  const frames: { unitId: Id; rect: Rect; depth: number }[] = [];
  /** The box a subtree takes, its frame included; frames found inside go to `frames`. */
  const box = (i: number, parentUnit: Id | null | undefined, depth: number): Rect | null => {
    const unitCard = isUnitCard(forest, i);
    const id = forest.ids[i]!;
    const unitId = forest.unitId[i]!;
    const own = unitCard ? cards.get(id) : byId.get(id);
    const framed = !unitCard && unitId !== null && unitId !== parentUnit;
    const slot = frames.length;
    const inner = kidsOf(forest, i).map((k) => box(k, unitId, framed ? depth + 1 : depth));
    const content = unionRects([...(own ? [own] : []), ...inner.filter((r) => r !== null)]);
    if (!framed || content === null) return content;
    const rect = {
      x: content.x - FRAME_PAD,
      y: content.y - FRAME_PAD,
      width: content.width + 2 * FRAME_PAD,
      height: content.height + 2 * FRAME_PAD,
    };
    frames.splice(slot, 0, { unitId, rect, depth });
    return rect;
  };
  for (const root of forest.roots) box(root, undefined, 0);
  const framed: LayoutUnitBox[] = frames.map((f) => ({
    unitId: f.unitId,
    kind: 'frame',
    ...f.rect,
    depth: f.depth,
  }));
  return { nodes: roleNodes, edges: roleEdges, units: [...framed, ...units], unitEdges };
}
