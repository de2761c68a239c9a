import type { LayoutNode } from '../layout/types.js';
import type { Role, Unit } from '../types.js';
import { type CardContext, roleCard } from './card.js';
import type { SceneCard } from './types.js';

interface Entry {
  readonly role: Role;
  readonly unit: Unit | undefined;
  readonly hidden: number;
  readonly theme: CardContext['theme'];
  readonly strings: CardContext['strings'];
  readonly measure: CardContext['measure'];
  readonly direction: CardContext['direction'];
  readonly card: SceneCard;
}

/** Keyed by the layout's node: the tidy engine hands out the same node while a card does not move. */
const cache = new WeakMap<LayoutNode, Entry>();

/**
 * `roleCard`, but the very same card as last time when nothing it is drawn from changed (role, unit
 * and node by identity, as the read model and the layout share them between edits): an edit of one
 * role in a 10,000-role chart wraps the text of one card, not of all, and the canvas can skip every
 * card it already drew.
 */
export function cachedRoleCard(
  role: Role,
  unit: Unit | undefined,
  node: LayoutNode,
  hidden: number,
  ctx: CardContext,
): SceneCard {
  const hit = cache.get(node);
  if (
    hit &&
    hit.role === role &&
    hit.unit === unit &&
    hit.hidden === hidden &&
    hit.theme === ctx.theme &&
    hit.strings === ctx.strings &&
    hit.measure === ctx.measure &&
    hit.direction === ctx.direction
  )
    return hit.card;
  const card = roleCard(role, unit, node, hidden, ctx);
  cache.set(node, {
    role,
    unit,
    hidden,
    theme: ctx.theme,
    strings: ctx.strings,
    measure: ctx.measure,
    direction: ctx.direction,
    card,
  });
  return card;
}
