/**
 * Seeded randomness: every value the generator invents comes from a stream seeded by a stable
 * key (a slug), so re-running it gives the same files byte for byte.
 */
import { hash, type Random, seededRandom } from '../lib/random.ts';

export { hash, type Random };

/** A stream seeded from a key. */
export const random = (key: string): Random => seededRandom(hash(key));
