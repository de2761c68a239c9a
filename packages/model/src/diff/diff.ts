import type { Design, DesignNote, Id, Role, Unit } from '../types.js';
import { dutyChanges } from './duties.js';
import { type Translate, matchDesigns, pairUp, translateRole, translateUnit, translator } from './match.js';
import {
  type Change,
  type DesignDiff,
  type DetailChange,
  type NoteChange,
  type PayState,
  ROLE_DETAILS,
  type RoleChange,
  type RoleSummary,
  UNIT_DETAILS,
  type UnitChange,
} from './types.js';

/**
 * What b does differently from a, in a's ids, in a stable order: units (b's outline order, then
 * those only a has), roles likewise, then design notes. The same two designs always give the same
 * list, so it reads the same every time and a selection of change keys survives a recomputation.
 */
export function diff(a: Design, b: Design): DesignDiff {
  const matching = matchDesigns(a, b);
  const t = translator(matching, b);
  const changes: Change[] = [...unitChanges(a, b, matching.units.aToB, t)];
  const { roleChanges, roles } = roleChangesOf(a, b, matching.roles.aToB, t);
  changes.push(...roleChanges, ...noteChanges(a.notes, b.notes));
  return { changes, roles };
}

function unitChanges(a: Design, b: Design, aToB: ReadonlyMap<Id, Id>, t: Translate): UnitChange[] {
  const byIdA = new Map(a.units.map((unit) => [unit.id, unit]));
  const indexes = siblingIndexes(b.units, (unit) => unit.parentId);
  const changes: UnitChange[] = [];
  for (const original of b.units) {
    const unitB = translateUnit(original, t);
    const names = { unitId: unitB.id, name: unitB.name, ...inB(unitB.id, original.id, 'unitIdInB') };
    const unitA = byIdA.get(unitB.id);
    if (unitA === undefined) {
      const index = indexes.get(original.id)!;
      changes.push({ key: `unit-added:${unitB.id}`, kind: 'unit-added', ...names, unit: unitB, index });
      continue;
    }
    changes.push(...unitDifferences(unitA, unitB, names, indexes.get(original.id)!));
  }
  for (const unitA of a.units) {
    if (!aToB.has(unitA.id)) {
      changes.push({
        key: `unit-removed:${unitA.id}`,
        kind: 'unit-removed',
        unitId: unitA.id,
        name: unitA.name,
      });
    }
  }
  return changes;
}

function unitDifferences(
  unitA: Unit,
  unitB: Unit,
  names: { unitId: Id; name: string; unitIdInB?: Id },
  index: number,
): UnitChange[] {
  const changes: UnitChange[] = [];
  const key = (kind: string) => `${kind}:${unitA.id}`;
  if (unitA.name !== unitB.name) {
    changes.push({
      key: key('unit-renamed'),
      kind: 'unit-renamed',
      ...names,
      before: unitA.name,
      after: unitB.name,
    });
  }
  if (unitA.parentId !== unitB.parentId) {
    changes.push({
      key: key('unit-reparented'),
      kind: 'unit-reparented',
      ...names,
      before: unitA.parentId,
      after: unitB.parentId,
      index,
    });
  }
  if (unitA.performanceCoefficient !== unitB.performanceCoefficient) {
    changes.push({
      key: key('unit-coefficient-changed'),
      kind: 'unit-coefficient-changed',
      ...names,
      before: unitA.performanceCoefficient,
      after: unitB.performanceCoefficient,
    });
  }
  const fields = UNIT_DETAILS.filter((field) => unitA[field] !== unitB[field]).map((field) => ({
    field,
    before: unitA[field],
    after: unitB[field],
  }));
  if (fields.length > 0) {
    changes.push({ key: key('unit-details-changed'), kind: 'unit-details-changed', ...names, fields });
  }
  const duties = dutyChanges(unitA.responsibilities, unitB.responsibilities);
  if (duties.length > 0) {
    changes.push({ key: key('unit-duties-changed'), kind: 'unit-duties-changed', ...names, duties });
  }
  return changes;
}

function roleChangesOf(
  a: Design,
  b: Design,
  aToB: ReadonlyMap<Id, Id>,
  t: Translate,
): { roleChanges: RoleChange[]; roles: RoleSummary[] } {
  const byIdA = new Map(a.roles.map((role) => [role.id, role]));
  const indexes = siblingIndexes(b.roles, (role) => role.reportsTo);
  const roleChanges: RoleChange[] = [];
  const roles: RoleSummary[] = [];
  for (const original of b.roles) {
    const roleB = translateRole(original, t);
    const names = { roleId: roleB.id, title: roleB.title, ...inB(roleB.id, original.id, 'roleIdInB') };
    const roleA = byIdA.get(roleB.id);
    const index = indexes.get(original.id)!;
    if (roleA === undefined) {
      roleChanges.push({ key: `added:${roleB.id}`, kind: 'added', ...names, role: roleB, index });
      roles.push({ ...names, status: 'new' });
      continue;
    }
    const found = roleDifferences(roleA, roleB, names, index);
    roleChanges.push(...found);
    roles.push({ ...names, status: found.length > 0 ? 'changed' : 'unchanged' });
  }
  for (const roleA of a.roles) {
    if (aToB.has(roleA.id)) continue;
    const names = { roleId: roleA.id, title: roleA.title };
    roleChanges.push({ key: `removed:${roleA.id}`, kind: 'removed', ...names });
    roles.push({ ...names, status: 'closed' });
  }
  return { roleChanges, roles };
}

