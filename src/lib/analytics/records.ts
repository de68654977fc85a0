/**
 * What the office's statistics store and show: counts per day, never a visitor. A row of fewer
 * than MIN_SHOWN is kept (it adds up with tomorrow's) but never shown, so a single visitor's
 * search or scan cannot be picked out.
 */

/** Counts of fewer than this are not shown. */
export const MIN_SHOWN = 3;
/** Rows are kept this long, then deleted by the retention job. */
export const RETENTION_MONTHS = 13;
/** The periods the admin page offers, in days up to today. */
export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

/** Searches of one query on one day (Vietnam's calendar day). */
export interface SearchCount {
  day: string;
  /** The folded query (search-query.ts). */
  query: string;
  /** The query as last typed, for display. */
  text: string;
  searches: number;
  /** Searches that found nothing, not even close matches. */
  empty: number;
  /** Searches after which a result was opened. */
  clicks: number;
}

/** Where a QR code was scanned from: a fair's kiosk or print, or a trade sheet. */
export interface ScanKey {
  /** The fair's slug; empty for material that belongs to no fair (a trade sheet). */
  fair: string;
  medium: string;
  product: string;
}

export interface ScanCount extends ScanKey {
  day: string;
  scans: number;
}

/** Totals over a period (days from…to, inclusive). */
export interface SearchTotal {
  query: string;
  text: string;
  searches: number;
  empty: number;
  clicks: number;
}

export interface ScanTotal extends ScanKey {
  scans: number;
}

export interface DayRange {
  from: string;
  to: string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The `days` calendar days up to and including `today`. */
export function periodRange(today: string, days: number): DayRange {
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - (days - 1));
  return { from: isoDay(from), to: today };
}

/** The first day still kept on `today`: rows of earlier days are deleted. */
export function retainedFrom(today: string): string {
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCMonth(from.getUTCMonth() - RETENTION_MONTHS);
  return isoDay(from);
}

/** The period a `days` parameter asks for; anything else is the middle one. */
export const parsePeriod = (value: string | null): Period =>
  PERIODS.find((days) => String(days) === value) ?? 30;
