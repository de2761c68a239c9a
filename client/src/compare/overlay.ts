import type { Comparison, Design, Id, Role, Unit } from '@orgcanvas/model';
import type { Mark, RoleMarks } from './marks';

/** One chart holding both scenarios: b as it is, with what a alone has drawn back in where it was. */
export interface Overlay {
  readonly design: Design;
  /** Each differing role's mark, by its id in the overlay. */
  readonly marks: ReadonlyMap<Id, Mark>;
  /** The overlay id of each role of a: b's id for a matched role, its own for a removed one. */
  readonly idOfA: ReadonlyMap<Id, Id>;
}

/**
 * Lays a over b: every role of b, plus each role that only a has (closed in b), put back under its
 * manager of a (as b knows that manager) so a removed branch shows where it was cut. Units that only a
 * has come along for the removed roles that sit in them. The design is read-only: it is drawn, never
 * written.
 */
export function overlayDesign(a: Design, b: Design, comparison: Comparison, marks: RoleMarks): Overlay {
  // Roles are matched by id first, so an id that only a has is never one of b's: it can stay.
  const idOfA = new Map<Id, Id>();
  for (const summary of comparison.roles) {
    if (summary.status !== 'new') idOfA.set(summary.roleId, summary.roleIdInB ?? summary.roleId);
  }

  const closed = a.roles.filter((role) => marks.a.get(role.id) === 'closed');
  const unitIdsInB = new Set(b.units.map((unit) => unit.id));
  const usedUnits = new Set(closed.flatMap((role) => (role.unitId === null ? [] : [role.unitId])));
  const unitsOfA = new Map(a.units.map((unit) => [unit.id, unit]));
  const extraUnits: Unit[] = [];
  const addUnit = (id: Id) => {
    if (unitIdsInB.has(id) || extraUnits.some((unit) => unit.id === id)) return;
    const unit = unitsOfA.get(id);
    if (!unit) return;
    extraUnits.push(unit);
    if (unit.parentId !== null) addUnit(unit.parentId);
  };
  usedUnits.forEach(addUnit);

  const addedUnder = new Map<Id, Id[]>();
  const ghosts: Role[] = closed.map((role) => {
    const reportsTo = role.reportsTo === null ? null : (idOfA.get(role.reportsTo) ?? null);
    if (reportsTo !== null) addedUnder.set(reportsTo, [...(addedUnder.get(reportsTo) ?? []), role.id]);
    return {
      ...role,
      reportsTo,
      subordinates: [],
      // Lines of a removed role point at roles as b calls them; those b no longer has are dropped.
      dottedLines: role.dottedLines.flatMap((other) => {
        const mapped = idOfA.get(other);
        return mapped === undefined ? [] : [mapped];
      }),
    };
  });
  const withChildren = (role: Role): Role => {
    const extra = addedUnder.get(role.id);
    return extra ? { ...role, subordinates: [...role.subordinates, ...extra] } : role;
  };

  const overlayMarks = new Map(marks.b);
  for (const role of closed) overlayMarks.set(role.id, 'closed');
  return {
    design: {
      ...b,
      units: [...b.units, ...extraUnits],
      roles: [...b.roles, ...ghosts].map(withChildren),
    },
    marks: overlayMarks,
    idOfA,
  };
}
