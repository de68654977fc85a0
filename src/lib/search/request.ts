/**
 * The one Meilisearch request behind a search: a federated multi-search of the query as typed
 * (accent-insensitive, synonyms, typos) and, when the query has accents, the same query in
 * Telex against the Telex keys only, weighted up so exactly accented matches rank first.
 * Federation merges both into one ranked, de-duplicated list with one set of facet counts.
 */

import type { FilterParam, SearchParams } from './params.ts';
import { facetAttributes, SEARCH_INDEX } from './settings.ts';
import { normalizeQuery, telexQuery } from './vietnamese.ts';

/**
 * Weight of the exact-accent query. Ranking scores are at most 1, so with 10 every exactly
 * accented match (scoring above 0.1 in the Telex keys) ranks before every other match.
 */
export const EXACT_ACCENT_WEIGHT = 10;

/** What a result shows; everything else stays in Meilisearch. */
const retrieved = [
  'slug',
  'name',
  'producer',
  'producerSlug',
  'group',
  'groupName',
  'subGroupName',
  'district',
  'districtName',
  'commune',
  'stars',
  'status',
  'price',
  'thumbnail',
];

export interface MultiSearchQuery {
  indexUid: string;
  q: string;
  filter: string[];
  sort?: string[];
  locales: string[];
  attributesToRetrieve: string[];
  attributesToSearchOn?: string[];
  matchingStrategy: 'all';
  federationOptions?: { weight: number };
}

export interface MultiSearchBody {
  federation: {
    limit: number;
    offset: number;
    facetsByIndex: Record<string, string[]>;
    mergeFacets: Record<string, never>;
  };
  queries: MultiSearchQuery[];
}

const sorts: Record<SearchParams['sort'], string[] | undefined> = {
  relevance: undefined,
  stars: ['stars:desc'],
  price: ['priceMin:asc'],
};

/** Filter expressions; every value was checked against its allowed list before it gets here. */
export function filterExpressions(params: Pick<SearchParams, FilterParam>): string[] {
  const filters: string[] = [];
  if (params.group) filters.push(`${facetAttributes.group} = ${JSON.stringify(params.group)}`);
  if (params.stars) filters.push(`${facetAttributes.stars} = ${params.stars}`);
  if (params.district) filters.push(`${facetAttributes.district} = ${JSON.stringify(params.district)}`);
  if (params.type) filters.push(`${facetAttributes.type} = ${JSON.stringify(params.type)}`);
  if (params.status !== 'all') filters.push(`${facetAttributes.status} = ${JSON.stringify(params.status)}`);
  return filters;
}

export function buildSearchRequest(params: SearchParams): MultiSearchBody {
  const q = normalizeQuery(params.q);
  const filter = filterExpressions(params);
  const sort = sorts[params.sort];
  // English readers type English and Vietnamese names alike; Vietnamese readers type Vietnamese.
  const locales = params.locale === 'vi' ? ['vie'] : ['eng', 'vie'];
  const attributesToRetrieve = [...retrieved, params.locale === 'vi' ? 'story.vi' : 'story'];
  const base = {
    indexUid: SEARCH_INDEX,
    filter,
    locales,
    attributesToRetrieve,
    matchingStrategy: 'all' as const,
  };
  const queries: MultiSearchQuery[] = [{ ...base, q, ...(sort ? { sort } : {}) }];
  const exact = telexQuery(q);
  // A chosen sort order replaces relevance, so the boost would only cost time.
  if (exact && !sort) {
    queries.push({
      ...base,
      q: exact,
      attributesToSearchOn: ['accentKeys'],
      federationOptions: { weight: EXACT_ACCENT_WEIGHT },
    });
  }
  return {
    federation: {
      limit: params.hitsPerPage,
      offset: (params.page - 1) * params.hitsPerPage,
      facetsByIndex: { [SEARCH_INDEX]: Object.values(facetAttributes) },
      mergeFacets: {},
    },
    queries,
  };
}
