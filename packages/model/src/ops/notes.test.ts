import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { attempt, must, smallOrg } from '../test/fixtures.js';

describe('design-level operations', () => {
  it('renames and describes the design', () => {
    const doc = smallOrg();
    must(doc, { type: 'design.rename', name: '新方案' });
    must(doc, { type: 'design.describe', description: '精简版' });
    expect(readDesign(doc)).toMatchObject({ name: '新方案', description: '精简版' });
  });

  it('adds, edits and deletes design notes in order', () => {
    const doc = smallOrg();
    must(doc, { type: 'note.add', id: 'cost', kind: 'personnelCost', title: '人员成本', text: '工资+社保' });
    must(doc, { type: 'note.add', id: 'plan', kind: 'plan', title: '近期计划', date: '2013-05-31' });
    must(doc, { type: 'note.update', id: 'cost', patch: { text: '工资+社保+提成' } });
    expect(readDesign(doc).notes).toEqual([
      { id: 'cost', kind: 'personnelCost', title: '人员成本', text: '工资+社保+提成', date: null },
      { id: 'plan', kind: 'plan', title: '近期计划', text: '', date: '2013-05-31' },
    ]);
    expect(attempt(doc, { type: 'note.update', id: 'plan', patch: { date: '31/05/2013' } }).ok).toBe(false);
    must(doc, { type: 'note.delete', id: 'cost' });
    expect(readDesign(doc).notes.map((note) => note.id)).toEqual(['plan']);
    expect(attempt(doc, { type: 'note.delete', id: 'cost' }).ok).toBe(false);
  });

  it('replaces the whole design in one change', () => {
    const doc = smallOrg();
    const before = readDesign(doc);
    must(doc, { type: 'role.delete', id: 'om' });
    must(doc, { type: 'design.replace', design: before });
    expect(readDesign(doc)).toEqual(before);
  });
});
