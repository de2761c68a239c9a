import type { Collaborator, Design, DesignNote, ResponsibilityArea, Role, Unit } from '../types.js';
import { depthFirst, repairForest } from './forest.js';
import { type DesignDelta, recordDelta } from './delta.js';
import { type RoleChanges, RoleStructure } from './roleStructure.js';

/** A role as stored, before the design-wide repair: its pointer is unchecked and it has no subordinates. */
export interface RawRole extends Omit<Role, 'reportsTo' | 'subordinates'> {
  readonly reportsTo: string | null;
  readonly stamp: number;
  readonly by: number;
  readonly order: number;
}

export interface RawUnit extends Omit<Unit, 'parentId'> {
  readonly parentId: string | null;
  readonly stamp: number;
  readonly by: number;
  readonly order: number;
}

export interface RawDesign {
  readonly name: string;
  readonly description: string;
  readonly units: readonly RawUnit[];
  readonly roles: readonly RawRole[];
  readonly notes: readonly (DesignNote & { readonly order: number })[];
}

/**
 * The one place where stored content becomes a valid `Design`: forests repaired, dangling references
 * dropped (a missing manager reads as a root, a missing unit as none), subordinates derived, and
 * everything in outline order. Shared by `readDesign` and JSON import, so both yield the same shape.
 */
export function assembleDesign(raw: RawDesign): Design {
  return new Assembler().assemble(raw);
}

interface Assembled {
  readonly raw: RawDesign;
  readonly roleIds: Set<string>;
  readonly unitIds: ReadonlySet<string>;
  readonly structure: RoleStructure;
  readonly roles: Map<string, Role>;
  readonly units: ReadonlyMap<string, Unit>;
  /** The design's roles, in `structure.order`. */
  readonly ordered: readonly Role[];
  /** For each id, the roles whose stored content names it (dotted lines, collaborators, recipients). */
  readonly referrers: Map<string, Set<string>>;
}

/**
 * Assembles designs one after another, sharing structure with the previous one: a role whose stored
 * content (the very same raw object), manager and reports are unchanged, and whose references can
 * have changed no meaning, is the very same `Role` object as before, so consumers can skip it by
 * identity. Told what changed (`changes`), the work is in proportion to the change, not the design.
 */
export class Assembler {
  private previous: Assembled | null = null;

  /**
   * `changes`, when given, promises that `raw.roles` are the previous call's raw roles (the very same
   * objects) except for the roles it lists as updated, added or removed.
   */
  assemble(raw: RawDesign, changes?: RoleChanges): Design {
    const prev = this.previous;
    this.previous = null;
    const sameUnitIds = prev !== null && sameIdList(prev.raw.units, raw.units);
    const quick = prev !== null && sameUnitIds && changes !== undefined ? quickRoles(prev, changes) : null;
    // A failed quick path may have spoilt the previous structure: start afresh then.
    const base = quick === null && changes !== undefined ? null : prev;
    const sameRoleIds = quick !== null || (base !== null && sameIdList(base.raw.roles, raw.roles));
    const roleIds =
      quick?.roleIds ?? (sameRoleIds ? base!.roleIds : new Set(raw.roles.map((role) => role.id)));
    const unitIds = sameUnitIds ? prev.unitIds : new Set(raw.units.map((unit) => unit.id));
    const idsKept = sameUnitIds && sameRoleIds && (quick === null || quick.idsKept);
    const { list: unitList, byId: units } = assembleUnits(raw, idsKept ? prev : null, roleIds);

    let structure: RoleStructure;
    let roles: Map<string, Role>;
    let ordered: readonly Role[];
    let referrers: Map<string, Set<string>>;
    let delta: DesignDelta | undefined;
    if (quick !== null) {
      structure = quick.structure;
      roles = prev!.roles;
      referrers = quick.referrers;
      for (const id of quick.removed) roles.delete(id);
      for (const id of quick.rebuild) {
        const role = structure.raw.get(id);
        if (role) roles.set(id, buildRole(role, structure, roleIds, unitIds, roles.get(id)));
      }
      const followed = followOrder(prev!.ordered, structure, roles, quick.rebuild);
      ordered = followed.list;
      delta = followed.delta;
    } else {
      const kept = base !== null && sameRoleIds && samePointers(base.raw.roles, raw.roles);
      structure = kept ? base.structure : RoleStructure.build(raw.roles);
      roles = new Map();
      for (const role of raw.roles) {
        const before = sameRoleIds ? base!.roles.get(role.id) : undefined;
        const reuse =
          before !== undefined &&
          idsKept &&
          base!.structure.raw.get(role.id) === role &&
          before.reportsTo === structure.managerOf(role.id) &&
          sameIds(before.subordinates, structure.reportsOf(role.id));
        roles.set(role.id, reuse ? before : buildRole(role, structure, roleIds, unitIds, before));
      }
      if (kept) for (const role of raw.roles) structure.raw.set(role.id, role);
      ordered = structure.order.map((id) => roles.get(id)!);
      referrers = new Map();
      for (const role of raw.roles) addReferences(referrers, role);
    }

    const notes = [...raw.notes]
      .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ order: _order, ...note }) => note);

    this.previous = { raw, roleIds, unitIds, structure, roles, units, ordered, referrers };
    // The next read derives its list from this one without changing it, so both can be handed out.
    const design = { name: raw.name, description: raw.description, units: unitList, roles: ordered, notes };
    if (delta !== undefined) recordDelta(design, delta);
    return design;
  }
}

