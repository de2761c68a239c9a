import { type ModelError, modelError } from '../result.js';
import type { Design, DesignNote, Id, ResponsibilityArea, Role, Unit } from '../types.js';
import { payState, sameJson } from './diff.js';
import type { Change, DutyChange } from './types.js';

/** The target scenario as it is now, looked up by id. */
export interface Now {
  readonly roles: ReadonlyMap<Id, Role>;
  readonly units: ReadonlyMap<Id, Unit>;
  readonly notes: ReadonlyMap<Id, DesignNote>;
}

export function nowOf(design: Design): Now {
  return {
    roles: new Map(design.roles.map((role) => [role.id, role])),
    units: new Map(design.units.map((unit) => [unit.id, unit])),
    notes: new Map(design.notes.map((note) => [note.id, note])),
  };
}

export function labelOf(change: Change): string {
  return 'title' in change ? change.title : 'name' in change ? change.name : change.note.title;
}

const messages = {
  changed: (change: Change) =>
    modelError(
      'changed-meanwhile',
      `"${labelOf(change)}" was edited here since the comparison; compare again before carrying this change over.`,
      `比较之后“${labelOf(change)}”在此方案中又被修改，请重新比较后再应用此项改动。`,
      change.key,
    ),
  present: (change: Change) =>
    modelError(
      'changed-meanwhile',
      `"${labelOf(change)}" is already in this scenario.`,
      `“${labelOf(change)}”已在此方案中。`,
      change.key,
    ),
  gone: (change: Change) =>
    modelError(
      'changed-meanwhile',
      `"${labelOf(change)}" is no longer in this scenario; someone deleted it since the comparison.`,
      `“${labelOf(change)}”已不在此方案中，比较之后被他人删除。`,
      change.key,
    ),
  needs: (change: Change, other: Change) =>
    modelError(
      'needs-change',
      `"${labelOf(change)}" needs "${labelOf(other)}", which is new in the other scenario: carry that over too.`,
      `“${labelOf(change)}”依赖另一方案新增的“${labelOf(other)}”，请一并应用。`,
      change.key,
    ),
};

/**
 * Why a change no longer applies to the scenario as it is now (someone edited what it changes since
 * the diff was made), or null when it still does.
 */
export function staleness(change: Change, now: Now): ModelError | null {
  switch (change.kind) {
    case 'added':
      return now.roles.has(change.roleId) ? messages.present(change) : null;
    case 'unit-added':
      return now.units.has(change.unitId) ? messages.present(change) : null;
    case 'note-added':
      return now.notes.has(change.noteId) ? messages.present(change) : null;
    case 'note-removed':
      return now.notes.has(change.noteId) ? null : messages.gone(change);
    case 'note-changed': {
      const note = now.notes.get(change.noteId);
      if (note === undefined) return messages.gone(change);
      const { id: _id, ...current } = note;
      return sameJson(current, change.before) ? null : messages.changed(change);
    }
  }
  if ('unitId' in change) {
    const unit = now.units.get(change.unitId);
    if (unit === undefined) return messages.gone(change);
    const fresh = (() => {
      switch (change.kind) {
        case 'unit-removed':
          return true;
        case 'unit-renamed':
          return unit.name === change.before;
        case 'unit-reparented':
          return unit.parentId === change.before;
        case 'unit-coefficient-changed':
          return unit.performanceCoefficient === change.before;
        case 'unit-details-changed':
          return change.fields.every((entry) => unit[entry.field] === entry.before);
        case 'unit-duties-changed':
          return change.duties.every((duty) => dutyStillApplies(duty, unit.responsibilities));
      }
    })();
    return fresh ? null : messages.changed(change);
  }
  const role = now.roles.get(change.roleId);
  if (role === undefined) return messages.gone(change);
  const fresh = (() => {
    switch (change.kind) {
      case 'removed':
      case 'dotted-lines-changed':
        return true;
      case 'moved':
        return role.reportsTo === change.before;
      case 'moved-unit':
        return role.unitId === change.before;
      case 'renamed':
        return role.title === change.before;
      case 'headcount-changed':
        return role.headcount === change.before;
      case 'optional-changed':
        return role.optional === change.before;
      case 'assistant-changed':
        return role.assistant === change.before;
      case 'pay-changed': {
        const current = payState(role) as unknown as Record<string, unknown>;
        const before = change.before as unknown as Record<string, unknown>;
        const after = change.after as unknown as Record<string, unknown>;
        return Object.keys(after).every((key) => after[key] === before[key] || current[key] === before[key]);
      }
      case 'details-changed':
        return change.fields.every((entry) => sameJson(role[entry.field], entry.before));
      case 'duties-changed':
        return change.duties.every((duty) => dutyStillApplies(duty, role.responsibilities));
    }
  })();
  return fresh ? null : messages.changed(change);
}

