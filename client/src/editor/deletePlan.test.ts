import { describe, expect, it } from 'vitest';
import { readDesign } from '@orgcanvas/model';
import { sampleDesign, sampleDoc } from '../test/fixtures';
import { EditorSession } from './session';
import { deleteConsequences } from './deletePlan';

describe('deleteConsequences', () => {
  it('says the reports move to the deleted role’s manager', () => {
    expect(deleteConsequences(sampleDesign(), ['coo'])).toEqual([
      { title: 'COO', subordinates: ['Ops Manager', 'Analyst'], newManager: 'CEO' },
    ]);
  });

  it('says a root’s reports become top-level roles', () => {
    expect(deleteConsequences(sampleDesign(), ['ceo'])[0]?.newManager).toBeNull();
  });

  it('matches what the model does for nested deletes', () => {
    const doc = sampleDoc();
    const plan = deleteConsequences(readDesign(doc), ['ceo', 'coo']);
    expect(plan[1]).toEqual({ title: 'COO', subordinates: ['Ops Manager', 'Analyst'], newManager: null });
    new EditorSession(doc, { userId: 'me', readOnly: false }).applyAll([
      { type: 'role.delete', id: 'ceo' },
      { type: 'role.delete', id: 'coo' },
    ]);
    const after = readDesign(doc);
    expect(after.roles.find((role) => role.id === 'opsm')?.reportsTo).toBeNull();
  });
});
