import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';
import { unitLabel } from './unit.ts';

// Built once: an Intl formatter takes tens of microseconds to create, and every page formats numbers.
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(intlLocale.vi, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(intlLocale.en, { maximumFractionDigits: 2 }),
};

/** 12.000 in Vietnamese, 12,000 in English; decimals as given (91,14 / 91.14). */
export const formatNumber = (value: number, locale: Locale): string => numberFormats[locale].format(value);

/** An amount with its unit: "300 t", "1.000 kg", "2 chai" / "2 bottles". */
export const formatQuantity = (quantity: { amount: number; unit: string }, locale: Locale): string =>
  `${formatNumber(quantity.amount, locale)} ${unitLabel(quantity.unit, quantity.amount, locale)}`;
