import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

// Content dates are calendar days: read and print them in UTC so no time zone shifts the day.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Built once: an Intl formatter takes tens of microseconds to create, and every page formats dates.
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat(intlLocale.vi, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat(intlLocale.en, { dateStyle: 'long', timeZone: 'UTC' }),
};
const dateFormat = (locale: Locale) => dateFormats[locale];

const monthLabels = (locale: string, month: 'long' | 'short') => {
  const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
};
const monthNames: Record<Locale, string[]> = {
  vi: monthLabels(intlLocale.vi, 'long').map((name) => name.toLowerCase()),
  en: monthLabels(intlLocale.en, 'long'),
};
const shortMonthsEn = monthLabels('en-GB', 'short');

/** 30/6/2021 (vi) or 30 June 2021 (en). */
export const formatDate = (iso: string, locale: Locale): string => dateFormat(locale).format(day(iso));

/** 10/12/2026 – 14/12/2026 (vi) or 10–14 December 2026 (en); one date when start and end agree. */
export const formatDateRange = (start: string, end: string, locale: Locale): string =>
  start === end ? formatDate(start, locale) : dateFormat(locale).formatRange(day(start), day(end));

/** Name of a month (1–12): "tháng 9" or "September". */
export const monthName = (month: number, locale: Locale): string =>
  monthNames[locale][month - 1] ?? String(month);

/** When facts were last confirmed, to the month: "xác nhận tháng 3/2026" or "confirmed March 2026". */
export function formatConfirmedOn(iso: string, locale: Locale): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return locale === 'vi' ? `xác nhận tháng ${month}/${year}` : `confirmed ${monthName(month, 'en')} ${year}`;
}

/** Short month label for compact calendars: "T9" or "Sep". */
export const monthShort = (month: number, locale: Locale): string =>
  locale === 'vi' ? `T${month}` : (shortMonthsEn[month - 1] ?? String(month));
