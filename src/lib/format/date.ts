import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

// Content dates are calendar days: read and print them in UTC so no time zone shifts the day.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(
    intlLocale[locale],
    locale === 'vi'
      ? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' },
  );

/** 30/6/2021 (vi) or 30 June 2021 (en). */
export const formatDate = (iso: string, locale: Locale): string => dateFormat(locale).format(day(iso));

/** 10/12/2026 – 14/12/2026 (vi) or 10–14 December 2026 (en); one date when start and end agree. */
export const formatDateRange = (start: string, end: string, locale: Locale): string =>
  start === end ? formatDate(start, locale) : dateFormat(locale).formatRange(day(start), day(end));

/** Name of a month (1–12): "tháng 9" or "September". */
export const monthName = (month: number, locale: Locale): string => {
  const name = new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
  return locale === 'vi' ? name.toLowerCase() : name;
};

/** Short month label for compact calendars: "T9" or "Sep". */
export const monthShort = (month: number, locale: Locale): string =>
  locale === 'vi'
    ? `T${month}`
    : new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2000, month - 1, 1)),
      );
