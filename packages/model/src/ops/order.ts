import type * as Y from 'yjs';
import { readOrder } from '../read/tolerant.js';

/**
 * Sibling order is a number per node; a new or moved node takes a value between its neighbours, so
 * concurrent inserts elsewhere in the list never reorder it. When floating point runs out of room
 * between two neighbours, the whole sibling list is renumbered.
 */
export function orderAt(siblings: readonly Y.Map<unknown>[], index: number | undefined): number {
  const orders = siblings.map((node) => readOrder(node.get('order')));
  const at = index === undefined ? orders.length : Math.max(0, Math.min(index, orders.length));
  if (orders.length === 0) return 0;
  if (at === 0) return orders[0]! - 1;
  if (at === orders.length) return orders[orders.length - 1]! + 1;
  const before = orders[at - 1]!;
  const after = orders[at]!;
  const middle = (before + after) / 2;
  if (middle > before && middle < after) return middle;
  siblings.forEach((node, position) => node.set('order', position < at ? position : position + 1));
  return at;
}
