/**
 * The beacon the search page sends when a result is opened (POST paths.api.searchClick, body
 * `q=<query>` form-encoded): read the same way by the production server's fast path and the
 * Astro route `astro dev` uses.
 */
import { SEARCH_LIMITS } from '../search/params.ts';

/** A beacon body is one short query; anything longer is no beacon of ours. */
export const MAX_BEACON_BYTES = 1024;

export const beaconError = 'Expected q=<the search query> (form-encoded)';

/** The query the beacon names, or undefined when the body is not a beacon. */
export function clickedQuery(body: string): string | undefined {
  const query = new URLSearchParams(body).get('q');
  return query && query.length <= SEARCH_LIMITS.queryLength ? query : undefined;
}
