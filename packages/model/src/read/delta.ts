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

/**
 * The roles of `design` that are not the very objects of `previous` (an earlier read's role list):
 * from the delta when `design` was read in place right after that list, else by comparing the lists
 * place by place (which also yields roles that only moved). Lets a consumer that keeps something
 * per role follow an edit without visiting 10,000 roles.
 */
export function rolesChangedSince(previous: readonly Role[], design: Design): readonly Role[] {
  if (previous === design.roles) return [];
  const delta = deltas.get(design);
  if (delta !== undefined && delta.previousRoles === previous)
    return delta.rebuiltAt.map((at) => design.roles[at]!);
  return design.roles.filter((role, at) => previous[at] !== role);
}
