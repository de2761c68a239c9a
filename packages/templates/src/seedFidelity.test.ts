import { describe, expect, it } from 'vitest';
import type { Design, ResponsibilityArea } from '@orgcanvas/model';
import { TEMPLATES, templateById, templateCounts, templateDesign } from './index.js';
import {
  POSITION_HEADERS,
  fragments,
  isSubsequence,
  normaliseSeed,
  occursAround,
  seedText,
  squash,
} from './seeds.testkit.js';

/** Every piece of seed text a design holds, keyed by where it sits, e.g. `ops-manager.a0.i2`. */
function transcribed(design: Design): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const areas = (owner: string, list: readonly ResponsibilityArea[]) =>
    list.forEach((area, a) => {
      out.push({ key: `${owner}.a${a}.title`, text: area.title });
      area.items.forEach((entry, i) => out.push({ key: `${owner}.a${a}.i${i}`, text: entry.text }));
    });
  for (const unit of design.units) areas(unit.id, unit.responsibilities);
  // A design note is the seed's words; the project's explanations live in role and unit notes.
  for (const note of design.notes) {
    out.push({ key: `${note.id}.title`, text: note.title });
    if (note.text !== '') out.push({ key: `${note.id}.text`, text: note.text });
  }
  for (const role of design.roles) {
    if (role.purpose !== '') out.push({ key: `${role.id}.purpose`, text: role.purpose });
    areas(role.id, role.responsibilities);
    role.additionalDuties.forEach((text, d) => out.push({ key: `${role.id}.additional${d}`, text }));
    if (role.workingTime !== '') out.push({ key: `${role.id}.workingTime`, text: role.workingTime });
    role.externalParties.forEach((text, p) => out.push({ key: `${role.id}.external${p}`, text }));
    role.internalCollaborators.forEach((entry, c) => {
      if (entry.kind === 'text') out.push({ key: `${role.id}.internal${c}`, text: entry.text });
    });
  }
  return out;
}

/**
 * Text rebuilt from the 002 scrape, where table labels ("职责", "工作", "内容", "一"…) were interleaved
 * into the sentence: checked piece by piece instead of whole. Anything not listed must be verbatim.
 */
const REBUILT: Record<string, readonly string[]> = {
  'ecommerce-department-position-descriptions': [
    'ops-manager.a0.i0',
    'ops-manager.a3.i2',
    'marketing-lead.a3.i1',
    'marketing-lead.additional0',
    'logistics-officer.a1.i2',
    'logistics-officer.a1.i3',
    'logistics-officer.a2.i0',
    'logistics-officer.additional0',
    'art-lead.a0.i2',
    'art-lead.a1.i1',
  ],
};

interface Expected {
  units: number;
  roles: number;
  dutyItems: number;
  /** [owner id, area index, item index, text] checked exactly. */
  items: [string, number, number, string][];
}

const EXPECTED: Record<string, Expected> = {
  'ecommerce-company-departments': {
    units: 3,
    roles: 0,
    dutyItems: 17,
    items: [
      ['general-affairs', 0, 0, '人员招聘:安排场试、背景检查、查核、上岗、辞职等手续。'],
      ['finance', 0, 3, '公司库存产品月度盘库工作。'],
      [
        'procurement-distribution',
        0,
        6,
        '检查剖析和评估市场以确立客户的需要和采买机遇;经过展会、经销商介绍等各样渠道采集供给商的信息,丰富公司平台的信息资源、采买资源等。',
      ],
    ],
  },
  'operations-centre-roles-new': { units: 1, roles: 7, dutyItems: 0, items: [] },
  'operations-centre-departments': {
    units: 8,
    roles: 4,
    dutyItems: 15,
    items: [['technology', 0, 1, '其职责包括开发和维护电商平台、研究新技术、提供技术支持等。']],
  },
  'ecommerce-department-responsibilities': {
    units: 1,
    roles: 6,
    dutyItems: 8,
    items: [['ecommerce-department', 3, 1, '负责商品的存储和配送,优化与物流公司间的合作和操作流程。']],
  },
  'operations-centre-roles': {
    units: 1,
    roles: 7,
    dutyItems: 19,
    items: [['customer-service', 0, 3, '协助处理平台上的售后事务,包括退款、补寄等。']],
  },
  'ecommerce-staff-duties': {
    units: 4,
    roles: 8,
    dutyItems: 42,
    items: [
      [
        'copywriter',
        0,
        4,
        '新品活动策划:编制具体的市场广告促销方案,文案创意方法、工作方法的总结整理,成功广告案例的收集整理',
      ],
      ['operations-promotion', 0, 16, '排名跟踪分析:统计店铺潜力宝贝的排名,采取合适的推广手段配合'],
      ['operations-promotion', 0, 22, '各类推广手法:学习和研究,如第三方活动、百度百科、搜狗问问等。'],
    ],
  },
  'ecommerce-org-chart-roles': {
    units: 0,
    roles: 6,
    dutyItems: 18,
    items: [['logistics-specialist', 0, 2, '处理退货和售后服务,保证顾客的权益。']],
  },
  'ecommerce-department-org-chart-slides': {
    units: 0,
    roles: 7,
    dutyItems: 13,
    items: [['tech-lead', 0, 4, '完善商城框架平台']],
  },
  'ecommerce-department-position-descriptions': {
    units: 5,
    roles: 8,
    dutyItems: 70,
    items: [
      ['ops-manager', 2, 0, '每天不定时观察店铺数据,量子,直通车,钻展的消耗,做出适当的调整与对策'],
      ['marketing-lead', 0, 6, '每星期整理和分销职责一的工作汇报,上报给运营经理。'],
      ['logistics-officer', 0, 0, '根据订单及仓库的状况及时进行当天商品采购'],
      ['art-lead', 2, 2, '每星期整理职责三的工作汇报'],
    ],
  },
};

