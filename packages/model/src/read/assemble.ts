import type { Collaborator, Design, DesignNote, ResponsibilityArea, Role, Unit } from '../types.js';
import { depthFirst, repairForest } from './forest.js';
import { RoleStructure } from './roleStructure.js';

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
  readonly roleIds: ReadonlySet<string>;
  readonly unitIds: ReadonlySet<string>;
  readonly structure: RoleStructure;
  /** The assembled role for each position of `raw.roles`. */
  readonly rolesAt: readonly Role[];
  readonly units: ReadonlyMap<string, Unit>;
}

/**
 * Assembles designs one after another, sharing structure with the previous one: a role whose stored
 * content (the very same raw object), manager and reports are unchanged, and whose references can
 * have changed no meaning (no role or unit added or removed), is the very same `Role` object as
 * before, so consumers can skip it by identity. The forest is repaired and ordered again only when
 * the set of roles changed or a move cannot be taken in place.
 */
export class Assembler {
  private previous: Assembled | null = null;

  /**
   * `changedRoles`, when given, promises that the role ids are those of the previous call, in the same
   * positions, and that only the raw roles at these positions may differ from the previous ones: then
   * the work is in proportion to the change, not to the design.
   */
  assemble(raw: RawDesign, changedRoles?: readonly number[]): Design {
    const prev = this.previous;
    const sameUnitIds = prev !== null && sameIdList(prev.raw.units, raw.units);
    const quick =
      prev !== null && sameUnitIds && changedRoles !== undefined
        ? this.quickRoles(prev, raw, changedRoles)
        : null;
    const sameRoleIds = quick !== null || (prev !== null && sameIdList(prev.raw.roles, raw.roles));
    const roleIds = sameRoleIds ? prev!.roleIds : new Set(raw.roles.map((role) => role.id));
    const unitIds = sameUnitIds ? prev.unitIds : new Set(raw.units.map((unit) => unit.id));
    // References (recipients, collaborators, dotted lines, units) read the same while no id came or went.
    const meaningKept = sameRoleIds && sameUnitIds;
    const { list: unitList, byId: units } = assembleUnits(raw, meaningKept ? prev : null, roleIds);

    let structure: RoleStructure;
    let rolesAt: Role[];
    if (quick !== null) {
      ({ structure, rolesAt } = quick);
      for (const at of quick.touched)
        rolesAt[at] = buildRole(raw.roles[at]!, structure, roleIds, unitIds, prev!.rolesAt[at]);
    } else {
      structure =
        sameRoleIds && samePointers(prev!.raw.roles, raw.roles)
          ? prev!.structure
          : RoleStructure.build(raw.roles);
      rolesAt = raw.roles.map((role, at) => {
        const before = sameRoleIds ? prev!.rolesAt[at] : undefined;
        const kept =
          before !== undefined &&
          meaningKept &&
          prev!.raw.roles[at] === role &&
          before.reportsTo === structure.managerOf(role.id) &&
          sameIds(before.subordinates, structure.reportsOf(role.id));
        return kept ? before : buildRole(role, structure, roleIds, unitIds, before);
      });
    }
    const roles = structure.order.map((at) => rolesAt[at]!);

    const notes = [...raw.notes]
      .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ order: _order, ...note }) => note);

    this.previous = { raw, roleIds, unitIds, structure, rolesAt, units };
    return { name: raw.name, description: raw.description, units: unitList, roles, notes };
  }

  /** The in-place path: which positions need a new role, or null when a full pass is needed. */
  private quickRoles(
    prev: Assembled,
    raw: RawDesign,
    changed: readonly number[],
  ): { structure: RoleStructure; rolesAt: Role[]; touched: Set<number> } | null {
    if (prev.raw.roles.length !== raw.roles.length) return null;
    const moved = changed.filter((at) => {
      const a = prev.raw.roles[at]!;
      const b = raw.roles[at]!;
      return a.reportsTo !== b.reportsTo || a.stamp !== b.stamp || a.by !== b.by || a.order !== b.order;
    });
    if (moved.length > 1) return null;
    const touched = new Set(changed);
    if (moved.length === 1) {
      // The structure is updated in place: the previous design keeps its own role objects.
      const affected = prev.structure.move(raw.roles, moved[0]!);
      if (affected === null) return null;
      for (const id of affected) touched.add(prev.structure.positionOfRole(id)!);
    }
    return { structure: prev.structure, rolesAt: prev.rolesAt.slice(), touched };
  }
}

function assembleUnits(
  raw: RawDesign,
  prev: Assembled | null,
  roleIds: ReadonlySet<string>,
): { list: Unit[]; byId: Map<string, Unit> } {
  const unitParents = repairForest(
    raw.units.map((unit) => ({ id: unit.id, parent: unit.parentId, stamp: unit.stamp, by: unit.by })),
  );
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
            responsibilities: checkRecipients(unit.responsibilities, roleIds),
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
    responsibilities: checkRecipients(role.responsibilities, roleIds),
    additionalDuties: role.additionalDuties,
    workingTime: role.workingTime,
    pay: role.pay,
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

/** Recipients that no longer exist read as none; areas with nothing to drop are kept as they are. */
function checkRecipients(
  areas: readonly ResponsibilityArea[],
  roleIds: ReadonlySet<string>,
): readonly ResponsibilityArea[] {
  const dangling = (item: ResponsibilityArea['items'][number]): boolean =>
    item.recipient !== null && !roleIds.has(item.recipient);
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
