import type { Operation, Owner, RolePatch, UnitPatch } from '../ops/operations.js';
import type { Pay, ResponsibilityArea } from '../types.js';
import type { Change, DutyChange, RoleChange, UnitChange } from './types.js';

/**
 * The typed operations that carry one change over, by phase: structure first (units, then roles,
 * both in b's outline order so a parent always exists and no move goes under its own subtree when
 * every move is carried), then content (which may refer to anything just created), then removals
 * (last, so nothing still needed is gone, and a removed role's remaining reports move up).
 */
export type Phase = 'unit-structure' | 'role-structure' | 'content' | 'removal';
export const PHASES: readonly Phase[] = ['unit-structure', 'role-structure', 'content', 'removal'];

export function operationsFor(change: Change, phase: Phase): Operation[] {
  switch (phase) {
    case 'unit-structure':
      return unitStructure(change);
    case 'role-structure':
      return roleStructure(change);
    case 'content':
      return content(change);
    case 'removal':
      return removal(change);
  }
}

function unitStructure(change: Change): Operation[] {
  if (change.kind === 'unit-added') {
    const { unit } = change;
    return [
      {
        type: 'unit.create',
        id: unit.id,
        name: unit.name,
        parentId: unit.parentId,
        kind: unit.kind,
        color: unit.color,
        index: change.index,
      },
    ];
  }
  if (change.kind === 'unit-reparented') {
    return [{ type: 'unit.move', id: change.unitId, parentId: change.after, index: change.index }];
  }
  return [];
}

function roleStructure(change: Change): Operation[] {
  if (change.kind === 'added') {
    const { role } = change;
    return [
      {
        type: 'role.create',
        id: role.id,
        title: role.title,
        unitId: role.unitId,
        reportsTo: role.reportsTo,
        index: change.index,
      },
    ];
  }
  if (change.kind === 'moved') {
    return [{ type: 'role.move', id: change.roleId, reportsTo: change.after, index: change.index }];
  }
  return [];
}

function content(change: Change): Operation[] {
  if ('roleId' in change) return roleContent(change);
  if ('unitId' in change) return unitContent(change);
  switch (change.kind) {
    case 'note-added': {
      const { note } = change;
      return [
        {
          type: 'note.add',
          id: note.id,
          kind: note.kind,
          title: note.title,
          text: note.text,
          date: note.date,
        },
      ];
    }
    case 'note-changed':
      return [{ type: 'note.update', id: change.noteId, patch: change.after }];
    default:
      return [];
  }
}

function roleContent(change: RoleChange): Operation[] {
  const role = (patch: RolePatch): Operation[] => [{ type: 'role.update', id: change.roleId, patch }];
  switch (change.kind) {
    case 'added': {
      const { role: added } = change;
      const owner: Owner = { kind: 'role', id: added.id };
      return [
        ...role({
          headcount: added.headcount,
          optional: added.optional,
          assistant: added.assistant,
          purpose: added.purpose,
          workingTime: added.workingTime,
          notes: added.notes,
          externalParties: added.externalParties,
          additionalDuties: added.additionalDuties,
          internalCollaborators: added.internalCollaborators,
          pay: added.pay,
          noPay: added.noPay,
        }),
        ...added.responsibilities.flatMap((area, index) => addArea(owner, area, index)),
        ...added.dottedLines.map((to): Operation => ({ type: 'role.addDottedLine', id: added.id, to })),
      ];
    }
    case 'moved-unit':
      return role({ unitId: change.after });
    case 'renamed':
      return role({ title: change.after });
    case 'headcount-changed':
      return role({ headcount: change.after });
    case 'optional-changed':
      return role({ optional: change.after });
    case 'assistant-changed':
      return role({ assistant: change.after });
    case 'pay-changed': {
      const { noPay, ...amounts } = change.after;
      const changed = (Object.keys(amounts) as (keyof Pay)[]).filter(
        (key) => change.before[key] !== amounts[key],
      );
      const pay = Object.fromEntries(changed.map((key) => [key, amounts[key]])) as Partial<Pay>;
      return role({ pay, ...(noPay !== change.before.noPay ? { noPay } : {}) });
    }
    case 'details-changed':
      return role(Object.fromEntries(change.fields.map((entry) => [entry.field, entry.after])) as RolePatch);
    case 'dotted-lines-changed':
      return [
        ...change.added.map((to): Operation => ({ type: 'role.addDottedLine', id: change.roleId, to })),
        ...change.removed.map((to): Operation => ({ type: 'role.removeDottedLine', id: change.roleId, to })),
      ];
    case 'duties-changed':
      return change.duties.flatMap((duty) => dutyOperations({ kind: 'role', id: change.roleId }, duty));
    default:
      return [];
  }
}

