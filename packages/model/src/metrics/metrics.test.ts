import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { rolesMap } from '../doc/schema.js';
import { generateOrg } from '../generate/generateOrg.js';
import { testDesign } from '../layout/testDesign.js';
import { readDesign } from '../read/readDesign.js';
import { smallOrg } from '../test/fixtures.js';
import type { Cadence, Design, Role } from '../types.js';
import { WEEKLY_OCCURRENCES } from './coverage.js';
import { metrics } from './metrics.js';

/** Replaces roles' fields by id, keeping everything else of the hand-built design. */
function withRoles(design: Design, patch: Record<string, Partial<Role>>): Design {
  return { ...design, roles: design.roles.map((role) => ({ ...role, ...patch[role.id] })) };
}

// gm over pa (assistant), om and lead; om over 3 specialists (one role of headcount 3) and one
// optional analyst; lead over a single cs; cs has no reports; lead's assistant-only manager 'solo'.
const org = testDesign([
  { id: 'gm' },
  { id: 'pa', parent: 'gm', assistant: true },
  { id: 'om', parent: 'gm' },
  { id: 'spec', parent: 'om', headcount: 3 },
  { id: 'da', parent: 'om', optional: true, headcount: 2 },
  { id: 'lead', parent: 'gm' },
  { id: 'cs', parent: 'lead' },
  { id: 'solo', parent: 'gm' },
  { id: 'solo-pa', parent: 'solo', assistant: true },
]);

describe('metrics: roles, headcount and structure', () => {
  it('counts committed roles and people, optional ones apart, and assistants', () => {
    const result = metrics(org);
    expect(result).toMatchObject({
      roles: 8,
      headcount: 10,
      optionalRoles: 1,
      optionalHeadcount: 2,
      assistants: 2,
      units: 0,
    });
  });

  it('measures layers without counting assistants as a layer', () => {
    // gm (1) > om, lead, solo (2) > spec, cs (3); assistants stay on their manager's layer.
    expect(metrics(org).layers).toBe(3);
  });

  it('takes span over managers only, in people, leaving out assistants and optional roles', () => {
    const { span, spanMax } = metrics(org);
    // gm: om + lead + solo = 3; om: spec ×3 = 3; lead: cs = 1. solo has only an assistant: no line
    // reports, so it is not a manager (a zero-report manager must not drag the mean down).
    expect(span.distribution).toEqual({ '1': 1, '3': 2 });
    expect(span.mean).toBeCloseTo(7 / 3);
    expect(span.median).toBe(3);
    expect(spanMax).toBe(3);
    expect(span.singleReport).toEqual(['lead']);
    expect(span.overLimit).toEqual([]);
  });

  it('flags managers over the span limit and a tree deeper than allowed', () => {
    const result = metrics(org, { spanLimit: 2, maxLayers: 2 });
    expect(result.span.overLimit).toEqual(['gm', 'om']);
    const codes = result.health.map((problem) => [problem.code, problem.roleId]);
    expect(codes).toContainEqual(['too-deep', 'spec']);
    expect(codes).toContainEqual(['span-too-wide', 'gm']);
    expect(codes).toContainEqual(['span-too-narrow', 'lead']);
    expect(result.health.find((problem) => problem.code === 'too-deep')).toMatchObject({
      value: 3,
      limit: 2,
    });
  });

  it('reads an empty design as zero everywhere rather than failing', () => {
    const result = metrics(testDesign([]));
    expect(result).toMatchObject({ roles: 0, headcount: 0, layers: 0, spanMax: 0 });
    expect(result.span.mean).toBe(0);
    expect(result.cost.total).toBe(0);
  });

  it('measures the design the read model repaired when two moves made a cycle', () => {
    const doc = smallOrg();
    // 总经理 pointed under 运营专员 (who is below it) by a later move: the read model ignores that move.
    (rolesMap(doc).get('gm') as Y.Map<unknown>).set('reportsTo', { id: 'os', stamp: 99, by: 1 });
    const result = metrics(readDesign(doc));
    expect(result.roles).toBe(5);
    expect(result.layers).toBe(3);
    expect(result.span.distribution).toEqual({ '2': 2 });
  });
});

