import { describe, expect, it } from 'vitest';
import { fromJSON } from '../json/import.js';
import { toJSON } from '../json/export.js';
import { readDesign } from '../read/readDesign.js';
import { must, smallOrg } from '../test/fixtures.js';
import { EMPTY_PAY, type Pay, type Role, type Unit } from '../types.js';
import { generateOrg } from '../generate/generateOrg.js';
import { testDesign } from '../layout/testDesign.js';
import { designCost, personnelCost, roleCost } from './personnelCost.js';

const design = generateOrg({ roles: 3, seed: 1 });
const FULL: Pay = {
  base: 3000,
  position: 1000,
  standardPerformance: 2000,
  personalCoefficient: 1.2,
  bonusPenalty: -200,
};
const role: Role = { ...design.roles[0]!, headcount: 2, pay: FULL };
const unit: Unit = { ...design.units[0]!, performanceCoefficient: 0.9 };

describe('personnel cost of a role', () => {
  it('applies the seeds’ pay formula with the department coefficient, times headcount', () => {
    expect(roleCost(role, unit)).toMatchObject({
      perPerson: 3000 + 1000 + 2000 * 1.2 * 0.9 - 200,
      total: 2 * (3000 + 1000 + 2160 - 200),
      complete: true,
      assumed: [],
    });
  });

  it('takes a department coefficient nobody set (or no unit at all) as 1, assumed, and still complete', () => {
    for (const where of [undefined, { ...unit, performanceCoefficient: null }]) {
      expect(roleCost(role, where)).toMatchObject({
        perPerson: 3000 + 1000 + 2000 * 1.2 - 200,
        complete: true,
        missing: [],
        assumed: ['departmentCoefficient'],
      });
    }
  });

  it('counts an empty amount as 0, says the cost is incomplete and names the amounts', () => {
    expect(
      roleCost({ ...role, pay: { ...EMPTY_PAY, base: 5000, standardPerformance: 1000 } }, undefined),
    ).toMatchObject({
      perPerson: 6000,
      total: 12000,
      complete: false,
      missing: ['position', 'bonusPenalty'],
      assumed: ['personalCoefficient', 'departmentCoefficient'],
    });
  });

  it('costs a role with no pay in this design nothing, complete, and says so', () => {
    expect(roleCost({ ...role, pay: EMPTY_PAY, noPay: true }, unit)).toMatchObject({
      total: 0,
      complete: true,
      noPay: true,
    });
  });
});

describe('personnel cost of a design', () => {
  // 总经理 (公司) over 运营经理 (运营部) over 2 运营专员 (运营组); 可增设 数据分析师; 顾问 without a unit.
  const org = (() => {
    const base = testDesign(
      [
        { id: 'gm', unitId: 'company' },
        { id: 'om', parent: 'gm', unitId: 'ops' },
        { id: 'os', parent: 'om', unitId: 'team', headcount: 2 },
        { id: 'da', parent: 'om', unitId: 'ops', optional: true },
        { id: 'adv', parent: 'gm' },
        { id: 'owner', parent: 'gm', unitId: 'company' },
      ],
      [
        { id: 'company', name: '公司' },
        { id: 'ops', name: '运营部', parentId: 'company' },
        { id: 'team', name: '运营组', parentId: 'ops' },
      ],
    );
    const pay: Record<string, Pay> = {
      gm: { ...FULL, standardPerformance: 0 },
      om: { base: 8000, position: 2000, standardPerformance: 1000, personalCoefficient: 1, bonusPenalty: 0 },
      os: { ...EMPTY_PAY, base: 4000 },
      da: { ...FULL, standardPerformance: 0, bonusPenalty: 0 },
      adv: { ...FULL, standardPerformance: 0, bonusPenalty: 100 },
    };
    return {
      ...base,
      units: base.units.map((entry) =>
        entry.id === 'ops' ? { ...entry, performanceCoefficient: 1.5 } : entry,
      ),
      roles: base.roles.map((entry) => ({
        ...entry,
        pay: pay[entry.id] ?? EMPTY_PAY,
        noPay: entry.id === 'owner',
      })),
    };
  })();

  it('sums committed roles, keeps optional roles apart and rolls units up into their parents', () => {
    const cost = personnelCost(org);
    // gm 3800, om 8000+2000+1000×1×1.5 = 11500, os 2×4000 (incomplete), adv 4100, owner 0.
    expect(cost.total).toBe(3800 + 11500 + 8000 + 4100);
    expect(cost.optionalTotal).toBe(4000);
    expect(cost.byUnit).toEqual([
      { unitId: 'company', name: '公司', total: 3800 + 11500 + 8000, own: 3800, incomplete: true },
      { unitId: 'ops', name: '运营部', total: 11500 + 8000, own: 11500, incomplete: true },
      { unitId: 'team', name: '运营组', total: 8000, own: 8000, incomplete: true },
    ]);
    expect(cost.unassigned).toBe(4100);
  });

  it('says the total is incomplete and names the roles with empty amounts, never the no-pay role', () => {
    const cost = personnelCost(org);
    expect(cost.incomplete).toBe(true);
    expect(cost.incompleteRoles).toEqual(['os']);
    expect(cost.noPayRoles).toEqual(['owner']);
    expect(cost.assumedRoles).toEqual(expect.arrayContaining(['gm', 'adv', 'os']));
    expect(cost.assumedRoles).not.toContain('om');
    expect(designCost(org)).toEqual({ total: cost.total, complete: false });
  });

  it('is complete once every committed role has its amounts', () => {
    const filled = {
      ...org,
      roles: org.roles.map((entry) => (entry.id === 'os' ? { ...entry, pay: FULL } : entry)),
    };
    expect(personnelCost(filled).incomplete).toBe(false);
    expect(personnelCost(filled).byUnit.every((entry) => !entry.incomplete)).toBe(true);
  });
});

describe('a role with no pay in this design', () => {
  it('is set by the pay operation, kept in the doc and in JSON v1, and old files read as paid', () => {
    const doc = smallOrg();
    must(doc, { type: 'role.update', id: 'fin', patch: { noPay: true } });
    const design = readDesign(doc);
    expect(design.roles.find((entry) => entry.id === 'fin')?.noPay).toBe(true);
    const again = fromJSON(toJSON(design));
    expect(again.ok && again.value).toEqual(design);
    const old = fromJSON(
      JSON.stringify({
        format: 'orgcanvas.design',
        version: 1,
        name: 'old',
        units: [],
        roles: [{ id: 'a', title: 'A' }],
      }),
    );
    expect(old.ok && old.value.roles[0]?.noPay).toBe(false);
    expect(personnelCost(design).noPayRoles).toEqual(['fin']);
  });
});
