import { describe, expect, it } from 'vitest';
import { labelCandidates, personLabels } from './labels';

const labels = (...names: string[]) => {
  const byId = personLabels(names.map((name, index) => ({ clientId: index + 1, name })));
  return names.map((_, index) => byId.get(index + 1));
};

describe('people-bar labels', () => {
  it('tells 王经理 and 李总监 apart by their surnames, not their shared-looking titles', () => {
    expect(labels('王经理', '李总监')).toEqual(['王', '李']);
  });

  it('takes more characters when two people share a surname', () => {
    expect(labels('王经理', '王总监', '李总监')).toEqual(['王经', '王总', '李']);
    expect(labels('王经理', '王经纬')).toEqual(['王理', '王纬']);
  });

  it('reads Latin names as initials, then more of the first name when initials clash', () => {
    expect(labels('Alice Chen', 'Bob')).toEqual(['AC', 'B']);
    expect(labels('Li Wei', 'Lisa Wong')).toEqual(['Li Wei', 'LisW']);
    expect(labels('Alice', 'Alan')).toEqual(['Ali', 'Ala']);
  });

  it('numbers people who have the same name, the same way on every screen', () => {
    expect(labels('张伟', '张伟')).toEqual(['张', '张2']);
    expect(labels('张伟', '张伟', '张三')).toEqual(['张伟', '张伟2', '张三']);
    const reversed = personLabels([
      { clientId: 2, name: '张伟' },
      { clientId: 1, name: '张伟' },
    ]);
    expect(reversed.get(1)).toBe('张');
    expect(reversed.get(2)).toBe('张2');
  });

  it('gives every person in a crowd of similar names a different label', () => {
    const names = ['王经理', '王总监', '王经纬', '李总监', '李经理', 'Wang Li', 'Wang Lei', 'W L'];
    const shown = labels(...names);
    expect(new Set(shown).size).toBe(names.length);
  });

  it('shows a question mark for a blank name', () => {
    expect(labelCandidates('  ')).toEqual(['?']);
  });
});
