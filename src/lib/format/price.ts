import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

/** Vietnamese đồng, no decimals: "60.000 ₫" (vi) or "₫60,000" (en). */
export const formatVnd = (amount: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);

/** A price band; a single price when both ends are equal. */
export const formatPriceRange = (min: number, max: number, locale: Locale): string =>
  min === max ? formatVnd(min, locale) : `${formatVnd(min, locale)} – ${formatVnd(max, locale)}`;
