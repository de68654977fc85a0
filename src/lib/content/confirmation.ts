/**
 * When facts confirmed with a producer (contacts, trade figures) are due for another check.
 * Pure functions of ISO calendar days (YYYY-MM-DD).
 */

/** Contacts and trade figures are checked again once their confirmation is older than this. */
export const CONFIRMATION_VALID_MONTHS = 12;

/** The same day `months` later; a day the later month lacks (29 February, 31st) becomes its last day. */
function monthsLater(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const later = new Date(Date.UTC(year, month - 1 + months, day));
  if (later.getUTCDate() !== day) later.setUTCDate(0);
  return later.toISOString().slice(0, 10);
}

/**
 * Whether a confirmation is older than 12 months on `today`: from the day after its first
 * anniversary (confirmed 2025-03-15: still current on 2026-03-15, due on 2026-03-16).
 */
export const confirmationDue = (confirmedOn: string, today: string): boolean =>
  today > monthsLater(confirmedOn, CONFIRMATION_VALID_MONTHS);

const vietnamDay = new Intl.DateTimeFormat('en', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam, where editors confirm facts and write the date down. */
export function vietnamToday(now = new Date()): string {
  const parts = Object.fromEntries(vietnamDay.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