/**
 * How the seed numbers or bullets each item, so an item's place in its list is checked too. In the
 * 002 scrape a table label may sit between number and text ("3.内容配合…"), so the check is loose
 * there, and two items carry their number after the text ("…落实到月。2.").
 */
const MARKERS: Record<string, { marker: (n: number) => string; loose?: boolean; skip?: string[] }> = {
  'ecommerce-company-departments': { marker: (n) => `${n}、` },
  'operations-centre-roles': { marker: () => '-' },
  'ecommerce-staff-duties': { marker: (n) => `${n}.` },
  'ecommerce-org-chart-roles': { marker: () => '-' },
  'ecommerce-department-org-chart-slides': { marker: () => '•' },
  'ecommerce-department-position-descriptions': {
    marker: (n) => `${n}.`,
    loose: true,
    skip: ['ops-manager.a0.i1', 'ops-manager.a1.i2', 'logistics-officer.a1.i3'],
  },
};

const cases = TEMPLATES.map((entry) => [entry.id, entry] as const);

describe.each(cases)('template %s against its seed', (id, entry) => {
  const seed = normaliseSeed(seedText(entry.source.file));
  const design = templateDesign(entry);
  const expected = EXPECTED[id]!;

  it('has the pinned number of units, roles and duty items', () => {
    expect(templateCounts(entry)).toEqual({
      units: expected.units,
      roles: expected.roles,
      dutyItems: expected.dutyItems,
    });
  });

  it('holds the spot-checked items at their place', () => {
    for (const [owner, a, i, text] of expected.items) {
      const holder = [...design.units, ...design.roles].find((candidate) => candidate.id === owner);
      expect(holder?.responsibilities[a]?.items[i]?.text, `${owner}.a${a}.i${i}`).toBe(text);
    }
  });

  it('names every unit and role in the seed’s words', () => {
    for (const unit of design.units) expect(seed, unit.id).toContain(squash(unit.name));
    const fromHeaders = new Set(['营销主管', '物流人员']);
    for (const role of design.roles) {
      if (!fromHeaders.has(role.title)) expect(seed, role.id).toContain(squash(role.title));
    }
  });

  it('transcribes every duty, purpose and collaborator verbatim (line by line)', () => {
    const rebuilt = new Set(REBUILT[id] ?? []);
    const all = transcribed(design);
    expect(all.length).toBeGreaterThan(0);
    for (const { key, text } of all) {
      if (rebuilt.has(key)) {
        for (const piece of fragments(text)) {
          expect(occursAround(piece, seed), `${key}: ${piece}`).toBe(true);
        }
      } else {
        for (const line of text.split('\n')) expect(seed, key).toContain(squash(line));
      }
    }
    for (const key of rebuilt) expect(all.map((entry) => entry.key)).toContain(key);
  });
});

// Only the templates whose seed numbers or bullets its items; the others have no order to check.
const numbered = cases.filter(([id]) => MARKERS[id] !== undefined);

