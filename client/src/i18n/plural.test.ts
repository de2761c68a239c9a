import { describe, expect, it } from 'vitest';
import { translate } from './strings';

describe('counted messages', () => {
  it('say one role, one report, one unit in English', () => {
    expect(translate('en', 'editor.roleCount', { count: 1 })).toBe('1 role');
    expect(translate('en', 'outline.reports', { count: 1 })).toBe('1 report');
    expect(translate('en', 'count.units', { count: 1 })).toBe('1 unit');
    expect(translate('en', 'count.duties', { count: 1 })).toBe('1 duty');
    expect(translate('en', 'editor.headcountTotal', { count: 1 })).toBe('1 person');
    expect(translate('en', 'newScenario.fileErrors', { count: 1 })).toBe(
      'The file has 1 problem and was not imported:',
    );
  });

  it('say several, and none, in the plural in English', () => {
    expect(translate('en', 'editor.roleCount', { count: 2 })).toBe('2 roles');
    expect(translate('en', 'outline.reports', { count: 17 })).toBe('17 reports');
    expect(translate('en', 'count.units', { count: 0 })).toBe('0 units');
    expect(translate('en', 'editor.headcountTotal', { count: 3 })).toBe('3 people');
    expect(translate('en', 'count.duties', { count: 1.5 })).toBe('1.5 duties');
  });

  it('keep one form in Chinese, whatever the count', () => {
    expect(translate('zh', 'editor.roleCount', { count: 1 })).toBe('1 个岗位');
    expect(translate('zh', 'editor.roleCount', { count: 2 })).toBe('2 个岗位');
    expect(translate('zh', 'outline.reports', { count: 1 })).toBe('1 个下级');
    expect(translate('zh', 'count.units', { count: 1 })).toBe('1 个部门');
  });

  it('compose a line of several counts, each in its own number', () => {
    const line = (locale: 'zh' | 'en', units: number, roles: number, items: number) =>
      translate(locale, 'newScenario.counts', {
        units: translate(locale, 'count.units', { count: units }),
        roles: translate(locale, 'count.roles', { count: roles }),
        items: translate(locale, 'count.duties', { count: items }),
      });
    expect(line('en', 1, 2, 1)).toBe('1 unit · 2 roles · 1 duty');
    expect(line('zh', 1, 2, 1)).toBe('1 个部门 · 2 个岗位 · 1 条职责');
  });
});
