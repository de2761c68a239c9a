import { describe, expect, it } from 'vitest';
import { rebaseCaret, rebaseEdit } from './textMerge';

describe('rebaseCaret', () => {
  it('keeps a caret before someone else’s edit and shifts one after it', () => {
    expect(rebaseCaret('负责网店维护', '每天负责网店维护', 6)).toBe(8);
    expect(rebaseCaret('负责网店维护', '负责网店维护和优化', 2)).toBe(2);
    expect(rebaseCaret('abcdef', 'abXYZef', 3)).toBe(5);
  });
});

describe('rebaseEdit', () => {
  it('keeps both people’s words when they type into the same text', () => {
    expect(rebaseEdit('负责网店维护', '负责网店维护和优化', '每天负责网店维护')).toBe(
      '每天负责网店维护和优化',
    );
    expect(rebaseEdit('处理投诉', '及时处理投诉', '处理投诉和纠纷')).toBe('及时处理投诉和纠纷');
  });

  it('applies a deletion of ours to the current text', () => {
    expect(rebaseEdit('每周统计数据', '统计数据', '每周统计数据并上报')).toBe('统计数据并上报');
  });

  it('is the plain edit when nobody else changed anything', () => {
    expect(rebaseEdit('abc', 'abxc', 'abc')).toBe('abxc');
  });
});