describe.each(numbered)('template %s numbering', (id, entry) => {
  const seed = normaliseSeed(seedText(entry.source.file));
  const design = templateDesign(entry);

  it('keeps the seed’s numbering as the order of items', () => {
    const { marker, loose = false, skip = [] } = MARKERS[id]!;
    for (const owner of [...design.units, ...design.roles]) {
      owner.responsibilities.forEach((area, a) => {
        area.items.forEach((entry, index) => {
          if (skip.includes(`${owner.id}.a${a}.i${index}`)) return;
          const numbered = `${marker(index + 1)}${squash(entry.text.split('\n')[0]!)}`;
          const found = loose ? occursAround(numbered.slice(0, 12), seed) : seed.includes(numbered);
          expect(found, `${owner.id}.a${a}.i${index}: ${numbered}`).toBe(true);
        });
      });
    }
  });
});

describe('design 6: the fuller second copy', () => {
  const design = templateDesign('ecommerce-staff-duties');
  const role = (roleId: string) => design.roles.find((candidate) => candidate.id === roleId)!;

  it('puts 店长 over the four departments and all their roles', () => {
    const manager = role('store-manager');
    const units = new Map(design.units.map((unit) => [unit.name, unit.id]));
    const expected: Record<string, string[]> = {
      美编部: ['设计美工', '文案策划'],
      营销部: ['运营推广', '客服专员'],
      仓储部: ['质检', '打包快递'],
      行政部: ['财务'],
    };
    for (const [unitName, titles] of Object.entries(expected)) {
      const members = design.roles.filter((candidate) => candidate.unitId === units.get(unitName));
      expect(members.map((member) => member.title)).toEqual(titles);
      for (const member of members) expect(member.reportsTo).toBe(manager.id);
    }
  });

  it('keeps all 23 duties of 运营推广 and 文案策划’s item 5 from the second copy', () => {
    expect(role('operations-promotion').responsibilities[0]!.items).toHaveLength(23);
    expect(role('copywriter').responsibilities[0]!.items).toHaveLength(6);
  });

  it('keeps the personnel-cost definition as a design note', () => {
    const note = design.notes.find((candidate) => candidate.kind === 'personnelCost');
    expect(note?.title).toBe('人员成本');
    expect(normaliseSeed(seedText(templateById('ecommerce-staff-duties')!.source.file))).toContain(
      squash(note!.text.split('\n')[0]!),
    );
  });
});

describe('designs 2, 5 and 8: teams, optional roles, slide notes', () => {
  it('models 仓储物流 as one role with a headcount above one', () => {
    const team = templateDesign('operations-centre-roles-new').roles.find((r) => r.title === '仓储物流');
    expect(team?.headcount).toBeGreaterThan(1);
  });

  it('marks exactly 推广设计师 and 活动策划师 optional', () => {
    const optional = templateDesign('operations-centre-roles').roles.filter((r) => r.optional);
    expect(optional.map((r) => r.title)).toEqual(['推广设计师', '活动策划师']);
  });

  it('puts 技术主管 over 前台开发 and 程序员 and keeps the pool, budget and plan as notes', () => {
    const design = templateDesign('ecommerce-department-org-chart-slides');
    const lead = design.roles.find((r) => r.title === '技术主管')!;
    expect(lead.subordinates.map((id) => design.roles.find((r) => r.id === id)!.title)).toEqual([
      '前台开发',
      '程序员',
    ]);
    expect(design.notes.map((note) => note.kind)).toEqual(['incentivePool', 'budget', 'plan']);
    expect(design.notes.find((note) => note.kind === 'plan')?.date).toBe('2021-11-14');
    // Each note's words are checked against the seed with the other transcribed text above; the
    // 财务预算 slide is its title and nothing else, so that note holds no words of its own.
    expect(design.notes.find((note) => note.kind === 'budget')?.text).toBe('');
  });

  it('keeps the 单品行销 bullet on 前台工程师, whose slide it is on', () => {
    const design = templateDesign('ecommerce-department-org-chart-slides');
    const items = (title: string) =>
      design.roles
        .find((r) => r.title === title)!
        .responsibilities.flatMap((a) => a.items.map((i) => i.text));
    expect(items('前台工程师')).toContain('对“单品行销”,制定推广文案、推广策略');
    expect(items('推广专员').some((text) => text.includes('单品行销'))).toBe(false);
  });
});

