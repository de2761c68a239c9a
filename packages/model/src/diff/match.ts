import type { Collaborator, Design, Id, ResponsibilityArea, Role, Unit } from '../types.js';

/** Pairs of one thing in two designs, both ways. */
export interface Pairs {
  readonly aToB: ReadonlyMap<Id, Id>;
  readonly bToA: ReadonlyMap<Id, Id>;
}

export interface Matching {
  readonly units: Pairs;
  readonly roles: Pairs;
}

/**
 * Pairs entries by id first (a fork keeps every id), then the rest by a key that means "the same
 * thing" to a reader, in outline order, so two designs typed up separately still line up.
 */
export function pairUp<T extends { readonly id: Id }>(
  a: readonly T[],
  b: readonly T[],
  keyOfA: (entry: T) => string,
  keyOfB: (entry: T) => string,
): Pairs {
  const aToB = new Map<Id, Id>();
  const bToA = new Map<Id, Id>();
  const aIds = new Set(a.map((entry) => entry.id));
  for (const entry of b) {
    if (aIds.has(entry.id)) {
      aToB.set(entry.id, entry.id);
      bToA.set(entry.id, entry.id);
    }
  }
  const waiting = new Map<string, Id[]>();
  for (const entry of a) {
    if (aToB.has(entry.id)) continue;
    const key = keyOfA(entry);
    const list = waiting.get(key);
    if (list) list.push(entry.id);
    else waiting.set(key, [entry.id]);
  }
  for (const entry of b) {
    if (bToA.has(entry.id)) continue;
    const candidates = waiting.get(keyOfB(entry));
    const match = candidates?.shift();
    if (match === undefined) continue;
    aToB.set(match, entry.id);
    bToA.set(entry.id, match);
  }
  return { aToB, bToA };
}

/** Units by id, then by name; roles by id, then by title within the matched unit. */
export function matchDesigns(a: Design, b: Design): Matching {
  const units = pairUp<Unit>(
    a.units,
    b.units,
    (unit) => unit.name,
    (unit) => unit.name,
  );
  const roles = pairUp<Role>(
    a.roles,
    b.roles,
    (role) => `${role.title}\u0000${role.unitId ?? ''}`,
    (role) =>
      `${role.title}\u0000${role.unitId === null ? '' : (units.bToA.get(role.unitId) ?? role.unitId)}`,
  );
  return { units, roles };
}

/** Translates b's ids into a's: a matched entry takes a's id, anything else keeps b's (free in a). */
export interface Translate {
  readonly role: (id: Id) => Id;
  readonly unit: (id: Id) => Id;
  /** A work item's recipient: a role of b, else a unit of b (a role wins when both share the id). */
  readonly recipient: (id: Id) => Id;
}

export function translator(matching: Matching, b: Design): Translate {
  const rolesOfB = new Set(b.roles.map((role) => role.id));
  const role = (id: Id) => matching.roles.bToA.get(id) ?? id;
  const unit = (id: Id) => matching.units.bToA.get(id) ?? id;
  return { role, unit, recipient: (id) => (rolesOfB.has(id) ? role(id) : unit(id)) };
}

export function translateAreas(
  areas: readonly ResponsibilityArea[],
  t: Translate,
): readonly ResponsibilityArea[] {
  return areas.map((area) => ({
    ...area,
    items: area.items.map((item) => ({
      ...item,
      recipient: item.recipient === null ? null : t.recipient(item.recipient),
    })),
  }));
}

export function translateCollaborators(list: readonly Collaborator[], t: Translate): readonly Collaborator[] {
  return list.map((entry) =>
    entry.kind === 'role'
      ? { kind: 'role', id: t.role(entry.id) }
      : entry.kind === 'unit'
        ? { kind: 'unit', id: t.unit(entry.id) }
        : entry,
  );
}

/** b's role with every reference in a's ids (its own id too when it was matched). */
export function translateRole(role: Role, t: Translate): Role {
  return {
    ...role,
    id: t.role(role.id),
    unitId: role.unitId === null ? null : t.unit(role.unitId),
    reportsTo: role.reportsTo === null ? null : t.role(role.reportsTo),
    subordinates: role.subordinates.map(t.role),
    internalCollaborators: translateCollaborators(role.internalCollaborators, t),
    responsibilities: translateAreas(role.responsibilities, t),
    dottedLines: role.dottedLines.map(t.role),
  };
}

export function translateUnit(unit: Unit, t: Translate): Unit {
  return {
    ...unit,
    id: t.unit(unit.id),
    parentId: unit.parentId === null ? null : t.unit(unit.parentId),
    responsibilities: translateAreas(unit.responsibilities, t),
  };
}
