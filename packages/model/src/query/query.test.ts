import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { hiddenCounts } from '../layout/input.js';
import { checkUnitMove } from '../ops/units.js';
import { readDesign } from '../read/readDesign.js';
import { LIMITS } from '../read/tolerant.js';
import { attempt, must, smallOrg } from '../test/fixtures.js';
import { designIndex } from './designIndex.js';
import { searchRoles } from './search.js';
import { ancestors, descendantCount } from './tree.js';

// smallOrg: 总经理 (gm) over 运营经理 (om, over os and cs) and 财务专员 (fin); units 公司 > 运营部.

describe('designIndex', () => {
  it('is built once per design and answers every lookup', () => {
    const design = readDesign(smallOrg());
    const index = designIndex(design);
    expect(designIndex(design)).toBe(index);
    expect(index.rolesById.get('om')?.title).toBe('运营经理');
    expect(index.unitsById.get('ops')?.name).toBe('运营部');
    expect(index.rootRoles).toEqual(['gm']);
    expect(index.unitChildren.get(null)).toEqual(['company']);
    expect(index.unitChildren.get('company')).toEqual(['ops']);
    expect(index.unitDepth.get('ops')).toBe(1);
    expect(index.rolesOfUnit.get('ops')).toEqual(['om', 'os', 'cs']);
  });

  it('is rebuilt for the next design after an edit', () => {
    const doc = smallOrg();
    const first = designIndex(readDesign(doc));
    must(doc, { type: 'role.create', id: 'new', title: '美工', reportsTo: 'om' });
    const second = designIndex(readDesign(doc));
    expect(second).not.toBe(first);
    expect(second.descendantCount.get('gm')).toBe(5);
  });
});

describe('ancestors and descendantCount', () => {
  const design = readDesign(smallOrg());

  it('lists the managers above a role, nearest first', () => {
    expect(ancestors(design, 'cs')).toEqual(['om', 'gm']);
    expect(ancestors(design, 'gm')).toEqual([]);
    expect(ancestors(design, 'nobody')).toEqual([]);
  });

  it('counts everyone below a role, and the layout’s hidden counts agree', () => {
    expect(descendantCount(design, 'gm')).toBe(4);
    expect(descendantCount(design, 'om')).toBe(2);
    expect(descendantCount(design, 'os')).toBe(0);
    // A design built by hand need not list managers before their reports: the counts still hold.
    const shuffled = { ...design, roles: [...design.roles].reverse() };
    expect(['gm', 'om', 'os', 'fin'].map((id) => descendantCount(shuffled, id))).toEqual([4, 2, 0, 0]);
    expect(hiddenCounts(design, new Set(['gm', 'om', 'gone']))).toEqual(
      new Map([
        ['gm', 4],
        ['om', 2],
      ]),
    );
  });
});

describe('searchRoles', () => {
  const doc = smallOrg();
  const area = must(doc, { type: 'area.add', owner: { kind: 'role', id: 'os' }, title: '日常运营' }).id!;
  must(doc, {
    type: 'item.add',
    owner: { kind: 'role', id: 'os' },
    areaId: area,
    text: '每天提交日报 daily report',
  });
  must(doc, { type: 'role.update', id: 'fin', patch: { title: 'CFO Finance' } });
  const design = readDesign(doc);

  it('matches titles case- and width-insensitively', () => {
    expect(searchRoles(design, 'cfo')).toEqual(['fin']);
    expect(searchRoles(design, 'ＣＦＯ')).toEqual(['fin']);
  });

  it('matches the unit name and duty text, and needs every term', () => {
    expect(searchRoles(design, '运营部')).toEqual(['om', 'os', 'cs']);
    expect(searchRoles(design, '日报')).toEqual(['os']);
    expect(searchRoles(design, 'daily 运营专员')).toEqual(['os']);
    expect(searchRoles(design, 'daily finance')).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(searchRoles(design, '   ')).toEqual([]);
  });
});

describe('checkUnitMove', () => {
  const doc = smallOrg();
  must(doc, { type: 'unit.create', id: 'team', name: '直播组', parentId: 'ops' });
  const design = readDesign(doc);

  it('accepts a new parent outside the unit and the top level', () => {
    expect(checkUnitMove(design, 'team', 'company').ok).toBe(true);
    expect(checkUnitMove(design, 'ops', null).ok).toBe(true);
  });

  it('refuses the unit itself or one of its sub-units, saying why, and unknown units', () => {
    for (const parent of ['ops', 'team']) {
      const check = checkUnitMove(design, 'ops', parent);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.error.message).toContain('运营部');
    }
    const unknown = checkUnitMove(design, 'ops', 'gone');
    expect(!unknown.ok && unknown.error.code).toBe('unknown-unit');
  });

  it('is the rule unit.move applies', () => {
    const refused = attempt(doc, { type: 'unit.move', id: 'company', parentId: 'team' });
    expect(!refused.ok && refused.error.code).toBe('cycle');
    expect(readDesign(doc).units.find((unit) => unit.id === 'company')?.parentId).toBeNull();
  });
});

describe('role titles', () => {
  it('refuses an empty or blank title on create and on update, changing nothing', () => {
    const doc = smallOrg();
    const created = attempt(doc, { type: 'role.create', title: '  ' });
    expect(!created.ok && created.error.path).toBe('title');
    const renamed = attempt(doc, { type: 'role.update', id: 'om', patch: { title: '' } });
    expect(renamed.ok).toBe(false);
    if (!renamed.ok) expect(renamed.error.message).toMatch(/needs a title/);
    expect(readDesign(doc).roles.find((role) => role.id === 'om')?.title).toBe('运营经理');
    expect(readDesign(doc).roles).toHaveLength(5);
  });

  it('refuses a title over the exported limit', () => {
    const doc = new Y.Doc();
    const long = attempt(doc, { type: 'role.create', title: 'x'.repeat(LIMITS.shortText + 1) });
    expect(!long.ok && long.error.message).toContain(String(LIMITS.shortText));
    expect(attempt(doc, { type: 'role.create', title: 'x'.repeat(LIMITS.shortText) }).ok).toBe(true);
  });
});
