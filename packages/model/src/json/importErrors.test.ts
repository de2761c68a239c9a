import { describe, expect, it } from 'vitest';
import type { ModelError } from '../result.js';
import { fromJSON, parseDesign } from './import.js';

/** A valid file with one role and one unit, to which each test adds one mistake. */
function file(patch: { unit?: object; role?: object; note?: object; roles?: object[] } = {}) {
  return {
    format: 'orgcanvas.design',
    version: 1,
    name: '电商部',
    units: [{ id: 'u1', name: '运营部', ...patch.unit }],
    roles: [{ id: 'r1', title: '运营经理', unitId: 'u1', ...patch.role }, ...(patch.roles ?? [])],
    notes: [{ id: 'n1', title: '计划', ...patch.note }],
  };
}

function errorsOf(value: unknown): readonly ModelError[] {
  const result = typeof value === 'string' ? fromJSON(value) : parseDesign(value);
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
}

function only(value: unknown): ModelError {
  const errors = errorsOf(value);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('import: a wrong type says what the field must be and what it holds', () => {
  it('"name": 5', () => {
    expect(only(file({ unit: { name: 5 } }))).toMatchObject({
      path: 'units[0].name',
      message: 'must be text, but is the number 5',
      messageZh: '应为文本，实际是数字 5',
    });
  });

  it('"headcount": "2"', () => {
    expect(only(file({ role: { headcount: '2' } }))).toMatchObject({
      path: 'roles[0].headcount',
      message: 'must be a number, but is the text "2"',
      messageZh: '应为数字，实际是文本“2”',
    });
  });

  it('"pay.base": "3000"', () => {
    expect(only(file({ role: { pay: { base: '3000' } } }))).toMatchObject({
      path: 'roles[0].pay.base',
      message: 'must be a number, but is the text "3000"',
      messageZh: '应为数字，实际是文本“3000”',
    });
  });

  it('1e400, a number too large to store', () => {
    const text = JSON.stringify(file()).replace('"title":"运营经理"', '"title":"运营经理","headcount":1e400');
    expect(only(text)).toMatchObject({
      path: 'roles[0].headcount',
      message: expect.stringContaining('too large to store (such as 1e400)'),
      messageZh: expect.stringContaining('超出范围的数字（如 1e400）'),
    });
  });

  it('a missing required field still says it is required', () => {
    expect(only(file({ role: { title: undefined } }))).toMatchObject({
      path: 'roles[0].title',
      message: 'is required',
      messageZh: '必填',
    });
  });
});

describe('import: values accepted before and refused now', () => {
  it('two areas with one id, because the area without one would get the other’s', () => {
    const error = only(
      file({ role: { responsibilities: [{ title: '日常' }, { id: 'r1.a0', title: '售后' }] } }),
    );
    expect(error).toMatchObject({ code: 'duplicate-id', path: 'roles[0].responsibilities[0].id' });
    expect(error.message).toContain('"r1.a0", which roles[0].responsibilities[1] already has');
    expect(error.messageZh).toContain('“r1.a0”，但 roles[0].responsibilities[1] 已使用该编号');
  });

  it('two work items with one id in the same way', () => {
    const error = only(
      file({
        role: {
          responsibilities: [{ id: 'a', title: '日常', items: [{ id: 'a.i1', text: '一' }, { text: '二' }] }],
        },
      }),
    );
    expect(error).toMatchObject({ path: 'roles[0].responsibilities[0].items[1].id' });
    expect(error.messageZh).toContain('“a.i1”');
  });

  it('a date that is no day, 2021-13-45', () => {
    expect(only(file({ note: { date: '2021-13-45' } }))).toMatchObject({
      path: 'notes[0].date',
      message: 'must be a real day written like "2024-05-31", but is the text "2021-13-45"',
      messageZh: '应为真实存在的日期，格式如“2024-05-31”，实际是文本“2021-13-45”',
    });
    expect(parseDesign(file({ note: { date: '2024-02-29' } })).ok).toBe(true);
  });

  it('a negative amount', () => {
    expect(only(file({ role: { pay: { position: -500 } } }))).toMatchObject({
      path: 'roles[0].pay.position',
      message: 'must be at least 0, but is the number -500',
      messageZh: '不能小于 0，实际是数字 -500',
    });
    // 奖惩 is a bonus or a penalty: it may be negative.
    expect(parseDesign(file({ role: { pay: { bonusPenalty: -200 } } })).ok).toBe(true);
  });

  it('a negative coefficient', () => {
    expect(only(file({ unit: { performanceCoefficient: -0.5 } }))).toMatchObject({
      path: 'units[0].performanceCoefficient',
      messageZh: '不能小于 0，实际是数字 -0.5',
    });
    expect(only(file({ role: { pay: { personalCoefficient: -1 } } }))).toMatchObject({
      path: 'roles[0].pay.personalCoefficient',
      message: 'must be at least 0, but is the number -1',
    });
  });

  it('a negative headcount', () => {
    expect(only(file({ role: { headcount: -1 } }))).toMatchObject({
      path: 'roles[0].headcount',
      message: 'must be at least 0, but is the number -1',
      messageZh: '不能小于 0，实际是数字 -1',
    });
  });

  it('an empty title', () => {
    expect(only(file({ role: { title: '  ' } }))).toMatchObject({
      path: 'roles[0].title',
      message: 'must not be empty',
      messageZh: '不能为空',
    });
  });

  it('an empty unit name', () => {
    expect(only(file({ unit: { name: '' } }))).toMatchObject({
      path: 'units[0].name',
      message: 'must not be empty',
      messageZh: '不能为空',
    });
  });
});

describe('import: a file with thousands of errors', () => {
  it('lists the first 200 and says how many there are in all', () => {
    const roles = Array.from({ length: 3000 }, (_, index) => ({ id: `x${index}`, title: index }));
    const errors = errorsOf(file({ roles }));
    expect(errors).toHaveLength(201);
    expect(errors[0]!.path).toBe('roles[1].title');
    expect(errors[200]).toMatchObject({
      code: 'too-many-errors',
      message: expect.stringContaining('3000 problems in all; the first 200 are listed'),
      messageZh: expect.stringContaining('共有 3000 处问题，这里列出前 200 处'),
    });
  });
});
