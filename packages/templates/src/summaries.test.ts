import { describe, expect, it } from 'vitest';
import type { Design } from '@orgcanvas/model';
import { TEMPLATES, templateById, templateDesign } from './index.js';

/**
 * What the gallery summaries say a template has, and how many templates they say have it. A summary
 * that calls a trait unique ("the only template…", "它是唯一…") is checked against all nine designs,
 * so adding a second template with that trait, or dropping it from the first, fails here.
 */
const items = (design: Design) =>
  [...design.units, ...design.roles].flatMap((owner) => owner.responsibilities.flatMap((area) => area.items));

const CLAIMS: {
  trait: string;
  has: (design: Design) => boolean;
  /** The templates whose summaries state the trait, and all that have it. */
  templates: string[];
  /** Words of each summary that state it, en and zh. */
  said: [string, string];
}[] = [
  {
    trait: 'no roles, only departments and their duties',
    has: (design) => design.roles.length === 0,
    templates: ['ecommerce-company-departments'],
    said: ['no roles', '不设具体岗位'],
  },
  {
    trait: 'no duty items at all',
    has: (design) => items(design).length === 0,
    templates: ['operations-centre-roles-new'],
    said: ['the only template with no duty items at all', '唯一没有任何编号职责'],
  },
  {
    trait: 'a dedicated complaints specialist',
    has: (design) => design.roles.some((role) => role.title === '投诉维权专员'),
    templates: ['ecommerce-department-responsibilities'],
    said: ['the only template with a dedicated complaints specialist', '唯一设有专门投诉维权专员'],
  },
  {
    trait: 'optional roles',
    has: (design) => design.roles.some((role) => role.optional),
    templates: ['operations-centre-roles'],
    said: ['the only template that marks roles as optional', '唯一标明可选岗位'],
  },
  {
    trait: 'a personnel-cost definition',
    has: (design) => design.notes.some((note) => note.kind === 'personnelCost'),
    templates: ['ecommerce-staff-duties'],
    said: ['the only one that defines personnel cost', '唯一给出人员成本定义'],
  },
  {
    trait: 'no departments',
    has: (design) => design.units.length === 0,
    templates: ['ecommerce-org-chart-roles', 'ecommerce-department-org-chart-slides'],
    said: ['so there are none', '不设部门'],
  },
  {
    trait: 'an incentive pool, a budget and a plan',
    has: (design) =>
      ['incentivePool', 'budget', 'plan'].every((kind) => design.notes.some((note) => note.kind === kind)),
    templates: ['ecommerce-department-org-chart-slides'],
    said: ['the only template with notes on a team incentive pool, a budget', '唯一附有团队激励池、财务预算'],
  },
  {
    trait: 'work items with cadence, clock time or recipient',
    has: (design) =>
      items(design).some(
        (entry) => entry.cadence !== null || entry.time !== null || entry.recipient !== null,
      ),
    templates: ['ecommerce-department-position-descriptions'],
    said: ['the only template whose work items carry a cadence', '唯一给工作内容标注频率'],
  },
  {
    trait: 'a pay formula',
    has: (design) => design.notes.some((note) => note.title === '工资制度'),
    templates: ['ecommerce-department-position-descriptions'],
    said: ['the only one with a pay formula', '唯一给出工资公式'],
  },
];

describe.each(CLAIMS)('the summaries on $trait', ({ has, templates, said }) => {
  it('name exactly the templates that have it', () => {
    expect(TEMPLATES.filter((entry) => has(templateDesign(entry))).map((entry) => entry.id)).toEqual(
      templates,
    );
    for (const id of templates) {
      const { summary } = templateById(id)!;
      expect(summary.en, id).toContain(said[0]);
      expect(summary.zh, id).toContain(said[1]);
    }
  });
});

describe('the longest duty list', () => {
  it('is 运营推广’s 23 items, as design 6’s summary says', () => {
    const lengths = TEMPLATES.flatMap((entry) => {
      const design = templateDesign(entry);
      return [...design.units, ...design.roles].flatMap((owner) =>
        owner.responsibilities.map((area) => ({ id: entry.id, owner: owner.id, length: area.items.length })),
      );
    }).sort((a, b) => b.length - a.length);
    expect(lengths[0]).toEqual({ id: 'ecommerce-staff-duties', owner: 'operations-promotion', length: 23 });
    expect(lengths[1]!.length).toBeLessThan(23);
    expect(templateById('ecommerce-staff-duties')!.summary.en).toContain('23 duties');
  });
});
