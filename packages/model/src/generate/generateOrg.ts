import type { Cadence, Design, ResponsibilityArea, Role, Unit } from '../types.js';
import { CADENCES, EMPTY_PAY } from '../types.js';
import { unitColour } from '../palette.js';
import { seededRandom } from './random.js';

export interface GenerateOptions {
  readonly roles: number;
  readonly seed?: number;
  /** Direct reports per manager, inclusive bounds. */
  readonly minSpan?: number;
  readonly maxSpan?: number;
  readonly maxDepth?: number;
  /** Responsibility areas per role and items per area, upper bounds. */
  readonly maxAreas?: number;
  readonly maxItems?: number;
}

const TITLES = [
  '运营经理',
  '运营专员',
  '数据分析师',
  '客服专员',
  '市场推广',
  '美工',
  '仓储专员',
  '采购专员',
  '财务专员',
  '商品经理',
];
const UNITS = ['运营部', '客服部', '市场部', '仓储部', '采购部', '财务部', '美编部', '技术部'];
const DUTIES = [
  '负责店铺日常运营',
  '每天整理订单数据',
  '每周提交推广报告',
  '处理客户投诉',
  '维护商品信息',
  '统计库存并上报',
];

/**
 * A realistic random org for tests and benchmarks: a company unit with departments, one top role,
 * managers with 2 to 12 reports (configurable), depth up to 8, and duties with cadences. Breadth-first,
 * so the requested size is met exactly while spans and depth stay within their bounds.
 */
export function generateOrg(options: GenerateOptions): Design {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const minSpan = options.minSpan ?? 2;
  const maxSpan = options.maxSpan ?? 12;
  const maxDepth = options.maxDepth ?? 8;

  const units: Unit[] = [
    {
      id: 'u0',
      name: '电商公司',
      parentId: null,
      kind: 'company',
      color: unitColour(0),
      responsibilities: [],
      performanceCoefficient: 1,
      notes: '',
    },
  ];
  const departments = Math.max(1, Math.min(UNITS.length, Math.ceil(options.roles / 25)));
  for (let index = 0; index < departments; index++) {
    units.push({
      id: `u${index + 1}`,
      name: UNITS[index]!,
      parentId: 'u0',
      kind: 'department',
      color: unitColour(index + 1),
      responsibilities: [],
      performanceCoefficient: Math.round((0.8 + random() * 0.4) * 100) / 100,
      notes: '',
    });
  }

  const drafts: { id: string; reportsTo: string | null; depth: number; unitId: string }[] = [];
  const queue: number[] = [];
  if (options.roles > 0) {
    drafts.push({ id: 'r0', reportsTo: null, depth: 1, unitId: 'u0' });
    queue.push(0);
  }
  while (drafts.length < options.roles) {
    const managerIndex = queue.shift();
    const manager = managerIndex === undefined ? drafts[drafts.length - 1]! : drafts[managerIndex]!;
    const span = manager.depth >= maxDepth ? 0 : between(minSpan, maxSpan);
    for (let child = 0; child < span && drafts.length < options.roles; child++) {
      const unitId = manager.depth === 1 ? `u${(child % departments) + 1}` : manager.unitId;
      drafts.push({ id: `r${drafts.length}`, reportsTo: manager.id, depth: manager.depth + 1, unitId });
      queue.push(drafts.length - 1);
    }
    if (managerIndex === undefined && span === 0) break;
  }

  const roles: Role[] = drafts.map((draft) => ({
    id: draft.id,
    title: draft.reportsTo === null ? '总经理' : pick(TITLES),
    unitId: draft.unitId,
    reportsTo: draft.reportsTo,
    subordinates: drafts.filter((other) => other.reportsTo === draft.id).map((other) => other.id),
    headcount: between(1, 4),
    optional: random() < 0.05,
    assistant: false,
    purpose: '完成上级下达的各项任务',
    internalCollaborators: [],
    externalParties: [],
    responsibilities: areas(draft.id, random, options.maxAreas ?? 3, options.maxItems ?? 4, pick),
    additionalDuties: [],
    workingTime: '',
    pay: { ...EMPTY_PAY, base: between(30, 80) * 100, position: between(5, 30) * 100 },
    noPay: false,
    dottedLines: [],
    notes: '',
  }));
  return {
    name: `Generated org (${options.roles} roles)`,
    description: '',
    units,
    roles: depthFirstRoles(roles),
    notes: [],
  };
}

function areas(
  ownerId: string,
  random: () => number,
  maxAreas: number,
  maxItems: number,
  pick: <T>(list: readonly T[]) => T,
): ResponsibilityArea[] {
  const count = Math.floor(random() * (maxAreas + 1));
  return Array.from({ length: count }, (_, areaIndex) => ({
    id: `${ownerId}.a${areaIndex}`,
    title: `职责${areaIndex + 1}`,
    items: Array.from({ length: 1 + Math.floor(random() * maxItems) }, (_, itemIndex) => ({
      id: `${ownerId}.a${areaIndex}.i${itemIndex}`,
      text: pick(DUTIES),
      cadence: random() < 0.5 ? pick<Cadence>(CADENCES) : null,
      time: null,
      recipient: null,
    })),
  }));
}

/** Roles in the read model's outline order, so a generated design equals what reading it back yields. */
function depthFirstRoles(roles: Role[]): Role[] {
  const byId = new Map(roles.map((role) => [role.id, role]));
  const ordered: Role[] = [];
  const stack = roles.filter((role) => role.reportsTo === null).reverse();
  while (stack.length > 0) {
    const role = stack.pop()!;
    ordered.push(role);
    for (let index = role.subordinates.length - 1; index >= 0; index--)
      stack.push(byId.get(role.subordinates[index]!)!);
  }
  return ordered;
}
