import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { attempt, must, smallOrg } from '../test/fixtures.js';

describe('unit operations', () => {
  it('creates, renames, recolours and sets the department coefficient of a unit', () => {
    const doc = smallOrg();
    must(doc, {
      type: 'unit.create',
      id: 'cs',
      name: '客服部',
      parentId: 'company',
      kind: 'department',
      color: '#E15759',
    });
    must(doc, {
      type: 'unit.update',
      id: 'cs',
      patch: {
        name: '客户服务部',
        color: '#59a14f',
        performanceCoefficient: 1.1,
        kind: 'team',
        notes: '售前售后',
      },
    });
    expect(readDesign(doc).units.find((unit) => unit.id === 'cs')).toMatchObject({
      name: '客户服务部',
      color: '#59a14f',
      performanceCoefficient: 1.1,
      kind: 'team',
      notes: '售前售后',
      parentId: 'company',
    });
  });

  it('refuses a bad colour, an unknown kind and an unknown parent', () => {
    const doc = smallOrg();
    expect(attempt(doc, { type: 'unit.update', id: 'ops', patch: { color: 'red' } }).ok).toBe(false);
    // @ts-expect-error: a hostile client could send any string
    expect(attempt(doc, { type: 'unit.update', id: 'ops', patch: { kind: 'galaxy' } }).ok).toBe(false);
    expect(attempt(doc, { type: 'unit.create', name: 'x', parentId: 'ghost' }).ok).toBe(false);
  });

  it('nests units and refuses a unit inside its own sub-unit', () => {
    const doc = smallOrg();
    must(doc, { type: 'unit.create', id: 'team', name: '直通车小组', parentId: 'ops', kind: 'team' });
    const loop = attempt(doc, { type: 'unit.move', id: 'company', parentId: 'team' });
    expect(!loop.ok && loop.error.code).toBe('cycle');
    must(doc, { type: 'unit.move', id: 'team', parentId: 'company', index: 0 });
    expect(readDesign(doc).units.map((unit) => unit.id)).toEqual(['company', 'team', 'ops']);
  });

  it('deletes a unit without losing roles: they move to the parent unit, sub-units move up', () => {
    const doc = smallOrg();
    must(doc, { type: 'unit.create', id: 'team', name: '小组', parentId: 'ops' });
    must(doc, { type: 'unit.delete', id: 'ops' });
    const design = readDesign(doc);
    expect(design.roles).toHaveLength(5);
    expect(design.roles.find((role) => role.id === 'om')?.unitId).toBe('company');
    expect(design.units.find((unit) => unit.id === 'team')?.parentId).toBe('company');
    must(doc, { type: 'unit.delete', id: 'company' });
    expect(readDesign(doc).roles.every((role) => role.unitId === null)).toBe(true);
  });
});
