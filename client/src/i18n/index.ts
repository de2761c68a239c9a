export { I18nProvider, useI18n } from './I18nProvider';
export { LocaleSwitch } from './LocaleSwitch';
export type { Locale } from './locale';
export { type MessageKey, translate } from './strings';
