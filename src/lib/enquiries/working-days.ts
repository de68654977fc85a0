/**
 * Working time as producers keep it: Monday to Friday, on Vietnam's clock (UTC+7, no daylight
 * saving). Public holidays are not known here and count as working days (docs/enquiries.md).
 * Used for the reminder and escalation schedule and for the response figures.
 */

export const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Days since 1970-01-01 (a Thursday): Monday is 0 of (index + 3) mod 7. */
const isWorkingDay = (dayIndex: number) => (((dayIndex + 3) % 7) + 7) % 7 < 5;

/** Working milliseconds from the epoch to `instant`: five days a week, plus today's so far if today works. */
function workingMsSinceEpoch(instant: number): number {
  const local = instant + VIETNAM_OFFSET_MS;
  const days = Math.floor(local / DAY_MS);
  const weeks = Math.floor(days / 7);
  let ms = weeks * 5 * DAY_MS;
  for (let day = weeks * 7; day < days; day++) if (isWorkingDay(day)) ms += DAY_MS;
  if (isWorkingDay(days)) ms += local - days * DAY_MS;
  return ms;
}

/** Working time between two instants, in milliseconds (0 when `to` is not after `from`). */
export const workingMsBetween = (from: Date, to: Date): number =>
  Math.max(0, workingMsSinceEpoch(to.getTime()) - workingMsSinceEpoch(from.getTime()));

/** Whether at least `days` working days have passed from `from` to `to`. */
export const workingDaysPassed = (from: Date, to: Date, days: number): boolean =>
  workingMsBetween(from, to) >= days * DAY_MS;
