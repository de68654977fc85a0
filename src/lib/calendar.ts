/** Calendar days as the site counts them: in Vietnam (UTC+7, no daylight saving), as YYYY-MM-DD. */

const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day it is in Vietnam at `instant` (en-CA formats as YYYY-MM-DD). */
export const vietnamDay = (instant: Date): string => vietnamDate.format(instant);
