import { z } from 'astro/zod';

/** Days as schema.org's openingHours writes them, Monday first. */
export const weekdays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof weekdays)[number];

export interface OpeningHours {
  from: Weekday;
  to: Weekday;
  /** HH:MM on the 24-hour clock; closes may be 24:00. */
  opens: string;
  closes: string;
}

const day = weekdays.join('|');
const pattern = new RegExp(
  `^(?<from>${day})(?:-(?<to>${day}))? (?<opens>(?:[01]\\d|2[0-3]):[0-5]\\d)-(?<closes>(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$`,
);

/** "Mo-Fr 07:30-17:00" as days and times; undefined when it is not that shape or runs backwards. */
export function parseOpeningHours(text: string): OpeningHours | undefined {
  const groups = pattern.exec(text)?.groups;
  if (!groups) return undefined;
  const from = groups.from as Weekday;
  const to = (groups.to ?? from) as Weekday;
  const { opens = '', closes = '' } = groups;
  if (weekdays.indexOf(to) < weekdays.indexOf(from) || closes <= opens) return undefined;
  return { from, to, opens, closes };
}

/** One span of opening hours in schema.org's notation: days, then times, on the 24-hour clock. */
export const openingHours = z.string().refine((text) => parseOpeningHours(text) !== undefined, {
  error: (issue) =>
    `openingHours "${String(issue.input)}": write days and hours like "Mo-Fr 07:30-17:00" or "Sa 08:00-12:00" (days Mo Tu We Th Fr Sa Su, Monday first; closing after opening)`,
});
