import { describe, expect, it } from 'vitest';
import { generateOrg } from '../generate/generateOrg.js';
import { readDesign } from '../read/readDesign.js';
import { smallOrg } from '../test/fixtures.js';
import { editedFork } from '../test/forks.js';
import type { Design } from '../types.js';
import { diff } from './diff.js';

describe('diff', () => {
  it('finds no difference between a design and itself, and calls every role unchanged', () => {
    const design = readDesign(smallOrg());
    const result = diff(design, design);
    expect(result.changes).toEqual([]);
    expect(result.roles.map((role) => role.status)).toEqual(Array(5).fill('unchanged'));
  });

  it('classifies each difference of a fork, units first, then roles in outline order, then notes', () => {
    const { a, b } = editedFork();
    const result = diff(readDesign(a), readDesign(b));
    // b's outline: 总经理 > 店铺运营 (moved up into the deleted 运营经理's place), 财务专员, 客服主管 > 客服专员.
    expect(result.changes.map((change) => change.key)).toEqual([
      'unit-renamed:ops',
      'unit-coefficient-changed:ops',
      'unit-added:svc',
      'moved:os',
      'renamed:os',
      'duties-changed:os',
      'pay-changed:os',
      'details-changed:os',
      'dotted-lines-changed:fin',
      'added:lead',
      'moved:cs',
      'moved-unit:cs',
      'headcount-changed:cs',
      'removed:om',
      'note-changed:plan',
    ]);
    const kinds = result.changes.map((change) => change.kind);
    expect(new Set(kinds)).toEqual(
      new Set([
        'unit-renamed',
        'unit-coefficient-changed',
        'unit-added',
        'renamed',
        'moved',
        'duties-changed',
        'pay-changed',
        'details-changed',
        'dotted-lines-changed',
        'added',
        'moved-unit',
        'headcount-changed',
        'removed',
        'note-changed',
      ]),
    );
    expect(result.changes.find((change) => change.key === 'moved:cs')).toMatchObject({
      before: 'om',
      after: 'lead',
    });
    expect(result.changes.find((change) => change.key === 'duties-changed:os')).toMatchObject({
      duties: [
        { type: 'item-cadence-changed', itemId: 'orders', before: 'daily', after: 'weekly' },
        { type: 'item-recipient-changed', itemId: 'orders', before: null, after: 'gm' },
      ],
    });
    expect(result.changes.find((change) => change.key === 'pay-changed:os')).toMatchObject({
      before: { base: null },
      after: { base: 5000, noPay: false },
    });
    expect(result.changes.find((change) => change.key === 'dotted-lines-changed:fin')).toMatchObject({
      added: ['lead'],
      removed: [],
    });
  });

  it('summarises each role in Orgvue’s terms: new, changed, closed, unchanged', () => {
    const { a, b } = editedFork();
    const summary = Object.fromEntries(
      diff(readDesign(a), readDesign(b)).roles.map((r) => [r.roleId, r.status]),
    );
    expect(summary).toEqual({
      gm: 'unchanged',
      os: 'changed',
      cs: 'changed',
      fin: 'changed',
      lead: 'new',
      om: 'closed',
    });
  });

  it('gives the same diff every time', () => {
    const { a, b } = editedFork();
    expect(diff(readDesign(a), readDesign(b))).toEqual(diff(readDesign(a), readDesign(b)));
  });

  it('matches roles of designs typed up separately by title within the matching unit', () => {
    const a = readDesign(smallOrg());
    const renamed = (design: Design, prefix: string): Design => ({
      ...design,
      units: design.units.map((unit) => ({
        ...unit,
        id: prefix + unit.id,
        parentId: unit.parentId && prefix + unit.parentId,
      })),
      roles: design.roles.map((role) => ({
        ...role,
        id: prefix + role.id,
        unitId: role.unitId && prefix + role.unitId,
        reportsTo: role.reportsTo && prefix + role.reportsTo,
        subordinates: role.subordinates.map((id) => prefix + id),
        headcount: role.id === 'cs' ? 4 : role.headcount,
      })),
    });
    const result = diff(a, renamed(a, 'x-'));
    expect(result.changes).toEqual([
      {
        key: 'headcount-changed:cs',
        kind: 'headcount-changed',
        roleId: 'cs',
        roleIdInB: 'x-cs',
        title: '客服专员',
        before: 1,
        after: 4,
      },
    ]);
  });

  it('reads a large generated org against an edited copy with exactly the edits made', () => {
    const a = generateOrg({ roles: 1500, seed: 5 });
    const b: Design = {
      ...a,
      roles: a.roles.map((role, index) =>
        index % 100 === 7 ? { ...role, headcount: role.headcount + 1 } : role,
      ),
    };
    const result = diff(a, b);
    expect(result.changes.length).toBe(15);
    expect(result.changes.every((change) => change.kind === 'headcount-changed')).toBe(true);
  });
});
