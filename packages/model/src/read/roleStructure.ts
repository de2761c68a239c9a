import type { RawRole } from './assemble.js';
import { depthFirst, isAtOrAbove, repairForest } from './forest.js';

const NO_IDS: readonly string[] = Object.freeze([]);

/** What changed in the raw roles since the last assembly, by id. */
export interface RoleChanges {
  /** Roles read again (their raw object is new); their id existed before. */
  readonly updated: readonly RawRole[];
  readonly added: readonly RawRole[];
  readonly removed: readonly string[];
}

/**
 * How the last `update` changed the outline order, so that a list kept in that order (the design's
 * roles) can follow with one splice instead of being rebuilt: nothing, one role gone (it had no
 * reports), one new role, one branch moved, or anything else ('all').
 */
export type OrderEdit =
  | { readonly kind: 'none' }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number }
  | { readonly kind: 'move'; readonly from: number; readonly size: number; readonly to: number }
  | { readonly kind: 'all' };

const ALL: OrderEdit = Object.freeze({ kind: 'all' });
const NO_EDIT: OrderEdit = Object.freeze({ kind: 'none' });

/**
 * The repaired reporting forest of a design's raw roles: each role's manager, its reports in order,
 * and the outline order. Kept between reads so that an edit of a few roles (a move, an addition, a
 * deletion) updates it in place instead of repairing and sorting every role again.
 */
export class RoleStructure {
  private constructor(
    private readonly parents: Map<string, string | null>,
    private readonly reports: Map<string | null, readonly string[]>,
    /** The raw role of each id, for sibling order. */
    readonly raw: Map<string, RawRole>,
    /** Ids that some pointer names but no role has (a role added under such an id changes others). */
    private readonly dangling: Set<string>,
    /** Roles whose pointer to an existing role was ignored to break a cycle. */
    private readonly broken: number,
    /** Role ids in outline order. */
    public order: readonly string[],
  ) {}

  /** How the last `update` changed `order` ('all' after `build`). */
  lastEdit: OrderEdit = ALL;

  static build(roles: readonly RawRole[]): RoleStructure {
    const parents = repairForest(
      roles.map((role) => ({ id: role.id, parent: role.reportsTo, stamp: role.stamp, by: role.by })),
    );
    const raw = new Map<string, RawRole>();
    for (const role of roles) raw.set(role.id, role);
    const outline = depthFirst(
      roles,
      (role) => parents.get(role.id) ?? null,
      (role) => role.order,
    );
    const reports = new Map<string | null, readonly string[]>();
    for (const [parent, kids] of outline.children)
      reports.set(
        parent,
        kids.map((kid) => kid.id),
      );
    let broken = 0;
    const dangling = new Set<string>();
    for (const role of roles) {
      const target = role.reportsTo;
      if (target === null || target === role.id) continue;
      if (!raw.has(target)) dangling.add(target);
      else if (parents.get(role.id) === null) broken++;
    }
    return new RoleStructure(
      parents,
      reports,
      raw,
      dangling,
      broken,
      outline.ordered.map((role) => role.id),
    );
  }

  managerOf(id: string): string | null {
    return this.parents.get(id) ?? null;
  }

  reportsOf(id: string): readonly string[] {
    return this.reports.get(id) ?? NO_IDS;
  }