function dutyStillApplies(duty: DutyChange, areas: readonly ResponsibilityArea[]): boolean {
  if (duty.type === 'area-added') return !areas.some((area) => area.id === duty.area.id);
  const area = areas.find((entry) => entry.id === duty.areaId);
  if (area === undefined) return false;
  switch (duty.type) {
    case 'area-removed':
      return true;
    case 'area-renamed':
      return area.title === duty.before;
    case 'item-added':
      return !area.items.some((item) => item.id === duty.item.id);
  }
  const item = area.items.find((entry) => entry.id === duty.itemId);
  if (item === undefined) return false;
  switch (duty.type) {
    case 'item-removed':
      return true;
    case 'item-edited':
      return item.text === duty.before;
    case 'item-cadence-changed':
      return item.cadence === duty.before;
    case 'item-time-changed':
      return item.time === duty.before;
    case 'item-recipient-changed':
      return item.recipient === duty.before;
  }
}

interface References {
  readonly roles: readonly Id[];
  readonly units: readonly Id[];
  /** Work item recipients: each a role or a unit. */
  readonly recipients: readonly Id[];
}

/** The roles and units a change points at once applied: each must exist or arrive with it. */
export function referencesOf(change: Change): References {
  const fromAreas = (areas: readonly ResponsibilityArea[]) =>
    areas.flatMap((area) => area.items.flatMap((item) => (item.recipient === null ? [] : [item.recipient])));
  const fromDuties = (duties: readonly DutyChange[]) =>
    duties.flatMap((duty) =>
      duty.type === 'area-added'
        ? fromAreas([duty.area])
        : duty.type === 'item-added'
          ? fromAreas([{ id: '', title: '', items: [duty.item] }])
          : duty.type === 'item-recipient-changed' && duty.after !== null
            ? [duty.after]
            : [],
    );
  const optional = (id: Id | null) => (id === null ? [] : [id]);
  const none: References = { roles: [], units: [], recipients: [] };
  switch (change.kind) {
    case 'added': {
      const role = change.role;
      const collaborators = role.internalCollaborators;
      return {
        roles: [
          ...optional(role.reportsTo),
          ...role.dottedLines,
          ...collaborators.flatMap((entry) => (entry.kind === 'role' ? [entry.id] : [])),
        ],
        units: [
          ...optional(role.unitId),
          ...collaborators.flatMap((entry) => (entry.kind === 'unit' ? [entry.id] : [])),
        ],
        recipients: fromAreas(role.responsibilities),
      };
    }
    case 'moved':
      return { ...none, roles: optional(change.after) };
    case 'moved-unit':
      return { ...none, units: optional(change.after) };
    case 'dotted-lines-changed':
      return { ...none, roles: change.added };
    case 'details-changed': {
      const collaborators = change.fields.flatMap((entry) =>
        entry.field === 'internalCollaborators'
          ? (entry.after as readonly { kind: string; id?: string }[])
          : [],
      );
      return {
        roles: collaborators.flatMap((entry) => (entry.kind === 'role' && entry.id ? [entry.id] : [])),
        units: collaborators.flatMap((entry) => (entry.kind === 'unit' && entry.id ? [entry.id] : [])),
        recipients: [],
      };
    }
    case 'duties-changed':
    case 'unit-duties-changed':
      return { ...none, recipients: fromDuties(change.duties) };
    case 'unit-added':
      return {
        ...none,
        units: optional(change.unit.parentId),
        recipients: fromAreas(change.unit.responsibilities),
      };
    case 'unit-reparented':
      return { ...none, units: optional(change.after) };
    default:
      return none;
  }
}

/**
 * Refusals for references a selection cannot satisfy: a role or unit that is new in the other
 * scenario but not selected, or one deleted here since the comparison.
 */
export function missingReferences(
  selected: readonly Change[],
  all: readonly Change[],
  now: Now,
): ModelError[] {
  const arriving = new Set(
    selected.flatMap((change) =>
      change.kind === 'added'
        ? [`r:${change.roleId}`]
        : change.kind === 'unit-added'
          ? [`u:${change.unitId}`]
          : [],
    ),
  );
  const adders = new Map<string, Change>();
  for (const change of all) {
    if (change.kind === 'added') adders.set(`r:${change.roleId}`, change);
    if (change.kind === 'unit-added') adders.set(`u:${change.unitId}`, change);
  }
  const errors: ModelError[] = [];
  for (const change of selected) {
    const refs = referencesOf(change);
    const keys = [
      ...refs.roles.filter((id) => !now.roles.has(id)).map((id) => [`r:${id}`]),
      ...refs.units.filter((id) => !now.units.has(id)).map((id) => [`u:${id}`]),
      ...refs.recipients
        .filter((id) => !now.roles.has(id) && !now.units.has(id))
        .map((id) => [`r:${id}`, `u:${id}`]),
    ].filter((either) => !either.some((key) => arriving.has(key)));
    const first = keys[0];
    if (first === undefined) continue;
    const adder = first.map((key) => adders.get(key)).find((entry) => entry !== undefined);
    errors.push(adder ? messages.needs(change, adder) : messages.changed(change));
  }
  return errors;
}
