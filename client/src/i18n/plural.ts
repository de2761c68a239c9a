import type { Locale } from './locale';

/**
 * A message whose words follow a number (`{count}`): one text per CLDR plural category of the
 * language, chosen by `Intl.PluralRules`. `other` is always given; Chinese needs nothing else, English
 * adds `one` ("1 role", "2 roles").
 */
export type PluralText = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** What one message says in one language: a plain text, or its plural forms. */
export type MessageText = string | PluralText;

const rules = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale === 'zh' ? 'zh-CN' : 'en');
    rules.set(locale, found);
  }
  return found;
}

/** The form of `text` for `count` in `locale`; a message without forms, or with no count, is as is. */
export function pluralForm(locale: Locale, text: MessageText, count: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof count !== 'number' || !Number.isFinite(count)) return text.other;
  return text[pluralRules(locale).select(count)] ?? text.other;
}

/** Every form of a message, for checks that must hold for each (placeholders, language). */
export function allForms(text: MessageText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text).filter((form) => form !== undefined);
}