function unitContent(change: UnitChange): Operation[] {
  const unit = (patch: UnitPatch): Operation[] => [{ type: 'unit.update', id: change.unitId, patch }];
  switch (change.kind) {
    case 'unit-added': {
      const owner: Owner = { kind: 'unit', id: change.unitId };
      return [
        ...unit({ performanceCoefficient: change.unit.performanceCoefficient, notes: change.unit.notes }),
        ...change.unit.responsibilities.flatMap((area, index) => addArea(owner, area, index)),
      ];
    }
    case 'unit-renamed':
      return unit({ name: change.after });
    case 'unit-coefficient-changed':
      return unit({ performanceCoefficient: change.after });
    case 'unit-details-changed':
      return unit(Object.fromEntries(change.fields.map((entry) => [entry.field, entry.after])) as UnitPatch);
    case 'unit-duties-changed':
      return change.duties.flatMap((duty) => dutyOperations({ kind: 'unit', id: change.unitId }, duty));
    default:
      return [];
  }
}

function removal(change: Change): Operation[] {
  switch (change.kind) {
    case 'removed':
      return [{ type: 'role.delete', id: change.roleId }];
    case 'unit-removed':
      return [{ type: 'unit.delete', id: change.unitId }];
    case 'note-removed':
      return [{ type: 'note.delete', id: change.noteId }];
    default:
      return [];
  }
}

function addArea(owner: Owner, area: ResponsibilityArea, index: number): Operation[] {
  return [
    { type: 'area.add', owner, id: area.id, title: area.title, index },
    ...area.items.map((item, itemIndex): Operation => ({
      type: 'item.add',
      owner,
      areaId: area.id,
      id: item.id,
      index: itemIndex,
      text: item.text,
      cadence: item.cadence,
      time: item.time,
      recipient: item.recipient,
    })),
  ];
}

function dutyOperations(owner: Owner, duty: DutyChange): Operation[] {
  switch (duty.type) {
    case 'area-added':
      return addArea(owner, duty.area, duty.index);
    case 'area-removed':
      return [{ type: 'area.delete', owner, areaId: duty.areaId }];
    case 'area-renamed':
      return [{ type: 'area.update', owner, areaId: duty.areaId, title: duty.after }];
    case 'item-added': {
      const { item } = duty;
      return [
        {
          type: 'item.add',
          owner,
          areaId: duty.areaId,
          id: item.id,
          index: duty.index,
          text: item.text,
          cadence: item.cadence,
          time: item.time,
          recipient: item.recipient,
        },
      ];
    }
    case 'item-removed':
      return [{ type: 'item.delete', owner, areaId: duty.areaId, itemId: duty.itemId }];
    case 'item-edited':
      return [item(owner, duty, { text: duty.after })];
    case 'item-cadence-changed':
      return [item(owner, duty, { cadence: duty.after })];
    case 'item-time-changed':
      return [item(owner, duty, { time: duty.after })];
    case 'item-recipient-changed':
      return [item(owner, duty, { recipient: duty.after })];
  }
}

function item(
  owner: Owner,
  duty: { readonly areaId: string; readonly itemId: string },
  patch: Extract<Operation, { type: 'item.update' }>['patch'],
): Operation {
  return { type: 'item.update', owner, areaId: duty.areaId, itemId: duty.itemId, patch };
}
