import type { EventEntry } from './catalogue.ts';

/** Fairs still to come (or running today), soonest first, and past fairs, latest first. */
export function splitFairs(events: readonly EventEntry[], today: string) {
  const upcoming = events
    .filter((e) => e.data.end >= today)
    .sort((a, b) => a.data.start.localeCompare(b.data.start));
  const past = events
    .filter((e) => e.data.end < today)
    .sort((a, b) => b.data.start.localeCompare(a.data.start));
  return { upcoming, past };
}
