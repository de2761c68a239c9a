import type { Design, Id, Role, Unit } from '../types.js';

/**
 * The lookups every consumer of a design needs, built once per design. `readDesign` returns the same
 * object while the doc is unchanged, so the index is cached on that object: the canvas, the outline,
 * the inspector and the operations all share one set of maps instead of each building its own.
 */
export interface DesignIndex {
  readonly rolesById: ReadonlyMap<Id, Role>;
  readonly unitsById: ReadonlyMap<Id, Unit>;
  /** Top-level roles in the user's order (a role whose manager is gone reads as top-level too). */
  readonly rootRoles: readonly Id[];
  /** Sub-units of each unit in the user's order; `null` holds the top-level units. */
  readonly unitChildren: ReadonlyMap<Id | null, readonly Id[]>;
  /** Nesting depth of each unit: 0 for a top-level unit. */
  readonly unitDepth: ReadonlyMap<Id, number>;
  /** Roles of each unit in outline order; `null` holds the roles of no unit. */
  readonly rolesOfUnit: ReadonlyMap<Id | null, readonly Id[]>;
  /** How many roles report to each role, directly or further down. */
  readonly descendantCount: ReadonlyMap<Id, number>;
}

const cache = new WeakMap<Design, DesignIndex>();

export function designIndex(design: Design): DesignIndex {
  let index = cache.get(design);
  if (!index) {
    index = new LazyIndex(design);
    cache.set(design, index);
  }
  return index;
}

/**
 * Each lookup is built on first use: a remote edit makes a new design, and most of what re-renders
 * then asks for one or two of them (the roles by id, the top-level roles), so building every map of
 * a 10,000-role design each time would cost the main thread tens of milliseconds for nothing.
 */
class LazyIndex implements DesignIndex {
  private roles?: ReadonlyMap<Id, Role>;
  private units?: ReadonlyMap<Id, Unit>;
  private roots?: readonly Id[];
  private subUnits?: ReadonlyMap<Id | null, readonly Id[]>;
  private depths?: ReadonlyMap<Id, number>;
  private members?: ReadonlyMap<Id | null, readonly Id[]>;
  private counts?: ReadonlyMap<Id, number>;

  constructor(private readonly design: Design) {}

  get rolesById(): ReadonlyMap<Id, Role> {
    return (this.roles ??= byId(this.design.roles));
  }

  get unitsById(): ReadonlyMap<Id, Unit> {
    return (this.units ??= byId(this.design.units));
  }

  get rootRoles(): readonly Id[] {
    if (this.roots) return this.roots;
    const rolesById = this.rolesById;
    const roots: Id[] = [];
    for (const role of this.design.roles)
      if (role.reportsTo === null || !rolesById.has(role.reportsTo)) roots.push(role.id);
    return (this.roots = roots);
  }

  get unitChildren(): ReadonlyMap<Id | null, readonly Id[]> {
    if (this.subUnits) return this.subUnits;
    const unitsById = this.unitsById;
    const unitChildren = new Map<Id | null, Id[]>();
    for (const unit of this.design.units) {
      const parent = unit.parentId !== null && unitsById.has(unit.parentId) ? unit.parentId : null;
      push(unitChildren, parent, unit.id);
    }
    return (this.subUnits = unitChildren);
  }

  get unitDepth(): ReadonlyMap<Id, number> {
    if (this.depths) return this.depths;
    const unitChildren = this.unitChildren;
    const unitDepth = new Map<Id, number>();
    walk(
      unitChildren.get(null) ?? [],
      (id) => unitChildren.get(id) ?? [],
      (id, depth) => unitDepth.set(id, depth),
    );
    return (this.depths = unitDepth);
  }

  get rolesOfUnit(): ReadonlyMap<Id | null, readonly Id[]> {
    if (this.members) return this.members;
    const unitsById = this.unitsById;
    const rolesOfUnit = new Map<Id | null, Id[]>();
    for (const role of this.design.roles)
      push(rolesOfUnit, role.unitId !== null && unitsById.has(role.unitId) ? role.unitId : null, role.id);
    return (this.members = rolesOfUnit);
  }

  get descendantCount(): ReadonlyMap<Id, number> {
    return (this.counts ??=
      countInOutlineOrder(this.design.roles, this.rolesById) ??
      countDescendants(this.rootRoles, this.rolesById));
  }
}

function byId<T extends { readonly id: Id }>(items: readonly T[]): Map<Id, T> {
  const map = new Map<Id, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function push<K>(map: Map<K, Id[]>, key: K, id: Id): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Depth-first pre-order over a forest, iterative so a very deep chart cannot overflow the stack. */
function walk(
  roots: readonly Id[],
  childrenOf: (id: Id) => readonly Id[],
  visit: (id: Id, depth: number) => void,
): void {
  const seen = new Set<Id>();
  const stack: [Id, number][] = [...roots].reverse().map((id) => [id, 0]);
  while (stack.length > 0) {
    const [id, depth] = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    visit(id, depth);
    const children = childrenOf(id);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
}

/**
 * Every role's subtree size from the read model's depth-first role list, walked backwards so each
 * role's reports are counted before it. Null when a report comes before its manager (a design not
 * in that order, a cycle), for `countDescendants` to answer.
 */
function countInOutlineOrder(
  roles: readonly Role[],
  rolesById: ReadonlyMap<Id, Role>,
): Map<Id, number> | null {
  const counts = new Map<Id, number>();
  for (let i = roles.length - 1; i >= 0; i--) {
    const role = roles[i]!;
    let count = 0;
    for (const sub of role.subordinates) {
      if (!rolesById.has(sub)) continue;
      const below = counts.get(sub);
      if (below === undefined) return null;
      count += 1 + below;
    }
    counts.set(role.id, count);
  }
  return counts;
}

/** Every role's subtree size, in one pass: children are counted before their manager. */
function countDescendants(rootRoles: readonly Id[], rolesById: ReadonlyMap<Id, Role>): Map<Id, number> {
  const order: Id[] = [];
  walk(
    rootRoles,
    (id) => rolesById.get(id)?.subordinates ?? [],
    (id) => order.push(id),
  );
  const counts = new Map<Id, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let count = 0;
    for (const sub of rolesById.get(id)?.subordinates ?? []) {
      if (rolesById.has(sub)) count += 1 + (counts.get(sub) ?? 0);
    }
    counts.set(id, count);
  }
  return counts;
}
