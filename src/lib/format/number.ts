import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';
import { unitLabel } from './unit.ts';

/** 12.000 in Vietnamese, 12,000 in English; decimals as given (91,14 / 91.14). */
export const formatNumber = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(value);

/** An amount with its unit: "300 t", "1.000 kg", "2 chai" / "2 bottles". */
export const formatQuantity = (quantity: { amount: number; unit: string }, locale: Locale): string =>
  `${formatNumber(quantity.amount, locale)} ${unitLabel(quantity.unit, quantity.amount, locale)}`;
