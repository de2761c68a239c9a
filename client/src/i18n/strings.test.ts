import { describe, expect, it } from 'vitest';
import { initialLocale } from './locale';
import { MESSAGE_KEYS, allMessageForms, messageTemplate, translate } from './strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n', () => {
  it('has a non-empty zh and en text for every key', () => {
    for (const key of MESSAGE_KEYS) {
      expect(messageTemplate('zh', key).trim(), key).not.toBe('');
      expect(messageTemplate('en', key).trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages, in every plural form', () => {
    for (const key of MESSAGE_KEYS) {
      const expected = placeholders(messageTemplate('zh', key));
      for (const locale of ['zh', 'en'] as const)
        for (const form of allMessageForms(locale, key)) expect(placeholders(form), key).toEqual(expected);
    }
  });

  it('writes Chinese in the zh texts', () => {
    const exempt = new Set(['versions.by', 'editor.searchCount', 'newScenario.counts']);
    for (const key of MESSAGE_KEYS) {
      if (exempt.has(key)) continue;
      expect(/[\u4e00-\u9fff]/.test(messageTemplate('zh', key)), key).toBe(true);
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'editor.deleteOne', { title: 'CEO' })).toBe('Delete “CEO”?');
    expect(translate('zh', 'editor.roleCount', { count: 3 })).toBe('3 个岗位');
  });

  it('defaults from the browser language and remembers a choice', () => {
    expect(initialLocale(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLocale(null, ['zh-TW'])).toBe('zh');
    expect(initialLocale(null, ['fr-FR'])).toBe('zh');
    expect(initialLocale({ getItem: () => 'en' }, ['zh-CN'])).toBe('en');
  });
});
