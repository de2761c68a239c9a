import type { Design, Id, Pay, Role, Unit } from '../types.js';

/** The amounts of the formula; one left empty makes a cost incomplete (never a silent zero). */
export const PAY_AMOUNTS = ['base', 'position', 'standardPerformance', 'bonusPenalty'] as const;
export type PayAmount = (typeof PAY_AMOUNTS)[number];

/** The coefficients of the formula; one nobody set counts as 1 and is reported as assumed. */
export type PayCoefficient = 'personalCoefficient' | 'departmentCoefficient';

export interface RoleCost {
  /** Monthly pay of one person in the role. */
  readonly perPerson: number;
  /** perPerson × headcount. */
  readonly total: number;
  /** False when an amount of the formula is empty (it then counts as 0 in perPerson). */
  readonly complete: boolean;
  /** The empty amounts that make it incomplete. */
  readonly missing: readonly PayAmount[];
  /** The coefficients nobody set, taken as 1. */
  readonly assumed: readonly PayCoefficient[];
  /** The role has no pay in this design: cost 0, complete, and reported apart. */
  readonly noPay: boolean;
}

/**
 * 工资 = 基本工资 + 岗位工资 + 标准绩效工资 × 个人绩效系数 × 部门绩效系数 + 奖惩, per person per month.
 * An empty amount counts as 0 and makes the result incomplete; an empty coefficient (the role's or
 * its unit's, or a role without a unit) counts as 1 and is only "assumed", so a role needs no unit to
 * have a complete cost.
 */
export function roleCost(role: Role, unit: Unit | undefined): RoleCost {
  if (role.noPay) {
    return { perPerson: 0, total: 0, complete: true, missing: [], assumed: [], noPay: true };
  }
  const pay: Pay = role.pay;
  const departmentCoefficient = unit?.performanceCoefficient ?? null;
  const perPerson =
    (pay.base ?? 0) +
    (pay.position ?? 0) +
    (pay.standardPerformance ?? 0) * (pay.personalCoefficient ?? 1) * (departmentCoefficient ?? 1) +
    (pay.bonusPenalty ?? 0);
  const missing = PAY_AMOUNTS.filter((key) => pay[key] === null);
  const assumed: PayCoefficient[] = [];
  if (pay.personalCoefficient === null) assumed.push('personalCoefficient');
  if (departmentCoefficient === null) assumed.push('departmentCoefficient');
  return {
    perPerson,
    total: perPerson * role.headcount,
    complete: missing.length === 0,
    missing,
    assumed,
    noPay: false,
  };
}

export interface UnitCost {
  readonly unitId: Id;
  readonly name: string;
  /** Committed roles of the unit and all its sub-units. */
  readonly total: number;
  /** Committed roles placed directly in the unit. */
  readonly own: number;
  /** True when a committed role counted in `total` has an empty amount. */
  readonly incomplete: boolean;
}

export interface CostSummary {
  /** Monthly cost of the committed (not optional) roles. */
  readonly total: number;
  /** True when a committed role has an empty amount: `total` is then a lower bound. */
  readonly incomplete: boolean;
  /** The committed roles with an empty amount, in outline order. */
  readonly incompleteRoles: readonly Id[];
  /** Roles whose cost used an assumed coefficient of 1. */
  readonly assumedRoles: readonly Id[];
  /** Roles that say they have no pay in this design. */
  readonly noPayRoles: readonly Id[];
  /** Monthly cost of the optional roles (可增设), reported apart from the committed total. */
  readonly optionalTotal: number;
  readonly optionalIncomplete: boolean;
  /** By unit in outline order, sub-units rolled up; roles without a unit are in `unassigned`. */
  readonly byUnit: readonly UnitCost[];
  readonly unassigned: number;
  readonly byRole: readonly ({ readonly roleId: Id } & RoleCost)[];
}

/** Personnel cost of a whole design per month: committed total, optional apart, by unit and by role. */
export function personnelCost(design: Design): CostSummary {
  const units = new Map(design.units.map((unit) => [unit.id, unit]));
  const own = new Map<Id, number>();
  const ownIncomplete = new Set<Id>();
  const byRole: ({ readonly roleId: Id } & RoleCost)[] = [];
  let total = 0;
  let optionalTotal = 0;
  let optionalIncomplete = false;
  let unassigned = 0;
  const incompleteRoles: Id[] = [];
  const assumedRoles: Id[] = [];
  const noPayRoles: Id[] = [];
  for (const role of design.roles) {
    const unit = role.unitId === null ? undefined : units.get(role.unitId);
    const cost = roleCost(role, unit);
    byRole.push({ roleId: role.id, ...cost });
    if (cost.noPay) noPayRoles.push(role.id);
    if (cost.assumed.length > 0) assumedRoles.push(role.id);
    if (role.optional) {
      optionalTotal += cost.total;
      optionalIncomplete ||= !cost.complete;
      continue;
    }
    total += cost.total;
    if (!cost.complete) incompleteRoles.push(role.id);
    if (unit === undefined) unassigned += cost.total;
    else {
      own.set(unit.id, (own.get(unit.id) ?? 0) + cost.total);
      if (!cost.complete) ownIncomplete.add(unit.id);
    }
  }
  return {
    total,
    incomplete: incompleteRoles.length > 0,
    incompleteRoles,
    assumedRoles,
    noPayRoles,
    optionalTotal,
    optionalIncomplete,
    byUnit: rollUp(design, own, ownIncomplete),
    unassigned,
    byRole,
  };
}

/** Units come depth first, so walking them backwards adds every child before its parent is read. */
function rollUp(design: Design, own: ReadonlyMap<Id, number>, ownIncomplete: ReadonlySet<Id>): UnitCost[] {
  const totals = new Map<Id, number>();
  const incomplete = new Set<Id>();
  for (let index = design.units.length - 1; index >= 0; index--) {
    const unit = design.units[index]!;
    const sum = (totals.get(unit.id) ?? 0) + (own.get(unit.id) ?? 0);
    totals.set(unit.id, sum);
    if (ownIncomplete.has(unit.id)) incomplete.add(unit.id);
    if (unit.parentId !== null) {
      totals.set(unit.parentId, (totals.get(unit.parentId) ?? 0) + sum);
      if (incomplete.has(unit.id)) incomplete.add(unit.parentId);
    }
  }
  return design.units.map((unit) => ({
    unitId: unit.id,
    name: unit.name,
    total: totals.get(unit.id) ?? 0,
    own: own.get(unit.id) ?? 0,
    incomplete: incomplete.has(unit.id),
  }));
}

/** Personnel cost of the whole design per month (committed roles), and whether every amount is set. */
export function designCost(design: Design): { readonly total: number; readonly complete: boolean } {
  const summary = personnelCost(design);
  return { total: summary.total, complete: !summary.incomplete };
}
