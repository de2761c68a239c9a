import type { Id } from '../types.js';
import { joinPolyline } from './geometry.js';
import type { LayoutDirection, LayoutEdge, LayoutNode, Point, Size } from './types.js';

/** Gaps inside blocks, in canvas units. */
export const ASSISTANT_GAP = 32;
export const STACK_GAP = 12;
export const STACK_INDENT = 28;

export type PortSide = 'NORTH' | 'SOUTH' | 'WEST' | 'EAST';

export interface Port {
  readonly at: Point;
  readonly side: PortSide;
}

/**
 * A piece ELK places as one node: a single card, a manager with assistants beside it, a column of
 * stacked leaves, or a whole pre-laid-out branch. Coordinates are local to the block.
 */
export interface Block {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  /** Where the line from the manager arrives; null for a block nobody outside points at. */
  readonly inPort: Port | null;
  /** The role whose reporting line arrives at `inPort` (not used by stacks, which use `tails`). */
  readonly inRole: Id | null;
  /** Where lines to reports outside the block leave, and the role they leave from. */
  readonly outPort: Port | null;
  readonly outRole: Id | null;
  /** From the out role's card to `outPort`, when they are apart. */
  readonly outStem: readonly Point[];
  /** Stacks: one line per card, continuing the arriving route from `inPort`. */
  readonly tails: readonly { readonly to: Id; readonly points: readonly Point[] }[];
}

function inOut(dir: LayoutDirection, card: Size): { inPort: Port; outPort: Port } {
  return dir === 'down'
    ? {
        inPort: { at: { x: card.width / 2, y: 0 }, side: 'NORTH' },
        outPort: { at: { x: card.width / 2, y: card.height }, side: 'SOUTH' },
      }
    : {
        inPort: { at: { x: 0, y: card.height / 2 }, side: 'WEST' },
        outPort: { at: { x: card.width, y: card.height / 2 }, side: 'EAST' },
      };
}

export function cardBlock(id: Id, dir: LayoutDirection, card: Size): Block {
  const { inPort, outPort } = inOut(dir, card);
  return {
    id,
    width: card.width,
    height: card.height,
    nodes: [{ id, x: 0, y: 0, width: card.width, height: card.height }],
    edges: [],
    inPort,
    inRole: id,
    outPort,
    outRole: id,
    outStem: [],
    tails: [],
  };
}

/**
 * A manager with its assistants beside it: to the right in top-down charts, below in left-right ones
 * (across the flow either way), so the assistants take no layer of their own.
 */
export function assistantBlock(
  managerId: Id,
  assistants: readonly Id[],
  dir: LayoutDirection,
  card: Size,
): Block {
  const { width: w, height: h } = card;
  const nodes: LayoutNode[] = [{ id: managerId, x: 0, y: 0, width: w, height: h }];
  const edges: LayoutEdge[] = [];
  const k = assistants.length;
  // The manager sits in the middle of the block (an empty margin mirrors the assistants) so that
  // ELK, which centres blocks over their reports, centres the manager's card.
  if (dir === 'down') {
    const height = Math.max(h, k * h + (k - 1) * STACK_GAP);
    const mx = w + ASSISTANT_GAP;
    const trunkX = mx + w + ASSISTANT_GAP / 2;
    nodes[0] = { id: managerId, x: mx, y: 0, width: w, height: h };
    assistants.forEach((id, j) => {
      const y = j * (h + STACK_GAP);
      const ax = mx + w + ASSISTANT_GAP;
      nodes.push({ id, x: ax, y, width: w, height: h });
      edges.push(
        reporting(managerId, id, [
          { x: mx + w, y: h / 2 },
          { x: trunkX, y: h / 2 },
          { x: trunkX, y: y + h / 2 },
          { x: ax, y: y + h / 2 },
        ]),
      );
    });
    return {
      id: `${managerId}#assistants`,
      width: 3 * w + 2 * ASSISTANT_GAP,
      height,
      nodes,
      edges,
      inPort: { at: { x: mx + w / 2, y: 0 }, side: 'NORTH' },
      inRole: managerId,
      outPort: { at: { x: mx + w / 2, y: height }, side: 'SOUTH' },
      outRole: managerId,
      outStem:
        height > h
          ? [
              { x: mx + w / 2, y: h },
              { x: mx + w / 2, y: height },
            ]
          : [],
      tails: [],
    };
  }
  const width = Math.max(w, k * w + (k - 1) * STACK_GAP);
  const my = h + ASSISTANT_GAP;
  const trunkY = my + h + ASSISTANT_GAP / 2;
  nodes[0] = { id: managerId, x: 0, y: my, width: w, height: h };
  assistants.forEach((id, j) => {
    const x = j * (w + STACK_GAP);
    const ay = my + h + ASSISTANT_GAP;
    nodes.push({ id, x, y: ay, width: w, height: h });
    edges.push(
      reporting(managerId, id, [
        { x: w / 2, y: my + h },
        { x: w / 2, y: trunkY },
        { x: x + w / 2, y: trunkY },
        { x: x + w / 2, y: ay },
      ]),
    );
  });
  return {
    id: `${managerId}#assistants`,
    width,
    height: 3 * h + 2 * ASSISTANT_GAP,
    nodes,
    edges,
    inPort: { at: { x: 0, y: my + h / 2 }, side: 'WEST' },
    inRole: managerId,
    outPort: { at: { x: width, y: my + h / 2 }, side: 'EAST' },
    outRole: managerId,
    outStem:
      width > w
        ? [
            { x: w, y: my + h / 2 },
            { x: width, y: my + h / 2 },
          ]
        : [],
    tails: [],
  };
}

/**
 * Leaf reports in one column hanging off a trunk line, the classic way to keep a manager with many
 * individual contributors from spreading the chart sideways.
 */
export function stackBlock(managerId: Id, leaves: readonly Id[], dir: LayoutDirection, card: Size): Block {
  const { width: w, height: h } = card;
  const n = leaves.length;
  const trunkX = STACK_INDENT / 2;
  const inPort: Port =
    dir === 'down' ? { at: { x: trunkX, y: 0 }, side: 'NORTH' } : { at: { x: 0, y: h / 2 }, side: 'WEST' };
  const nodes: LayoutNode[] = [];
  const tails: { to: Id; points: Point[] }[] = [];
  leaves.forEach((id, i) => {
    const y = i * (h + STACK_GAP);
    nodes.push({ id, x: STACK_INDENT, y, width: w, height: h });
    tails.push({
      to: id,
      points: joinPolyline([
        inPort.at,
        { x: trunkX, y: dir === 'down' ? 0 : h / 2 },
        { x: trunkX, y: y + h / 2 },
        { x: STACK_INDENT, y: y + h / 2 },
      ]),
    });
  });
  return {
    id: `${managerId}#stack`,
    width: STACK_INDENT + w,
    height: n * h + (n - 1) * STACK_GAP,
    nodes,
    edges: [],
    inPort,
    inRole: null,
    outPort: null,
    outRole: null,
    outStem: [],
    tails,
  };
}

export function reporting(from: Id, to: Id, points: readonly Point[]): LayoutEdge {
  return { id: `${from}->${to}`, from, to, points: joinPolyline(points), dotted: false };
}