/** The in-place path: which roles need a new object, or null when a full pass is needed. */
function quickRoles(
  prev: Assembled,
  changes: RoleChanges,
): {
  structure: RoleStructure;
  roleIds: Set<string>;
  idsKept: boolean;
  rebuild: Set<string>;
  removed: readonly string[];
  referrers: Map<string, Set<string>>;
} | null {
  // What the changed roles name, read before the structure forgets their last content. If the quick
  // path fails below, the full pass builds this map again.
  const referrers = prev.referrers;
  for (const role of changes.updated) {
    const before = prev.structure.raw.get(role.id);
    if (before) dropReferences(referrers, before);
    addReferences(referrers, role);
  }
  for (const id of changes.removed) {
    const before = prev.structure.raw.get(id);
    if (before) dropReferences(referrers, before);
  }
  for (const role of changes.added) addReferences(referrers, role);
  const affected = prev.structure.update(changes);
  if (affected === null) return null;
  const rebuild = new Set<string>(affected);
  for (const role of changes.updated) rebuild.add(role.id);
  const idsKept = changes.added.length === 0 && changes.removed.length === 0;
  const roleIds = prev.roleIds;
  if (!idsKept) {
    for (const id of changes.removed) roleIds.delete(id);
    for (const role of changes.added) roleIds.add(role.id);
    // References to a role that came or went change meaning: re-check the roles that hold one.
    for (const id of [...changes.removed, ...changes.added.map((role) => role.id)])
      for (const holder of referrers.get(id) ?? NO_HOLDERS) rebuild.add(holder);
    for (const role of changes.added) rebuild.add(role.id);
  }
  for (const id of changes.removed) rebuild.delete(id);
  return { structure: prev.structure, roleIds, idsKept, rebuild, removed: changes.removed, referrers };
}

const NO_HOLDERS: ReadonlySet<string> = new Set();

/** Every id the stored content of `role` names: what `buildRole` checks against the design. */
function referencesOf(role: RawRole): string[] {
  const ids: string[] = [...role.dottedLines];
  for (const entry of role.internalCollaborators) if (entry.kind === 'role') ids.push(entry.id);
  for (const area of role.responsibilities)
    for (const item of area.items) if (item.recipient !== null) ids.push(item.recipient);
  return ids;
}

function addReferences(referrers: Map<string, Set<string>>, role: RawRole): void {
  for (const id of referencesOf(role)) {
    const holders = referrers.get(id);
    if (holders) holders.add(role.id);
    else referrers.set(id, new Set([role.id]));
  }
}

function dropReferences(referrers: Map<string, Set<string>>, role: RawRole): void {
  for (const id of referencesOf(role)) {
    const holders = referrers.get(id);
    if (!holders) continue;
    holders.delete(role.id);
    if (holders.size === 0) referrers.delete(id);
  }
}

/**
 * The roles in outline order after an in-place update: the last list with the structure's one edit
 * repeated on it and the rebuilt roles put in, instead of looking every role up again.
 */
function followOrder(
  before: readonly Role[],
  structure: RoleStructure,
  roles: ReadonlyMap<string, Role>,
  rebuild: ReadonlySet<string>,
): { list: readonly Role[]; delta?: DesignDelta } {
  const edit = structure.lastEdit;
  const order = structure.order;
  // Each rebuilt role is found by a scan of the order; past a handful, one pass over all is cheaper.
  if (edit.kind === 'all' || rebuild.size > 16) return { list: order.map((id) => roles.get(id)!) };
  let list: Role[];
  if (edit.kind === 'none') list = before.slice();
  else if (edit.kind === 'remove') {
    list = before.slice();
    list.splice(edit.at, 1);
  } else if (edit.kind === 'insert') {
    list = before.slice();
    list.splice(edit.at, 0, roles.get(order[edit.at]!)!);
  } else {
    const rest = before.slice();
    const block = rest.splice(edit.from, edit.size);
    list = [...rest.slice(0, edit.to), ...block, ...rest.slice(edit.to)];
  }
  if (list.length !== order.length) return { list: order.map((id) => roles.get(id)!) };
  const rebuiltAt: number[] = [];
  for (const id of rebuild) {
    const role = roles.get(id);
    if (role === undefined) continue;
    const at = order.indexOf(id);
    if (at < 0) continue;
    list[at] = role;
    rebuiltAt.push(at);
  }
  return { list, delta: { previousRoles: before, edit, rebuiltAt } };
}

