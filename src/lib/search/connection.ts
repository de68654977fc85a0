/**
 * Where the site's server finds Meilisearch, read at request time (scripts/start.ts or the dev
 * integration set it after starting Meilisearch, and may change it after a restart). Prefers the
 * search-only key: the site's queries need nothing more. Server only (astro:env/server).
 */
import { getSecret } from 'astro:env/server';
import type { MeiliConnection } from './meili-http.server.ts';

export function searchConnection(): MeiliConnection | undefined {
  const host = getSecret('MEILI_HOST');
  if (!host) return undefined;
  const apiKey = getSecret('MEILI_SEARCH_KEY') ?? getSecret('MEILI_ADMIN_KEY');
  return apiKey ? { host, apiKey } : { host };
}
