import type { ResponseFigures } from '../enquiries/response-figures.ts';
import type { Locale } from '../i18n/locales.ts';
import { responseFigureText } from '../i18n/response-figures.ts';
import { intlLocale } from './intl.ts';
import { formatNumber } from './number.ts';

const HOUR_MS = 3_600_000;

/** 0.8 as "80%" (Vietnamese "80%" too), whole percents. */
export const formatShare = (share: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A duration as a person says it: minutes under an hour, hours under two days, else days. */
export function formatDuration(ms: number, locale: Locale): string {
  const text = responseFigureText[locale];
  if (ms < HOUR_MS) return text.minutes(formatNumber(Math.max(1, Math.round(ms / 60_000)), locale));
  if (ms < 48 * HOUR_MS) return text.hours(formatNumber(Math.round(ms / HOUR_MS), locale));
  return text.days(formatNumber(Math.round((ms / (24 * HOUR_MS)) * 10) / 10, locale));
}

/** The figures as the sentences a producer's page shows. */
export function describeResponseFigures(figures: ResponseFigures, locale: Locale): string[] {
  const text = responseFigureText[locale];
  if (!figures.enough) return [text.tooFew(figures.enquiries)];
  return [
    text.inTime(formatShare(figures.answeredInTime, locale)),
    figures.medianMs === null ? text.noAnswer : text.median(formatDuration(figures.medianMs, locale)),
    text.basis(figures.enquiries),
  ];
}
