import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

// Built once, like the other formatters: creating Intl objects on every call is slow.
const regionNames: Record<Locale, Intl.DisplayNames> = {
  vi: new Intl.DisplayNames([intlLocale.vi], { type: 'region', fallback: 'code' }),
  en: new Intl.DisplayNames([intlLocale.en], { type: 'region', fallback: 'code' }),
};

/** Country name from an ISO 3166 code (export markets): CZ → "Séc" / "Czechia". */
export const countryName = (code: string, locale: Locale): string => regionNames[locale].of(code) ?? code;
