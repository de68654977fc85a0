/**
 * The server's sense of time. The day is Vietnam's calendar day, or OCOP_TODAY: tests and
 * acceptance checks set it to cross an expiry date without waiting. Instants stay real (a
 * session still lasts twelve hours), shifted by whole days when OCOP_TODAY is set so that
 * records written "today" carry that day.
 */
import { vietnamDay } from '../lib/calendar.ts';

export interface Clock {
  /** YYYY-MM-DD */
  today(): string;
  now(): Date;
}

export function createClock(fixedDay: string | undefined): Clock {
  if (!fixedDay) return { today: () => vietnamDay(new Date()), now: () => new Date() };
  // Whole days between the real day and OCOP_TODAY, fixed at start: time still passes normally.
  const offset = Date.parse(fixedDay) - Date.parse(vietnamDay(new Date()));
  const now = () => new Date(Date.now() + offset);
  return { today: () => vietnamDay(now()), now };
}
