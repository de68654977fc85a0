/**
 * Illustrative "confirmed on" dates for contacts and trade figures: most confirmed within the
 * year before the dataset's day, about a quarter longer ago, so that some are due for a check.
 */
import { TODAY } from './certificates.ts';
import { random } from './random.ts';

const DAY_MS = 86_400_000;

/** A past day for `key`, stable across runs. */
export function confirmedOn(key: string): string {
  const rng = random(`confirmed:${key}`);
  const daysAgo = rng.chance(0.25) ? rng.int(370, 900) : rng.int(3, 350);
  return new Date(Date.parse(TODAY) - daysAgo * DAY_MS).toISOString().slice(0, 10);
}
