import { useI18n } from './I18nProvider';

/** The header's language switch: two pressed-state buttons, labelled in their own language. */
export function LocaleSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('locale.switch')} data-testid="locale-switch">
      <button type="button" aria-pressed={locale === 'zh'} lang="zh-CN" onClick={() => setLocale('zh')}>
        中文
      </button>
      <button type="button" aria-pressed={locale === 'en'} lang="en" onClick={() => setLocale('en')}>
        EN
      </button>
    </div>
  );
}
