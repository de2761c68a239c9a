import type { RawRole } from './assemble.js';
import { depthFirst, isAtOrAbove, repairForest } from './forest.js';

const NO_IDS: readonly string[] = Object.freeze([]);

/**
 * The repaired reporting forest of a design's raw roles (given in id order): each role's manager, its
 * reports in order, and the outline order. Kept between reads so that a move of one role updates it
 * in place instead of repairing and sorting every role again.
 */
export class RoleStructure {
  private constructor(
    private readonly parents: Map<string, string | null>,
    private readonly reports: Map<string | null, readonly string[]>,
    private readonly positionOf: Map<string, number>,
    /** Roles whose pointer to an existing role was ignored to break a cycle. */
    private readonly broken: number,
    /** Positions in the raw role list, in outline order. */
    public order: readonly number[],
  ) {}

  static build(roles: readonly RawRole[]): RoleStructure {
    const parents = repairForest(
      roles.map((role) => ({ id: role.id, parent: role.reportsTo, stamp: role.stamp, by: role.by })),
    );
    const positionOf = new Map<string, number>();
    roles.forEach((role, at) => positionOf.set(role.id, at));
    const entries = roles.map((role, at) => ({ id: role.id, at, order: role.order }));
    const outline = depthFirst(
      entries,
      (entry) => parents.get(entry.id) ?? null,
      (entry) => entry.order,
    );
    const reports = new Map<string | null, readonly string[]>();
    for (const [parent, kids] of outline.children)
      reports.set(
        parent,
        kids.map((kid) => kid.id),
      );
    let broken = 0;
    for (const role of roles) {
      const target = role.reportsTo;
      if (target !== null && target !== role.id && positionOf.has(target) && parents.get(role.id) === null)
        broken++;
    }
    return new RoleStructure(
      parents,
      reports,
      positionOf,
      broken,
      outline.ordered.map((entry) => entry.at),
    );
  }

  managerOf(id: string): string | null {
    return this.parents.get(id) ?? null;
  }

  reportsOf(id: string): readonly string[] {
    return this.reports.get(id) ?? NO_IDS;
  }

  positionOfRole(id: string): number | undefined {
    return this.positionOf.get(id);
  }

  /**
   * Takes in the new pointer and sibling order of the role at `at` (the same roles as before, one of
   * them moved). Returns the roles whose manager or reports changed, or null when the move cannot be
   * taken in place (it closes a cycle, or an earlier cycle was broken) and a full rebuild is needed.
   */
  move(roles: readonly RawRole[], at: number): string[] | null {
    const role = roles[at]!;
    const id = role.id;
    if (this.broken > 0) return null;
    const target = role.reportsTo;
    const manager = target !== null && target !== id && this.positionOf.has(target) ? target : null;
    if (manager !== null && isAtOrAbove(id, manager, (node) => this.parents.get(node))) return null;
    const before = this.parents.get(id) ?? null;
    // Take the moved branch out of the outline; it goes back in after the reorder below.
    const order = [...this.order];
    const from = order.indexOf(at);
    const block = order.splice(from, this.branchSize(id));
    this.reports.set(
      before,
      (this.reports.get(before) ?? NO_IDS).filter((kid) => kid !== id),
    );
    const siblings = [...(this.reports.get(manager) ?? NO_IDS)];
    // The same order as `depthFirst`: by sibling order, then id.
    const after = (kid: string): boolean => {
      const rank = roles[this.positionOf.get(kid)!]!.order;
      return rank > role.order || (rank === role.order && kid > id);
    };
    let index = 0;
    while (index < siblings.length && !after(siblings[index]!)) index++;
    siblings.splice(index, 0, id);
    this.reports.set(manager, siblings);
    this.parents.set(id, manager);
    // The branch goes where the outline continues after it: before the next branch in the tree.
    const next = this.nextAfter(id);
    const to = next === null ? order.length : order.indexOf(this.positionOf.get(next)!);
    this.order = [...order.slice(0, to), ...block, ...order.slice(to)];
    return [id, ...(before === null ? [] : [before]), ...(manager === null ? [] : [manager])];
  }

  private branchSize(id: string): number {
    let size = 0;
    const stack = [id];
    while (stack.length > 0) {
      size++;
      for (const kid of this.reports.get(stack.pop()!) ?? NO_IDS) stack.push(kid);
    }
    return size;
  }

  /** The first role after `id`'s branch in the outline: the next sibling of it or of an ancestor. */
  private nextAfter(id: string): string | null {
    for (let current: string | null = id; current !== null; current = this.parents.get(current) ?? null) {
      const siblings = this.reports.get(this.parents.get(current) ?? null) ?? NO_IDS;
      const index = siblings.indexOf(current);
      if (index >= 0 && index + 1 < siblings.length) return siblings[index + 1]!;
    }
    return null;
  }
}