function roleDifferences(
  roleA: Role,
  roleB: Role,
  names: { roleId: Id; title: string; roleIdInB?: Id },
  index: number,
): RoleChange[] {
  const changes: RoleChange[] = [];
  const key = (kind: string) => `${kind}:${roleA.id}`;
  const value = <
    K extends 'moved-unit' | 'renamed' | 'headcount-changed' | 'optional-changed' | 'assistant-changed',
  >(
    kind: K,
    before: unknown,
    after: unknown,
  ) => {
    if (before !== after) changes.push({ key: key(kind), kind, ...names, before, after } as RoleChange);
  };
  if (roleA.reportsTo !== roleB.reportsTo) {
    changes.push({
      key: key('moved'),
      kind: 'moved',
      ...names,
      before: roleA.reportsTo,
      after: roleB.reportsTo,
      index,
    });
  }
  value('moved-unit', roleA.unitId, roleB.unitId);
  value('renamed', roleA.title, roleB.title);
  value('headcount-changed', roleA.headcount, roleB.headcount);
  value('optional-changed', roleA.optional, roleB.optional);
  value('assistant-changed', roleA.assistant, roleB.assistant);
  const duties = dutyChanges(roleA.responsibilities, roleB.responsibilities);
  if (duties.length > 0)
    changes.push({ key: key('duties-changed'), kind: 'duties-changed', ...names, duties });
  const before = payState(roleA);
  const after = payState(roleB);
  if (!sameJson(before, after))
    changes.push({ key: key('pay-changed'), kind: 'pay-changed', ...names, before, after });
  const dottedA = new Set(roleA.dottedLines);
  const dottedB = new Set(roleB.dottedLines);
  const added = roleB.dottedLines.filter((id) => !dottedA.has(id));
  const removed = roleA.dottedLines.filter((id) => !dottedB.has(id));
  if (added.length > 0 || removed.length > 0) {
    changes.push({
      key: key('dotted-lines-changed'),
      kind: 'dotted-lines-changed',
      ...names,
      added,
      removed,
    });
  }
  const fields: DetailChange[] = ROLE_DETAILS.filter((field) => !sameJson(roleA[field], roleB[field])).map(
    (field) => ({ field, before: roleA[field], after: roleB[field] }),
  );
  if (fields.length > 0)
    changes.push({ key: key('details-changed'), kind: 'details-changed', ...names, fields });
  return changes;
}

export function payState(role: Role): PayState {
  return { ...role.pay, noPay: role.noPay };
}

function noteChanges(a: readonly DesignNote[], b: readonly DesignNote[]): NoteChange[] {
  const pairs = pairUp(
    a,
    b,
    (note) => `${note.kind}\u0000${note.title}`,
    (note) => `${note.kind}\u0000${note.title}`,
  );
  const byIdA = new Map(a.map((note) => [note.id, note]));
  const changes: NoteChange[] = [];
  for (const noteB of b) {
    const noteId = pairs.bToA.get(noteB.id);
    const noteA = noteId === undefined ? undefined : byIdA.get(noteId);
    if (noteA === undefined) {
      changes.push({ key: `note-added:${noteB.id}`, kind: 'note-added', noteId: noteB.id, note: noteB });
      continue;
    }
    const { id: _a, ...before } = noteA;
    const { id: _b, ...after } = noteB;
    if (!sameJson(before, after)) {
      changes.push({
        key: `note-changed:${noteA.id}`,
        kind: 'note-changed',
        noteId: noteA.id,
        title: noteB.title,
        before,
        after,
      });
    }
  }
  for (const noteA of a) {
    if (!pairs.aToB.has(noteA.id)) {
      changes.push({
        key: `note-removed:${noteA.id}`,
        kind: 'note-removed',
        noteId: noteA.id,
        title: noteA.title,
      });
    }
  }
  return changes;
}

function inB<K extends string>(idInA: Id, idInB: Id, key: K): Partial<Record<K, Id>> {
  return idInA === idInB ? {} : ({ [key]: idInB } as Record<K, Id>);
}

/** Where each entry sits among its siblings (same parent) in its own design's outline order. */
function siblingIndexes<T extends { readonly id: Id }>(
  list: readonly T[],
  parentOf: (item: T) => Id | null,
): Map<Id, number> {
  const seen = new Map<Id | null, number>();
  const indexes = new Map<Id, number>();
  for (const entry of list) {
    const parent = parentOf(entry);
    const index = seen.get(parent) ?? 0;
    indexes.set(entry.id, index);
    seen.set(parent, index + 1);
  }
  return indexes;
}

/** Deep equality of plain JSON values, whatever order their keys were written in. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameJson(recordA[key], recordB[key]));
}
