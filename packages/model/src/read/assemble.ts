import type { Collaborator, Design, DesignNote, ResponsibilityArea, Role, Unit } from '../types.js';
import { depthFirst, repairForest } from './forest.js';

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
  const unitParents = repairForest(
    raw.units.map((unit) => ({ id: unit.id, parent: unit.parentId, stamp: unit.stamp, by: unit.by })),
  );
  const unitIds = new Set(raw.units.map((unit) => unit.id));
  const roleIds = new Set(raw.roles.map((role) => role.id));
  const recipientIds = new Set([...roleIds, ...unitIds]);
  const roleParents = repairForest(
    raw.roles.map((role) => ({ id: role.id, parent: role.reportsTo, stamp: role.stamp, by: role.by })),
  );

  const unitOrder = depthFirst(
    raw.units,
    (unit) => unitParents.get(unit.id) ?? null,
    (unit) => unit.order,
  );
  const units: Unit[] = unitOrder.ordered.map((unit) => ({
    id: unit.id,
    name: unit.name,
    parentId: unitParents.get(unit.id) ?? null,
    kind: unit.kind,
    color: unit.color,
    responsibilities: checkRecipients(unit.responsibilities, recipientIds),
    performanceCoefficient: unit.performanceCoefficient,
    notes: unit.notes,
  }));

  const roleOrder = depthFirst(
    raw.roles,
    (role) => roleParents.get(role.id) ?? null,
    (role) => role.order,
  );
  const roles: Role[] = roleOrder.ordered.map((role) => ({
    id: role.id,
    title: role.title,
    unitId: role.unitId !== null && unitIds.has(role.unitId) ? role.unitId : null,
    reportsTo: roleParents.get(role.id) ?? null,
    subordinates: (roleOrder.children.get(role.id) ?? []).map((child) => child.id),
    headcount: role.headcount,
    optional: role.optional,
    assistant: role.assistant,
    purpose: role.purpose,
    internalCollaborators: checkCollaborators(role.internalCollaborators, unitIds, roleIds),
    externalParties: role.externalParties,
    responsibilities: checkRecipients(role.responsibilities, recipientIds),
    additionalDuties: role.additionalDuties,
    workingTime: role.workingTime,
    pay: role.pay,
    noPay: role.noPay,
    dottedLines: [...new Set(role.dottedLines)].filter((id) => id !== role.id && roleIds.has(id)),
    notes: role.notes,
  }));

  const notes = [...raw.notes]
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ order: _order, ...note }) => note);

  return { name: raw.name, description: raw.description, units, roles, notes };
}

/** A recipient is a role or a unit; one that no longer exists reads as none. */
function checkRecipients(
  areas: readonly ResponsibilityArea[],
  recipientIds: ReadonlySet<string>,
): ResponsibilityArea[] {
  return areas.map((area) => ({
    ...area,
    items: area.items.map((item) =>
      item.recipient !== null && !recipientIds.has(item.recipient) ? { ...item, recipient: null } : item,
    ),
  }));
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