function assembleUnits(
  raw: RawDesign,
  prev: Assembled | null,
  roleIds: ReadonlySet<string>,
): { list: Unit[]; byId: Map<string, Unit> } {
  const unitParents = repairForest(
    raw.units.map((unit) => ({ id: unit.id, parent: unit.parentId, stamp: unit.stamp, by: unit.by })),
  );
  const unitIds = new Set(raw.units.map((unit) => unit.id));
  const unitOrder = depthFirst(
    raw.units,
    (unit) => unitParents.get(unit.id) ?? null,
    (unit) => unit.order,
  );
  const byId = new Map<string, Unit>();
  const prevRaw = prev ? new Map(prev.raw.units.map((unit) => [unit.id, unit])) : null;
  const list = unitOrder.ordered.map((unit) => {
    const parentId = unitParents.get(unit.id) ?? null;
    const before = prev?.units.get(unit.id);
    const assembled: Unit =
      before && prevRaw?.get(unit.id) === unit && before.parentId === parentId
        ? before
        : {
            id: unit.id,
            name: unit.name,
            parentId,
            kind: unit.kind,
            color: unit.color,
            responsibilities: checkRecipients(unit.responsibilities, roleIds, unitIds),
            performanceCoefficient: unit.performanceCoefficient,
            notes: unit.notes,
          };
    byId.set(unit.id, assembled);
    return assembled;
  });
  return { list, byId };
}

function buildRole(
  role: RawRole,
  structure: RoleStructure,
  roleIds: ReadonlySet<string>,
  unitIds: ReadonlySet<string>,
  before: Role | undefined,
): Role {
  const subordinates = structure.reportsOf(role.id);
  return {
    id: role.id,
    title: role.title,
    unitId: role.unitId !== null && unitIds.has(role.unitId) ? role.unitId : null,
    reportsTo: structure.managerOf(role.id),
    subordinates: before && sameIds(before.subordinates, subordinates) ? before.subordinates : subordinates,
    headcount: role.headcount,
    optional: role.optional,
    assistant: role.assistant,
    purpose: role.purpose,
    internalCollaborators: checkCollaborators(role.internalCollaborators, unitIds, roleIds),
    externalParties: role.externalParties,
    responsibilities: checkRecipients(role.responsibilities, roleIds, unitIds),
    additionalDuties: role.additionalDuties,
    workingTime: role.workingTime,
    pay: role.pay,
    noPay: role.noPay,
    dottedLines: checkDottedLines(role.id, role.dottedLines, roleIds),
    notes: role.notes,
  };
}

function sameIdList(a: readonly { readonly id: string }[], b: readonly { readonly id: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two lists of the same roles hold the same pointers and sibling orders. */
function samePointers(a: readonly RawRole[], b: readonly RawRole[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.reportsTo !== y.reportsTo || x.stamp !== y.stamp || x.by !== y.by || x.order !== y.order)
      return false;
  }
  return true;
}

function checkDottedLines(self: string, dotted: readonly string[], roleIds: ReadonlySet<string>): string[] {
  return [...new Set(dotted)].filter((id) => id !== self && roleIds.has(id));
}

/**
 * A recipient is a role or a unit; one that no longer exists reads as none. Areas with nothing to
 * drop are kept as they are.
 */
function checkRecipients(
  areas: readonly ResponsibilityArea[],
  roleIds: ReadonlySet<string>,
  unitIds: ReadonlySet<string>,
): readonly ResponsibilityArea[] {
  const dangling = (item: ResponsibilityArea['items'][number]): boolean =>
    item.recipient !== null && !roleIds.has(item.recipient) && !unitIds.has(item.recipient);
  if (!areas.some((area) => area.items.some(dangling))) return areas;
  return areas.map((area) =>
    area.items.some(dangling)
      ? { ...area, items: area.items.map((item) => (dangling(item) ? { ...item, recipient: null } : item)) }
      : area,
  );
}

function checkCollaborators(
  collaborators: readonly Collaborator[],
  unitIds: ReadonlySet<string>,
  roleIds: ReadonlySet<string>,
): Collaborator[] {
  return collaborators.filter((entry) =>
    entry.kind === 'unit' ? unitIds.has(entry.id) : entry.kind === 'role' ? roleIds.has(entry.id) : true,
  );
}
