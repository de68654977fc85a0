import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

// Built once: an Intl formatter takes tens of microseconds to create, and every product card shows a price.
const vnd = (locale: Locale) =>
  new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const vndFormats: Record<Locale, Intl.NumberFormat> = { vi: vnd('vi'), en: vnd('en') };

/** Vietnamese đồng, no decimals: "60.000 ₫" (vi) or "₫60,000" (en). */
export const formatVnd = (amount: number, locale: Locale): string => vndFormats[locale].format(amount);

/** A price band; a single price when both ends are equal. */
export const formatPriceRange = (min: number, max: number, locale: Locale): string =>
  min === max ? formatVnd(min, locale) : `${formatVnd(min, locale)} – ${formatVnd(max, locale)}`;
