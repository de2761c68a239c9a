import { describe, expect, it } from 'vitest';
import { EMPTY_PAY, type Role, type Unit } from '../types.js';
import { generateOrg } from '../generate/generateOrg.js';
import { designCost, roleCost } from './personnelCost.js';

const design = generateOrg({ roles: 3, seed: 1 });
const role: Role = {
  ...design.roles[0]!,
  headcount: 2,
  pay: {
    base: 3000,
    position: 1000,
    standardPerformance: 2000,
    personalCoefficient: 1.2,
    bonusPenalty: -200,
  },
};
const unit: Unit = { ...design.units[0]!, performanceCoefficient: 0.9 };

describe('personnel cost', () => {
  it('applies the seeds’ pay formula with the department coefficient, times headcount', () => {
    expect(roleCost(role, unit)).toEqual({
      perPerson: 3000 + 1000 + 2000 * 1.2 * 0.9 - 200,
      total: 2 * (3000 + 1000 + 2160 - 200),
      complete: true,
    });
  });

  it('counts empty amounts as 0 and empty coefficients as 1, and says the result is incomplete', () => {
    expect(
      roleCost({ ...role, pay: { ...EMPTY_PAY, base: 5000, standardPerformance: 1000 } }, undefined),
    ).toEqual({
      perPerson: 6000,
      total: 12000,
      complete: false,
    });
  });

  it('sums a design', () => {
    const withPay = {
      ...design,
      roles: design.roles.map((entry) => ({ ...entry, headcount: 1, pay: { ...EMPTY_PAY, base: 100 } })),
    };
    expect(designCost(withPay)).toEqual({ total: 300, complete: false });
  });
});
