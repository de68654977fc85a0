import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

const listFormats: Record<Locale, Intl.ListFormat> = {
  vi: new Intl.ListFormat(intlLocale.vi, { type: 'conjunction' }),
  en: new Intl.ListFormat(intlLocale.en, { type: 'conjunction' }),
};

/** "ảnh, câu chuyện và liên hệ" / "photos, story and contacts". */
export const formatList = (items: readonly string[], locale: Locale): string =>
  listFormats[locale].format(items);
