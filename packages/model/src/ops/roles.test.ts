import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { attempt, must, smallOrg } from '../test/fixtures.js';
import { checkMove } from './roles.js';

const role = (doc: Y.Doc, id: string) => readDesign(doc).roles.find((entry) => entry.id === id);

describe('role operations', () => {
  it('creates roles under a manager in the given sibling order, joining the manager’s unit', () => {
    const doc = smallOrg();
    must(doc, { type: 'role.create', id: 'first', title: '数据分析师', reportsTo: 'om', index: 0 });
    expect(role(doc, 'om')?.subordinates).toEqual(['first', 'os', 'cs']);
    expect(role(doc, 'first')?.unitId).toBe('ops');
    must(doc, { type: 'role.create', id: 'middle', title: '美工', reportsTo: 'om', index: 2 });
    expect(role(doc, 'om')?.subordinates).toEqual(['first', 'os', 'middle', 'cs']);
  });

  it('returns a generated id when none is given and refuses a taken one', () => {
    const doc = smallOrg();
    const created = must(doc, { type: 'role.create', title: '新岗位' });
    expect(created.id).toMatch(/^r-[0-9a-z]{10}$/);
    const taken = attempt(doc, { type: 'role.create', id: 'gm', title: '重复' });
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.error.code).toBe('duplicate-id');
  });

  it('refuses a manager or unit that does not exist', () => {
    const doc = smallOrg();
    const noManager = attempt(doc, { type: 'role.create', title: 'x', reportsTo: 'r9' });
    expect(!noManager.ok && noManager.error.code).toBe('unknown-role');
    const noUnit = attempt(doc, { type: 'role.create', title: 'x', unitId: 'u9' });
    expect(!noUnit.ok && noUnit.error.code).toBe('unknown-unit');
  });

  it('updates every field of a role', () => {
    const doc = smallOrg();
    must(doc, { type: 'unit.create', id: 'cs-unit', name: '客服部' });
    const patch = {
      title: '客服主管',
      unitId: 'cs-unit',
      headcount: 3,
      optional: true,
      assistant: true,
      purpose: '处理售前售后咨询',
      workingTime: '早 9 点至晚 6 点',
      notes: '可增设',
      externalParties: ['外部客户'],
      additionalDuties: ['协助仓储发货'],
      internalCollaborators: [
        { kind: 'unit', id: 'ops' },
        { kind: 'role', id: 'om' },
        { kind: 'text', text: '财务部' },
      ],
      pay: {
        base: 3000,
        position: 500,
        standardPerformance: 1000,
        personalCoefficient: 1.2,
        bonusPenalty: -100,
      },
    } as const;
    must(doc, { type: 'role.update', id: 'cs', patch });
    expect(role(doc, 'cs')).toMatchObject(patch);
  });

  it('refuses a negative or fractional headcount and writes nothing of that patch', () => {
    const doc = smallOrg();
    for (const headcount of [-1, 1.5, Number.NaN]) {
      const result = attempt(doc, { type: 'role.update', id: 'os', patch: { title: '改了', headcount } });
      expect(!result.ok && result.error.code).toBe('invalid-value');
      expect(!result.ok && result.error.path).toBe('headcount');
    }
    expect(role(doc, 'os')?.title).toBe('运营专员');
    expect(role(doc, 'os')?.headcount).toBe(1);
  });

  it('refuses an update of an unknown role, an unknown collaborator and a too-long title', () => {
    const doc = smallOrg();
    expect(attempt(doc, { type: 'role.update', id: 'nope', patch: { title: 'x' } }).ok).toBe(false);
    const collaborator = attempt(doc, {
      type: 'role.update',
      id: 'os',
      patch: { internalCollaborators: [{ kind: 'role', id: 'ghost' }] },
    });
    expect(!collaborator.ok && collaborator.error.path).toBe('internalCollaborators[0]');
    expect(attempt(doc, { type: 'role.update', id: 'os', patch: { title: 'x'.repeat(501) } }).ok).toBe(false);
  });

  it('moves a role to a new manager at a position', () => {
    const doc = smallOrg();
    must(doc, { type: 'role.move', id: 'cs', reportsTo: 'gm', index: 0 });
    expect(role(doc, 'gm')?.subordinates).toEqual(['cs', 'om', 'fin']);
    expect(role(doc, 'cs')?.reportsTo).toBe('gm');
    must(doc, { type: 'role.move', id: 'fin', reportsTo: null });
    expect(
      readDesign(doc)
        .roles.filter((entry) => entry.reportsTo === null)
        .map((entry) => entry.id),
    ).toEqual(['gm', 'fin']);
  });

  it('refuses to move a role under itself or under its own subordinate, saying why', () => {
    const doc = smallOrg();
    const self = attempt(doc, { type: 'role.move', id: 'om', reportsTo: 'om' });
    expect(!self.ok && self.error.code).toBe('cycle');
    const below = attempt(doc, { type: 'role.move', id: 'gm', reportsTo: 'os' });
    expect(!below.ok && below.error.code).toBe('cycle');
    expect(!below.ok && below.error.message).toContain('运营专员');
    expect(!below.ok && below.error.messageZh).toContain('循环');
    expect(role(doc, 'gm')?.reportsTo).toBeNull();
    expect(checkMove(readDesign(doc), 'gm', 'os').ok).toBe(false);
    expect(checkMove(readDesign(doc), 'os', 'fin').ok).toBe(true);
  });

  it('reorders a role among its siblings', () => {
    const doc = smallOrg();
    must(doc, { type: 'role.reorder', id: 'cs', index: 0 });
    expect(role(doc, 'om')?.subordinates).toEqual(['cs', 'os']);
    must(doc, { type: 'role.reorder', id: 'cs', index: 5 });
    expect(role(doc, 'om')?.subordinates).toEqual(['os', 'cs']);
  });

  it('keeps many inserts at the same place in order (renumbering when needed)', () => {
    const doc = smallOrg();
    for (let index = 0; index < 80; index++)
      must(doc, { type: 'role.create', id: `x${index}`, title: `${index}`, reportsTo: 'fin', index: 1 });
    const subordinates = role(doc, 'fin')!.subordinates;
    expect(subordinates[0]).toBe('x0');
    expect(subordinates.slice(1)).toEqual(Array.from({ length: 79 }, (_, index) => `x${79 - index}`));
  });

  it('deletes a role and moves its subordinates up to its manager, in its place', () => {
    const doc = smallOrg();
    must(doc, { type: 'role.delete', id: 'om' });
    expect(role(doc, 'om')).toBeUndefined();
    expect(role(doc, 'gm')?.subordinates).toEqual(['os', 'cs', 'fin']);
    expect(readDesign(doc).roles).toHaveLength(4);
    const again = attempt(doc, { type: 'role.delete', id: 'om' });
    expect(!again.ok && again.error.code).toBe('unknown-role');
  });

  it('adds and removes dotted lines, refusing one to itself or to a missing role', () => {
    const doc = smallOrg();
    must(doc, { type: 'role.addDottedLine', id: 'fin', to: 'om' });
    expect(role(doc, 'fin')?.dottedLines).toEqual(['om']);
    expect(attempt(doc, { type: 'role.addDottedLine', id: 'fin', to: 'fin' }).ok).toBe(false);
    expect(attempt(doc, { type: 'role.addDottedLine', id: 'fin', to: 'ghost' }).ok).toBe(false);
    must(doc, { type: 'role.removeDottedLine', id: 'fin', to: 'om' });
    expect(role(doc, 'fin')?.dottedLines).toEqual([]);
  });
});