  /**
   * Takes in `changes`. Returns the ids whose manager or reports changed, or null when the change
   * cannot be taken in place (it closes a cycle, an earlier cycle was broken, or a new role is the
   * manager some pointer already names); then the structure is spoilt and must be built again.
   */
  update(changes: RoleChanges): Set<string> | null {
    if (this.broken > 0) return null;
    if (changes.added.some((role) => this.dangling.has(role.id))) return null;
    const affected = new Set<string>();
    // The outline follows one change with a splice; more (or a removal that frees reports) redo it.
    let edits = 0;
    let single: { readonly kind: 'remove' | 'insert' | 'move'; readonly id: string } | null = null;
    for (const id of changes.removed) {
      if (!this.raw.has(id)) return null;
      const manager = this.parents.get(id) ?? null;
      this.take(manager, id);
      if (manager !== null) affected.add(manager);
      // Its reports point at a role that is gone: they read as top-level roles.
      const kids = this.reports.get(id) ?? NO_IDS;
      if (kids.length > 0) this.dangling.add(id);
      this.reports.delete(id);
      this.parents.delete(id);
      this.raw.delete(id);
      for (const kid of kids) {
        this.parents.set(kid, null);
        this.put(null, kid);
        affected.add(kid);
      }
      edits += kids.length > 0 ? 2 : 1;
      single = { kind: 'remove', id };
    }
    for (const role of changes.added) this.raw.set(role.id, role);
    const placed = [
      ...changes.updated.map((role) => ({ role, isNew: false })),
      ...changes.added.map((role) => ({ role, isNew: true })),
    ];
    for (const { role, isNew } of placed) {
      const before = this.raw.get(role.id);
      this.raw.set(role.id, role);
      if (!isNew && before && samePlace(before, role)) continue;
      const target = role.reportsTo;
      if (target !== null && target !== role.id && !this.raw.has(target)) this.dangling.add(target);
      const manager = target !== null && target !== role.id && this.raw.has(target) ? target : null;
      if (manager !== null && isAtOrAbove(role.id, manager, (node) => this.parents.get(node))) return null;
      if (!isNew) {
        const old = this.parents.get(role.id) ?? null;
        this.take(old, role.id);
        if (old !== null) affected.add(old);
      }
      this.put(manager, role.id);
      this.parents.set(role.id, manager);
      affected.add(role.id);
      if (manager !== null) affected.add(manager);
      edits += 1;
      single = { kind: isNew ? 'insert' : 'move', id: role.id };
    }
    if (edits === 1 && single !== null) this.edit(single.kind, single.id);
    else if (edits > 0) {
      this.order = this.outline();
      this.lastEdit = ALL;
    } else this.lastEdit = NO_EDIT;
    return affected;
  }

  /** Follows one change in `order`: a leaf gone, a new leaf, or one branch moved. */
  private edit(kind: 'remove' | 'insert' | 'move', id: string): void {
    if (kind === 'remove') {
      const at = this.order.indexOf(id);
      const order = this.order.slice();
      order.splice(at, 1);
      this.order = order;
      this.lastEdit = { kind, at };
      return;
    }
    if (kind === 'insert') {
      // A new role has no reports (one some pointer already named is refused above), so it is a leaf.
      const next = this.nextAfter(id);
      const at = next === null ? this.order.length : this.order.indexOf(next);
      const order = this.order.slice();
      order.splice(at, 0, id);
      this.order = order;
      this.lastEdit = { kind, at };
      return;
    }
    const order = [...this.order];
    const from = order.indexOf(id);
    const size = this.branchSize(id);
    const block = order.splice(from, size);
    const next = this.nextAfter(id);
    const to = next === null ? order.length : order.indexOf(next);
    this.order = [...order.slice(0, to), ...block, ...order.slice(to)];
    this.lastEdit = { kind: 'move', from, size, to };
  }

  /** Removes `id` from the reports of `manager` (null: the top-level roles). */
  private take(manager: string | null, id: string): void {
    this.reports.set(
      manager,
      (this.reports.get(manager) ?? NO_IDS).filter((kid) => kid !== id),
    );
  }

  /** Inserts `id` among the reports of `manager` in the order `depthFirst` uses: sibling order, then id. */
  private put(manager: string | null, id: string): void {
    const mine = this.raw.get(id)!.order;
    const siblings = [...(this.reports.get(manager) ?? NO_IDS)];
    let index = 0;
    while (index < siblings.length) {
      const kid = siblings[index]!;
      const rank = this.raw.get(kid)!.order;
      if (rank > mine || (rank === mine && kid > id)) break;
      index++;
    }
    siblings.splice(index, 0, id);
    this.reports.set(manager, siblings);
  }

  private outline(): string[] {
    const order: string[] = [];
    const stack = [...(this.reports.get(null) ?? NO_IDS)].reverse();
    while (stack.length > 0) {
      const id = stack.pop()!;
      order.push(id);
      const kids = this.reports.get(id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
    return order;
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

function samePlace(a: RawRole, b: RawRole): boolean {
  return a.reportsTo === b.reportsTo && a.stamp === b.stamp && a.by === b.by && a.order === b.order;
}
