import { EMPTY_PAY, type Design, type Role, type Unit } from '../types.js';

/** Test support: a Design built by hand from a compact outline, subordinates derived in order. */
export interface RoleSpec {
  readonly id: string;
  readonly parent?: string | null;
  readonly title?: string;
  readonly unitId?: string | null;
  readonly assistant?: boolean;
  readonly optional?: boolean;
  readonly headcount?: number;
  readonly dotted?: readonly string[];
  readonly duties?: number;
}

export function testDesign(specs: readonly RoleSpec[], units: readonly Partial<Unit>[] = []): Design {
  const subs = new Map<string, string[]>();
  for (const s of specs) {
    if (s.parent) subs.set(s.parent, [...(subs.get(s.parent) ?? []), s.id]);
  }
  const roles: Role[] = specs.map((s) => ({
    id: s.id,
    title: s.title ?? s.id,
    unitId: s.unitId ?? null,
    reportsTo: s.parent ?? null,
    subordinates: subs.get(s.id) ?? [],
    headcount: s.headcount ?? 1,
    optional: s.optional ?? false,
    assistant: s.assistant ?? false,
    purpose: '',
    internalCollaborators: [],
    externalParties: [],
    responsibilities: Array.from({ length: s.duties ?? 0 }, (_, i) => ({
      id: `${s.id}-area${i}`,
      title: `area ${i}`,
      items: [{ id: `${s.id}-item${i}`, text: 'item', cadence: null, time: null, recipient: null }],
    })),
    additionalDuties: [],
    workingTime: '',
    pay: EMPTY_PAY,
    noPay: false,
    dottedLines: s.dotted ?? [],
    notes: '',
  }));
  // The read model lists roles depth first; keep that promise so tests see what the app sees.
  const byId = new Map(roles.map((r) => [r.id, r]));
  const ordered: Role[] = [];
  const walk = (r: Role): void => {
    ordered.push(r);
    for (const id of r.subordinates) walk(byId.get(id)!);
  };
  for (const r of roles) if (r.reportsTo === null) walk(r);
  return {
    name: 'test',
    description: '',
    units: units.map((u, i) => ({
      id: u.id ?? `u${i}`,
      name: u.name ?? `unit ${i}`,
      parentId: u.parentId ?? null,
      kind: u.kind ?? 'department',
      color: u.color ?? '#4e79a7',
      responsibilities: u.responsibilities ?? [],
      performanceCoefficient: null,
      notes: '',
    })),
    roles: ordered,
    notes: [],
  };
}

/** A small company: CEO with an assistant, three departments, one with a deeper team. */
export function sampleDesign(): Design {
  return testDesign(
    [
      { id: 'ceo', title: '总经理', unitId: 'hq' },
      { id: 'pa', parent: 'ceo', title: '总经理助理', assistant: true, unitId: 'hq' },
      { id: 'ops', parent: 'ceo', title: '运营经理', unitId: 'ops' },
      { id: 'ops1', parent: 'ops', title: '店铺运营专员', unitId: 'ops', headcount: 3 },
      { id: 'ops2', parent: 'ops', title: '活动策划', unitId: 'ops' },
      { id: 'ops3', parent: 'ops', title: '数据分析 <Data & BI>', unitId: 'ops' },
      { id: 'cs', parent: 'ceo', title: '客服主管', unitId: 'cs', duties: 3 },
      { id: 'cs1', parent: 'cs', title: '售前客服', unitId: 'cs', headcount: 4 },
      { id: 'cs2', parent: 'cs', title: '售后客服', unitId: 'cs', headcount: 2, optional: true },
      { id: 'wh', parent: 'ceo', title: 'Warehouse Manager with a very long English title', unitId: 'wh' },
      { id: 'wh1', parent: 'wh', title: '仓库组长', unitId: 'wh', dotted: ['ops'] },
      { id: 'wh11', parent: 'wh1', title: '打包员', unitId: 'wh', headcount: 6 },
      { id: 'wh12', parent: 'wh1', title: '发货员', unitId: 'wh' },
    ],
    [
      { id: 'hq', name: '总经办', color: '#4e79a7' },
      { id: 'ops', name: '运营部', color: '#f28e2b' },
      { id: 'cs', name: '客服部', color: '#59a14f' },
      { id: 'wh', name: '仓储部', color: '#e15759' },
    ],
  );
}
