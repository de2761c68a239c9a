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
    index = buildIndex(design);
    cache.set(design, index);
  }
  return index;
}

function buildIndex(design: Design): DesignIndex {
  const rolesById = new Map(design.roles.map((role) => [role.id, role]));
  const unitsById = new Map(design.units.map((unit) => [unit.id, unit]));
  const rootRoles = design.roles
    .filter((role) => role.reportsTo === null || !rolesById.has(role.reportsTo))
    .map((role) => role.id);

  const unitChildren = new Map<Id | null, Id[]>();
  for (const unit of design.units) {
    const parent = unit.parentId !== null && unitsById.has(unit.parentId) ? unit.parentId : null;
    push(unitChildren, parent, unit.id);
  }
  const unitDepth = new Map<Id, number>();
  walk(
    unitChildren.get(null) ?? [],
    (id) => unitChildren.get(id) ?? [],
    (id, depth) => unitDepth.set(id, depth),
  );

  const rolesOfUnit = new Map<Id | null, Id[]>();
  for (const role of design.roles) {
    push(rolesOfUnit, role.unitId !== null && unitsById.has(role.unitId) ? role.unitId : null, role.id);
  }

  return {
    rolesById,
    unitsById,
    rootRoles,
    unitChildren,
    unitDepth,
    rolesOfUnit,
    descendantCount: countDescendants(rootRoles, rolesById),
  };
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
