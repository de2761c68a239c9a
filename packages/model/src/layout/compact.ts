import type { Block } from './blocks.js';
import type { LayoutDirection, Point } from './types.js';

interface Span {
  /** Along the flow (y when top-down). */
  start: number;
  end: number;
  /** Across the flow (x when top-down). */
  lo: number;
  hi: number;
}

/**
 * Layered layout gives every rank the depth of its deepest block, so one tall stacked column or
 * condensed branch pushes every later rank of the whole chart down. Working from the top, this moves
 * each manager's group of reports up to one layer gap below the manager, as far as no card, block or
 * bus line in the way allows, and reroutes that group's lines as a bus midway in the new gap.
 */
export function compactGroups(
  dir: LayoutDirection,
  blocks: readonly Block[],
  links: readonly { from: Block; to: Block }[],
  offset: Map<string, Point>,
  routes: Map<string, Point[]>,
  gap: number,
): void {
  const along = (p: Point): number => (dir === 'down' ? p.y : p.x);
  const across = (p: Point): number => (dir === 'down' ? p.x : p.y);
  const make = (main: number, cross: number): Point =>
    dir === 'down' ? { x: cross, y: main } : { x: main, y: cross };
  const span = (b: Block): Span => {
    const o = offset.get(b.id) ?? { x: 0, y: 0 };
    const main = dir === 'down' ? b.height : b.width;
    const cross = dir === 'down' ? b.width : b.height;
    return { start: along(o), end: along(o) + main, lo: across(o), hi: across(o) + cross };
  };
  const groups = new Map<string, Block[]>();
  for (const { from, to } of links) groups.set(from.id, [...(groups.get(from.id) ?? []), to]);

  // Top-down: a manager settles before its reports are moved up under it.
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const order: Block[] = [];
  const hasParent = new Set(links.map((l) => l.to.id));
  const queue = blocks.filter((b) => !hasParent.has(b.id));
  while (queue.length > 0) {
    const b = queue.shift()!;
    order.push(b);
    for (const child of groups.get(b.id) ?? []) queue.push(byId.get(child.id) ?? child);
  }

  for (const parent of order) {
    const group = groups.get(parent.id);
    if (!group || group.length === 0 || !parent.outPort) continue;
    const p = span(parent);
    const spans = group.map(span);
    const top = Math.min(...spans.map((s) => s.start));
    let limit = p.end + gap;
    if (limit >= top) continue;
    const po = offset.get(parent.id) ?? { x: 0, y: 0 };
    const portCross = across(po) + across(parent.outPort.at);
    const ins = group.map(
      (b) => across(offset.get(b.id) ?? { x: 0, y: 0 }) + (b.inPort ? across(b.inPort.at) : 0),
    );
    const busLo = Math.min(portCross, ...ins);
    const busHi = Math.max(portCross, ...ins);
    const members = new Set(group.map((b) => b.id));
    for (const other of blocks) {
      if (other === parent || members.has(other.id)) continue;
      const o = span(other);
      if (o.end <= p.end || o.start >= top) continue; // entirely above the manager's end or below the group
      const blocksCard = spans.some((s) => o.lo < s.hi && o.hi > s.lo && o.start < s.start);
      const blocksBus = o.lo <= busHi && o.hi >= busLo;
      if (blocksCard || blocksBus) limit = Math.max(limit, o.end + gap);
    }
    const delta = limit - top;
    if (delta >= -0.5) continue;
    for (const b of group) {
      const o = offset.get(b.id) ?? { x: 0, y: 0 };
      offset.set(b.id, make(along(o) + delta, across(o)));
    }
    const bus = limit - gap / 2;
    for (const b of group) {
      const key = `${parent.id}=>${b.id}`;
      const route = routes.get(key);
      if (!route || route.length < 2) continue;
      const start = route[0]!;
      const endOld = route[route.length - 1]!;
      const end = make(along(endOld) + delta, across(endOld));
      routes.set(
        key,
        across(start) === across(end)
          ? [start, end]
          : [start, make(bus, across(start)), make(bus, across(end)), end],
      );
    }
    // Reports' own lines start where the reports now are.
    for (const b of group) {
      for (const child of groups.get(b.id) ?? []) {
        const key = `${b.id}=>${child.id}`;
        const route = routes.get(key);
        if (!route || route.length === 0) continue;
        const moved = [...route];
        moved[0] = make(along(moved[0]!) + delta, across(moved[0]!));
        routes.set(key, moved);
      }
    }
  }
}
