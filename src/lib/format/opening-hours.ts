import { parseOpeningHours, type Weekday, weekdays } from '../content/schemas/opening-hours.ts';
import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';

// 1 January 2024 was a Monday: day i of the week is 1 + i January.
const dayNames = (locale: Locale) => {
  const format = new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', timeZone: 'UTC' });
  const names = weekdays.map((_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
  return new Map<Weekday, string>(weekdays.map((day, i) => [day, names[i] ?? day]));
};
const names: Record<Locale, Map<Weekday, string>> = { vi: dayNames('vi'), en: dayNames('en') };

const time = (hhmm: string) => hhmm.replace(/^0/, '');

/**
 * Opening hours as a shopper reads them: "Thứ Hai – Chủ Nhật 7:30–17:30" or
 * "Monday – Friday 7:30–17:00; Saturday 8:00–12:00". Content checked them, so every span parses.
 */
export function formatOpeningHours(spans: readonly string[], locale: Locale): string {
  return spans
    .flatMap((span) => {
      const hours = parseOpeningHours(span);
      if (!hours) return [];
      const from = names[locale].get(hours.from);
      const days = hours.to === hours.from ? from : `${from} – ${names[locale].get(hours.to)}`;
      return [`${days} ${time(hours.opens)}–${time(hours.closes)}`];
    })
    .join('; ');
}
