import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

/** Country name from an ISO 3166 code (export markets): CZ → "Séc" / "Czechia". */
export const countryName = (code: string, locale: Locale): string =>
  new Intl.DisplayNames([intlLocale[locale]], { type: 'region', fallback: 'code' }).of(code) ?? code;
