/**
 * The Meilisearch requests behind a search. Results: a federated multi-search of the query as
 * typed (accent-insensitive, synonyms, typos) and, when the query has accents, the same query in
 * Telex against the Telex keys only, weighted up so exactly accented matches rank first;
 * federation merges both into one ranked, de-duplicated list with one set of facet counts.
 * Status counts: one counting query per status, by dates, sent alongside.
 */

import { type CertificateStatus, certificateStatuses } from '../content/certificate-status.ts';
import { currentFilter, statusFilter } from './certificate-days.ts';
import type { FilterParam, SearchParams } from './params.ts';
import { facetAttributes, identitySearchOn, SEARCH_INDEX } from './settings.ts';
import { normalizeQuery, telexQuery } from './vietnamese.ts';

/**
 * Weight of the exact-accent query. Ranking scores are at most 1, so with 10 every exactly
 * accented match (scoring above 0.1 in the Telex keys) ranks before every other match.
 */
export const EXACT_ACCENT_WEIGHT = 10;

/**
 * Where the words are looked for, and how many must match. Exact: every word, in what a product
 * is (settings.ts). Close matches (close-matches.ts): as many words as the best match has, in what
 * a product is or, failing that, in what it mentions.
 */
export interface MatchPlan {
  attributes: 'identity' | 'everything';
  /** Keep only the hits that match as many words as the best one (a ranking score threshold). */
  close?: { threshold: number };
}

export const EXACT_MATCH: MatchPlan = { attributes: 'identity' };

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
  'expiryDay',
  'revocationDay',
  'price',
  'thumbnail',
];

/** How a query matches: its words, where, and how many of them. */
export interface MatchOptions {
  q: string;
  locales: string[];
  /** Absent: every searchable attribute. */
  attributesToSearchOn?: string[];
  matchingStrategy: 'all' | 'frequency';
  rankingScoreThreshold?: number;
}

export interface MultiSearchQuery extends MatchOptions {
  indexUid: string;
  filter: string[];
  sort?: string[];
  attributesToRetrieve: string[];
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

/** A query that only counts: per star rating, so the counts are exact (totalHits stops at maxTotalHits). */
export interface CountQuery extends MatchOptions {
  indexUid: string;
  filter: string[];
  limit: 0;
  facets: string[];
}

const sorts: Record<SearchParams['sort'], string[] | undefined> = {
  relevance: undefined,
  stars: ['stars:desc'],
  price: ['priceMin:asc'],
};

export function matchOptions(params: Pick<SearchParams, 'q' | 'locale'>, plan: MatchPlan): MatchOptions {
  return {
    q: normalizeQuery(params.q),
    // English readers type English and Vietnamese names alike; Vietnamese readers type Vietnamese.
    locales: params.locale === 'vi' ? ['vie'] : ['eng', 'vie'],
    ...(plan.attributes === 'identity' ? { attributesToSearchOn: [...identitySearchOn] } : {}),
    matchingStrategy: plan.close ? 'frequency' : 'all',
    ...(plan.close ? { rankingScoreThreshold: plan.close.threshold } : {}),
  };
}

/**
 * Filter expressions for `today`; every value was checked against its allowed list before it gets
 * here. A star rating is a current certificate's: a lapsed certificate's stars no longer count.
 */
export function filterExpressions(params: Pick<SearchParams, FilterParam>, today: string): string[] {
  const filters: string[] = [];
  if (params.group) filters.push(`${facetAttributes.group} = ${JSON.stringify(params.group)}`);
  if (params.stars) filters.push(`${facetAttributes.stars} = ${params.stars}`, currentFilter(today));
  if (params.district) filters.push(`${facetAttributes.district} = ${JSON.stringify(params.district)}`);
  if (params.type) filters.push(`${facetAttributes.type} = ${JSON.stringify(params.type)}`);
  if (params.status !== 'all') filters.push(statusFilter(params.status, today));
  return filters;
}

/** Facets counted over the results as they are; stars and status are counted by dates (counts request). */
const resultFacets = [facetAttributes.group, facetAttributes.district, facetAttributes.type];

export function buildSearchRequest(params: SearchParams, today: string, plan = EXACT_MATCH): MultiSearchBody {
  const match = matchOptions(params, plan);
  const sort = sorts[params.sort];
  const base = {
    indexUid: SEARCH_INDEX,
    filter: filterExpressions(params, today),
    attributesToRetrieve: [...retrieved, params.locale === 'vi' ? 'story.vi' : 'story'],
  };
  const queries: MultiSearchQuery[] = [{ ...base, ...match, ...(sort ? { sort } : {}) }];
  const exact = telexQuery(match.q);
  // A chosen sort order replaces relevance, so the boost would only cost time. Close matches go
  // without it: "frequency" drops the words commonest in the fields searched, which differ between
  // the two queries, so their union would not be the products the counts request counts.
  if (exact && !sort && !plan.close) {
    queries.push({
      ...base,
      ...match,
      q: exact,
      attributesToSearchOn: ['accentKeys'],
      federationOptions: { weight: EXACT_ACCENT_WEIGHT },
    });
  }
  return {
    federation: {
      limit: params.hitsPerPage,
      offset: (params.page - 1) * params.hitsPerPage,
      facetsByIndex: { [SEARCH_INDEX]: resultFacets },
      mergeFacets: {},
    },
    queries,
  };
}

/**
 * The same search counted once per status on `today`, whatever status the reader chose (so the
 * status facet shows what the other choices hold), each with its star ratings.
 */
export function buildCountsRequest(
  params: SearchParams,
  today: string,
  plan = EXACT_MATCH,
): { queries: CountQuery[] } {
  const match = matchOptions(params, plan);
  const others = filterExpressions({ ...params, status: 'all' }, today);
  return {
    queries: certificateStatuses.map((status: CertificateStatus) => ({
      indexUid: SEARCH_INDEX,
      ...match,
      filter: [...others, statusFilter(status, today)],
      limit: 0,
      facets: [facetAttributes.stars],
    })),
  };
}

/** The two requests behind a search, sent together: the results, and their counts per status. */
export const searchRequests = (params: SearchParams, today: string, plan = EXACT_MATCH) => ({
  results: buildSearchRequest(params, today, plan),
  counts: buildCountsRequest(params, today, plan),
});
