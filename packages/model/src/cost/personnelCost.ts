import type { Design, Role, Unit } from '../types.js';

export interface RoleCost {
  /** Monthly pay of one person in the role. */
  readonly perPerson: number;
  /** perPerson × headcount. */
  readonly total: number;
  /** False when any amount of the formula is still empty (it then counts as 0). */
  readonly complete: boolean;
}

/**
 * 工资 = 基本工资 + 岗位工资 + 标准绩效工资 × 个人绩效系数 × 部门绩效系数 + 奖惩, per person per month.
 * An empty amount counts as 0 and an empty coefficient as 1, and the result says it is incomplete.
 */
export function roleCost(role: Role, unit: Unit | undefined): RoleCost {
  const { base, position, standardPerformance, personalCoefficient, bonusPenalty } = role.pay;
  const departmentCoefficient = unit?.performanceCoefficient ?? null;
  const perPerson =
    (base ?? 0) +
    (position ?? 0) +
    (standardPerformance ?? 0) * (personalCoefficient ?? 1) * (departmentCoefficient ?? 1) +
    (bonusPenalty ?? 0);
  const complete = [
    base,
    position,
    standardPerformance,
    personalCoefficient,
    bonusPenalty,
    departmentCoefficient,
  ].every((value) => value !== null);
  return { perPerson, total: perPerson * role.headcount, complete };
}

/** Personnel cost of the whole design per month: the sum over roles. */
export function designCost(design: Design): { readonly total: number; readonly complete: boolean } {
  const units = new Map(design.units.map((unit) => [unit.id, unit]));
  let total = 0;
  let complete = true;
  for (const role of design.roles) {
    const cost = roleCost(role, role.unitId === null ? undefined : units.get(role.unitId));
    total += cost.total;
    complete &&= cost.complete;
  }
  return { total, complete };
}
