/**
 * The key the site's server queries with: search only, on the product index only. Created once
 * with a fixed uid (Meilisearch derives a key's value from its uid and the master key, so it
 * stays the same across restarts) and read back on every start.
 */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { SEARCH_INDEX } from '../../lib/search/settings.ts';

export const SITE_SEARCH_KEY_UID = '6f1c2b7e-3d4a-4e5f-9a8b-0c1d2e3f4a5b';

export async function ensureSearchKey(host: string, adminKey: string): Promise<string> {
  const client = new Meilisearch({ host, apiKey: adminKey });
  try {
    return (await client.getKey(SITE_SEARCH_KEY_UID)).key;
  } catch (error) {
    if (!(error instanceof MeilisearchApiError && error.response.status === 404)) throw error;
  }
  const created = await client.createKey({
    uid: SITE_SEARCH_KEY_UID,
    name: 'ocop-site-search',
    description: 'Queries of the OCOP site server: search only, product index only',
    actions: ['search'],
    indexes: [SEARCH_INDEX],
    expiresAt: null,
  });
  return created.key;
}
