/** Shared helpers of the search tests: the run's Meilisearch, the built documents, and a search as the site does it. */
import { fileURLToPath } from 'node:url';
import { Meilisearch } from 'meilisearch';
import { inject } from 'vitest';
import { TODAY as SAMPLE_TODAY } from '../../scripts/sample-data/certificates.ts';
import { rankUpdates } from '../../src/lib/search/certificate-days.ts';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import { builtDocumentsPath, readDocuments } from '../../src/lib/search/documents-file.server.ts';
import type { MeiliConnection } from '../../src/lib/search/meili-http.server.ts';
import { SEARCH_LIMITS, type SearchParams } from '../../src/lib/search/params.ts';
import type { GroupLabel, SearchResult } from '../../src/lib/search/response.ts';
import { searchProducts } from '../../src/lib/search/run-search.server.ts';
import { reindex } from '../../src/server/search/index-sync.ts';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

export function meiliAdmin(): { host: string; apiKey: string; client: Meilisearch } {
  const { host, masterKey } = inject('meilisearch');
  return { host, apiKey: masterKey, client: new Meilisearch({ host, apiKey: masterKey }) };
}

export const meiliConnection = (): MeiliConnection => {
  const { host, apiKey } = meiliAdmin();
  return { host, apiKey };
};

/**
 * The day the search tests search on: the sample catalogue's own "today", whatever day the build
 * ran, so statuses and counts do not drift with the calendar.
 */
export const SEARCH_DAY = SAMPLE_TODAY;

/** The documents of the real sample catalogue, as the last `astro build` wrote them. */
export const builtDocuments = (): Promise<SearchDocument[]> => readDocuments(builtDocumentsPath(distDir));

/** The documents with their ranking brought to `day`, as the server's daily job does in the index. */
export function rankedOn(documents: readonly SearchDocument[], day: string): SearchDocument[] {
  const ranks = new Map(rankUpdates(documents, day).map((u) => [u.id, u.statusRank]));
  return documents.map((d) => ({ ...d, statusRank: ranks.get(d.id) ?? d.statusRank }));
}

/** Puts documents in the live index the site queries (a no-op when it already holds exactly these). */
export async function indexDocuments(documents: readonly SearchDocument[]) {
  const { host, apiKey } = meiliAdmin();
  return reindex({ host, apiKey, documents, log: () => {} });
}

/** Group labels as the site reads them from content/groups.json. */
export function groupLabels(documents: readonly SearchDocument[]): GroupLabel[] {
  const groups = new Map(documents.map((d) => [d.group, d.groupName]));
  return [...groups].map(([id, name]) => ({ id, name }));
}

export function params(overrides: Partial<SearchParams> = {}): SearchParams {
  return {
    q: '',
    status: 'all',
    sort: 'relevance',
    page: 1,
    hitsPerPage: SEARCH_LIMITS.hitsPerPage,
    locale: 'vi',
    ...overrides,
  };
}

/** A search exactly as the API runs it (same requests, same Meilisearch), on all statuses unless told. */
export function search(
  q: string,
  overrides: Partial<SearchParams> = {},
  groups: GroupLabel[] = [],
  day = SEARCH_DAY,
): Promise<SearchResult> {
  return searchProducts(params({ q, ...overrides }), meiliConnection(), groups, day);
}