describe('metrics: duty coverage and workload', () => {
  const item = (id: string, cadence: Cadence | null, recipient: string | null = null) => ({
    id,
    text: id,
    cadence,
    time: null,
    recipient,
  });
  const duties = withRoles(org, {
    spec: {
      responsibilities: [
        {
          id: 'a',
          title: '日常',
          items: [
            item('i1', 'daily', 'om'),
            item('i2', 'weekly', 'om'),
            item('i3', 'monthly', 'da'),
            item('i4', 'quarterly', 'zero'),
            item('i5', 'yearly'),
            item('i6', 'adhoc', 'om'),
            item('i7', null, 'om'),
          ],
        },
      ],
    },
    cs: { responsibilities: [{ id: 'a', title: '客服', items: [item('c1', 'daily', 'om')] }] },
    om: { additionalDuties: ['月度复盘'] },
  });

  it('adds up a weekly workload from cadences, ad hoc and unscheduled items apart', () => {
    const spec = metrics(duties).coverage.workload.find((entry) => entry.roleId === 'spec');
    expect(spec).toEqual({
      roleId: 'spec',
      weekly: 5 + 1 + 0.25 + 1 / 13 + 1 / 52,
      adhoc: 1,
      unscheduled: 1,
    });
    expect(WEEKLY_OCCURRENCES.daily).toBe(5);
  });

  it('lists roles with no duties, items with no recipient, and recipients nobody holds', () => {
    const zero = withRoles(duties, { lead: { headcount: 0 } });
    // 'zero' is not a role: the read model would have dropped that recipient, so use lead instead.
    const design = withRoles(zero, {
      spec: {
        responsibilities: duties.roles
          .find((role) => role.id === 'spec')!
          .responsibilities.map((area) => ({
            ...area,
            items: area.items.map((entry) =>
              entry.recipient === 'zero' ? { ...entry, recipient: 'lead' } : entry,
            ),
          })),
      },
    });
    const { coverage } = metrics(design);
    expect(coverage.rolesWithoutDuties).toEqual(['gm', 'pa', 'da', 'lead', 'solo', 'solo-pa']);
    expect(coverage.itemsWithoutRecipient).toEqual([{ roleId: 'spec', areaId: 'a', itemId: 'i5' }]);
    // da is optional and lead has headcount 0: results sent there reach nobody.
    expect(coverage.recipientsNotHeld).toEqual(['da', 'lead']);
  });

  it('flags a recipient receiving from more roles than the limit', () => {
    const { coverage, health } = metrics(duties, { recipientLimit: 1 });
    expect(coverage.overloadedRecipients).toEqual([{ roleId: 'om', senders: 2 }]);
    expect(health).toContainEqual({ code: 'recipient-overloaded', roleId: 'om', value: 2, limit: 1 });
  });
});

describe('metrics of a large generated org', () => {
  const design = generateOrg({ roles: 3000, seed: 11, maxSpan: 7, maxDepth: 6 });
  const result = metrics(design);

  it('counts every role once and keeps within the generator’s bounds', () => {
    expect(design.roles.length).toBeGreaterThan(1000);
    expect(result.roles + result.optionalRoles).toBe(design.roles.length);
    expect(result.headcount + result.optionalHeadcount).toBe(
      design.roles.reduce((sum, role) => sum + role.headcount, 0),
    );
    expect(result.layers).toBeGreaterThan(1);
    expect(result.layers).toBeLessThanOrEqual(6);
    const managers = Object.values(result.span.distribution).reduce((sum, count) => sum + count, 0);
    const optional = new Set(design.roles.filter((role) => role.optional).map((role) => role.id));
    const withLineReports = design.roles.filter((role) => role.subordinates.some((id) => !optional.has(id)));
    expect(managers).toBe(withLineReports.length);
  });

  it('rolls unit costs up to the company and names every incomplete role', () => {
    const company = result.cost.byUnit.find((entry) => entry.unitId === 'u0')!;
    expect(company.total + result.cost.unassigned).toBeCloseTo(result.cost.total);
    // The generator sets only base and position pay, so every committed role is incomplete.
    expect(result.cost.incompleteRoles.length).toBe(result.roles);
    expect(result.health.filter((problem) => problem.code === 'pay-incomplete').length).toBe(result.roles);
  });
});
