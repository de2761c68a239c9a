export type Locale = 'zh' | 'en';

export const LOCALES: readonly Locale[] = ['zh', 'en'];

const STORAGE_KEY = 'orgcanvas.locale';

/** The remembered choice, else the browser's language: Chinese for any zh-*, English otherwise. */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | null,
  languages: readonly string[],
): Locale {
  const saved = storage?.getItem(STORAGE_KEY);
  if (saved === 'zh' || saved === 'en') return saved;
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh';
}

export function rememberLocale(storage: Pick<Storage, 'setItem'> | null, locale: Locale): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the choice simply is not remembered.
  }
}
