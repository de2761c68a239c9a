/**
 * The columns a CSV file may have: the header names shown to users (en, zh) and other names the
 * same column is known by. Headers are matched without case, spaces, "_" or "-".
 */
export const COLUMNS = {
  id: { en: 'id', zh: '编号', also: ['岗位编号', '岗位id'] },
  title: { en: 'title', zh: '岗位', also: ['岗位名称', '职位'] },
  reportsTo: { en: 'reportsTo', zh: '直接上级', also: ['manager', 'managerid', '上级', '汇报对象'] },
  unit: { en: 'unit', zh: '所在部门', also: ['department', '部门'] },
  headcount: { en: 'headcount', zh: '编制人数', also: ['编制', '人数'] },
  base: { en: 'base', zh: '基本工资', also: ['basepay'] },
  position: { en: 'position', zh: '岗位工资', also: ['positionpay'] },
  standardPerformance: { en: 'standardPerformance', zh: '标准绩效工资', also: ['绩效工资'] },
  personalCoefficient: { en: 'personalCoefficient', zh: '个人绩效系数', also: [] },
  bonusPenalty: { en: 'bonusPenalty', zh: '奖惩', also: [] },
} as const;

export type Column = keyof typeof COLUMNS;
export const REQUIRED_COLUMNS: readonly Column[] = ['id', 'title', 'reportsTo'];

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
}

const lookup = new Map<string, Column>(
  (Object.entries(COLUMNS) as [Column, (typeof COLUMNS)[Column]][]).flatMap(([column, names]) =>
    [names.en, names.zh, ...names.also].map((name) => [normaliseHeader(name), column] as const),
  ),
);

export function columnOf(header: string): Column | undefined {
  return lookup.get(normaliseHeader(header));
}
