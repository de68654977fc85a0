/**
 * An iCalendar file (RFC 5545) for a fair: CRLF line endings, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, all-day dates with an exclusive DTEND.
 */

export interface CalendarEvent {
  /** Globally unique and stable across builds, so calendars update the event instead of adding one. */
  uid: string;
  /** When this calendar was produced (DTSTAMP). */
  stamp: Date;
  /** First and last day of the fair, ISO dates, both inclusive. */
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  url: string;
  /** Language of the text values (RFC 5646 tag). */
  language: string;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11). */
export const escapeText = (value: string): string =>
  value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** Content-line folding (§3.1): continuation lines start with one space, which counts in their 75 octets. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (iso: string) => iso.replaceAll('-', '');

/** The day after an ISO date: DTEND of an all-day event is exclusive. */
const nextDay = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function icsCalendar(event: CalendarEvent, productId: string): string {
  const lang = `;LANGUAGE=${event.language}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.end))}`,
    `SUMMARY${lang}:${escapeText(event.summary)}`,
    `LOCATION${lang}:${escapeText(event.location)}`,
    `DESCRIPTION${lang}:${escapeText(event.description)}`,
    `URL:${event.url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