describe('design 9: the position descriptions, fully structured', () => {
  const entry = templateById('ecommerce-department-position-descriptions')!;
  const seed = normaliseSeed(seedText(entry.source.file));
  const design = templateDesign(entry);
  const byTitle = (title: string) => design.roles.find((role) => role.title === title)!;
  const unitName = (unitId: string | null) => design.units.find((unit) => unit.id === unitId)?.name;
  const unitId = (name: string) => design.units.find((unit) => unit.name === name)!.id;

  it.each(POSITION_HEADERS)('rebuilds the header table %s', (flat, header) => {
    expect(seed).toContain(flat);
    for (const value of Object.values(header)) expect(isSubsequence(value, flat), value).toBe(true);
    const role = byTitle(header.title);
    expect(unitName(role.unitId)).toBe(header.unit);
    expect(design.roles.find((r) => r.id === role.reportsTo)?.title).toBe(header.superior);
    const below = role.subordinates.map((id) => design.roles.find((r) => r.id === id)!);
    if (header.subordinate === '整个电商部') {
      expect(below.map((r) => r.title)).toEqual(['营销主管', '物流人员', '美工主管']);
    } else {
      expect(below.map((r) => r.title)).toEqual([header.subordinate]);
    }
  });

  it('keeps 3.2’s heading (营销专员) in the notes of the role its table names (营销主管)', () => {
    expect(seed).toContain('3.2营销专员岗位说明书');
    expect(byTitle('营销主管').notes).toContain('3.2 营销专员岗位说明书');
  });

  it('fills purpose, collaboration, areas, extra duties, working time and pay of each description', () => {
    const areas: Record<string, number> = { 运营经理: 4, 营销主管: 4, 物流人员: 5, 美工主管: 3 };
    for (const [title, count] of Object.entries(areas)) {
      const role = byTitle(title);
      expect(role.purpose, title).not.toBe('');
      expect(role.internalCollaborators.length, title).toBeGreaterThan(0);
      expect(role.externalParties.length, title).toBeGreaterThan(0);
      expect(role.responsibilities, title).toHaveLength(count);
      expect(Object.values(role.pay).every((amount) => amount === null)).toBe(true);
      if (title !== '美工主管') {
        expect(role.additionalDuties, title).toHaveLength(1);
        expect(role.workingTime, title).not.toBe('');
      }
    }
    expect(byTitle('物流人员').internalCollaborators).toEqual([
      { kind: 'unit', id: 'logistics-dept' },
      { kind: 'unit', id: unitId('客服部') },
    ]);
    const pay = design.notes.find((note) => note.title === '工资制度')!;
    expect(seed).toContain(squash(pay.text.split('\n')[0]!));
  });

  it('leaves every department coefficient and pay amount unset, as the seed gives the formula only', () => {
    expect(seed).not.toMatch(/部门绩效系数[^*+]*\d/);
    expect(design.units.map((unit) => unit.performanceCoefficient)).toEqual(design.units.map(() => null));
    const pay = design.notes.find((note) => note.title === '工资制度')!;
    expect(squash(pay.text)).toBe('基本工资+岗位工资+标准绩效工资*个人绩效系数*部门绩效系数+奖惩');
  });

  it('turns cadence words, clock times and 上报给运营经理 into item fields', () => {
    const ops = byTitle('运营经理').id;
    const items = design.roles.flatMap((role) => role.responsibilities.flatMap((area) => area.items));
    for (const entry of items) {
      const text = entry.text;
      const cadence = /每天/.test(text)
        ? 'daily'
        : /每星期|每周|每个星期/.test(text)
          ? 'weekly'
          : /(?<!落实到)每月/.test(text) // "计划落实到每月" is how a plan is split, not a recurring task
            ? 'monthly'
            : null;
      expect(entry.cadence, text).toBe(cadence);
      // The result goes to a role or to a department; "反馈到各部门" names no one department.
      if (/上报给运营经理|向运营经理/.test(text)) expect(entry.recipient, text).toBe(ops);
      else if (/反馈到公司客服部/.test(text)) expect(entry.recipient, text).toBe(unitId('客服部'));
      else if (/告知营销部门/.test(text)) expect(entry.recipient, text).toBe(unitId('营销部'));
      else expect(entry.recipient, text).toBeNull();
      if (entry.time !== null) expect(seed, entry.time).toContain(`(${squash(entry.time)})`);
    }
    const timed = items.filter((entry) => entry.time !== null).map((entry) => entry.time);
    expect(timed).toEqual([
      '下午6 时截止',
      '晚上 8 点-9 点',
      '晚上8 点-9 点',
      '晚上8 点-9 点',
      '晚上 8 点 -9 点',
      '早上 10 点和晚上8 点时段',
      '早上 11 点',
    ]);
    expect(items.filter((entry) => entry.recipient === ops)).toHaveLength(12);
    expect(items.filter((entry) => entry.recipient !== null && entry.recipient !== ops)).toHaveLength(2);
  });
});
