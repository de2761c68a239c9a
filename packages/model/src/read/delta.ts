import type { Design, Role } from '../types.js';
import type { OrderEdit } from './roleStructure.js';

/**
 * How a design read by `readDesign` came from the one read before it, when only a few roles changed:
 * the earlier role list, the one edit that turned it into this one (see `OrderEdit`), and where the
 * roles with a new object now are; every other role is the very object at the matching place. Lets a
 * derivation kept per role list (the layout input) follow an edit without looking at every role.
 * Holds the earlier list, not the earlier design, so no chain of old designs stays alive.
 */
export interface DesignDelta {
  readonly previousRoles: readonly Role[];
  readonly edit: Exclude<OrderEdit, { kind: 'all' }>;
  /** Indexes in `design.roles` of the roles that are new objects (the added one included). */
  readonly rebuiltAt: readonly number[];
}

const deltas = new WeakMap<Design, DesignDelta>();

export function recordDelta(design: Design, delta: DesignDelta): void {
  deltas.set(design, delta);
}

/** The delta of a design `readDesign` assembled in place, or undefined. */
export function designDelta(design: Design): DesignDelta | undefined {
  return deltas.get(design);
}
