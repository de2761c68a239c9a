import { describe, expect, it } from 'vitest';
import { personnelCost } from '../cost/personnelCost.js';
import { toJSON } from '../json/export.js';
import { fromJSON } from '../json/import.js';
import { fromCSV } from './importCsv.js';

const english = [
  'id,title,reportsTo,unit,headcount,base,position,standardPerformance,personalCoefficient,bonusPenalty',
  'gm,General manager,,Head office,1,20000,5000,3000,1,0',
  'om,"Operations, e-commerce",gm,Operations,1,"8,000",2000,1000,1.2,-100',
  'cs,Customer service,om,Operations,4,4000,,,,',
].join('\n');

const chinese = [
  '编号,岗位名称,直接上级,所在部门,编制人数,基本工资,岗位工资,标准绩效工资,个人绩效系数,奖惩',
  'gm,总经理,,总经办,1,20000,5000,3000,1,0',
  'om,"运营经理,兼店长",gm,运营部,1,8000,2000,1000,1.2,-100',
  'cs,客服专员,om,运营部,4,4000,,,,',
].join('\r\n');

describe('CSV import: good files', () => {
  it('reads English headers into a design with units, reporting lines, headcount and pay', () => {
    const result = fromCSV(english, 'Imported');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const design = result.value;
    expect(design.name).toBe('Imported');
    expect(design.units.map((unit) => unit.name)).toEqual(['Head office', 'Operations']);
    expect(design.roles.map((role) => [role.id, role.reportsTo, role.headcount])).toEqual([
      ['gm', null, 1],
      ['om', 'gm', 1],
      ['cs', 'om', 4],
    ]);
    const om = design.roles.find((role) => role.id === 'om')!;
    // The quoted comma stays inside the title; "8,000" is eight thousand.
    expect(om.title).toBe('Operations, e-commerce');
    expect(om.pay).toEqual({
      base: 8000,
      position: 2000,
      standardPerformance: 1000,
      personalCoefficient: 1.2,
      bonusPenalty: -100,
    });
    expect(personnelCost(design).incompleteRoles).toEqual(['cs']);
  });

  it('reads Chinese headers and Windows line ends the same way', () => {
    const result = fromCSV(chinese, '导入');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.roles.map((role) => role.title)).toEqual(['总经理', '运营经理,兼店长', '客服专员']);
    expect(result.value.units.map((unit) => unit.name)).toEqual(['总经办', '运营部']);
  });

  it('ignores a byte order mark (as Excel writes) and blank lines, and defaults headcount to 1', () => {
    const result = fromCSV('\uFEFF编号,岗位,直接上级\n\ngm,总经理,\n\nom,运营经理,gm\n', 'x');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.roles.map((role) => [role.id, role.headcount])).toEqual([
      ['gm', 1],
      ['om', 1],
    ]);
  });

  it('gives a design that exports to JSON v1 and imports back unchanged', () => {
    const result = fromCSV(chinese, '导入');
    if (!result.ok) throw new Error('import failed');
    const again = fromJSON(toJSON(result.value));
    expect(again.ok && again.value).toEqual(result.value);
  });
});

describe('CSV import: bad files name the line and column, and import nothing', () => {
  const errorsOf = (text: string) => {
    const result = fromCSV(text, 'x');
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.error;
  };

  it('says which required column is missing', () => {
    const [error, ...rest] = errorsOf('id,title,unit\ngm,总经理,总经办\n');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: 'malformed-csv', line: 1 });
    expect(error!.message).toContain('reportsTo');
    expect(error!.messageZh).toContain('直接上级');
  });

  it('names the line and column of a manager that is not in the file', () => {
    const errors = errorsOf('id,title,reportsTo\ngm,总经理,\nom,运营经理,boss\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-role', line: 3, column: 3 });
    expect(errors[0]!.message).toContain('"boss"');
  });

  it('refuses reporting lines that go round in a circle, naming the lines', () => {
    const errors = errorsOf('id,title,reportsTo\ngm,总经理,\na,A,b\nb,B,c\nc,C,a\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'cycle', line: 3, column: 3 });
    expect(errors[0]!.message).toContain('Lines 3, 4, 5');
  });

  it('catches an unquoted comma as a line with too many values', () => {
    const errors = errorsOf('id,title,reportsTo\ngm,总经理,\nom,运营经理,兼店长,gm\n');
    expect(errors[0]).toMatchObject({ code: 'malformed-csv', line: 3, column: null });
    expect(errors[0]!.message).toContain('double quotes');
  });

  it('reports a quote that is never closed, on its line', () => {
    const errors = errorsOf('id,title,reportsTo\ngm,总经理,\nom,"运营经理,gm\n');
    expect(errors[0]).toMatchObject({ code: 'malformed-csv', line: 3 });
  });

  it('counts lines inside a quoted value that spans lines', () => {
    const errors = errorsOf('id,title,reportsTo\ngm,"总经理\n（兼）",\nom,运营经理,nobody\n');
    expect(errors[0]).toMatchObject({ code: 'unknown-role', line: 4, column: 3 });
  });

  it('reports every bad value at once: a duplicate id, a bad headcount, a bad amount, an unknown column', () => {
    expect(errorsOf('id,title,reportsTo,编制,基本工资\ngm,总经理,,1,五千\ngm,副总,,-2,100\n')).toMatchObject([
      { code: 'invalid-value', line: 2, column: 5 },
      { code: 'duplicate-id', line: 3, column: 1 },
      { code: 'invalid-value', line: 3, column: 4 },
    ]);
    expect(errorsOf('id,title,reportsTo,salary\ngm,总经理,,1\n')[0]).toMatchObject({ line: 1, column: 4 });
  });

  it('turns a JSON v1 rule broken by a line into an error on that line', () => {
    const errors = errorsOf(`id,title,reportsTo\ngm,${'长'.repeat(600)},\n`);
    expect(errors[0]).toMatchObject({ code: 'invalid-value', line: 2 });
  });
});
