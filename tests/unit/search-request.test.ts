/** The Meilisearch requests behind a search (src/lib/search/request.ts, close-matches.ts). */
import { describe, expect, it } from 'vitest';
import { buildCloseProbeRequest, closeMatchPlan } from '../../src/lib/search/close-matches.ts';
import { SEARCH_LIMITS, type SearchParams } from '../../src/lib/search/params.ts';
import {
  buildCountsRequest,
  buildSearchRequest,
  EXACT_ACCENT_WEIGHT,
  filterExpressions,
} from '../../src/lib/search/request.ts';
import { identitySearchOn, SEARCH_INDEX } from '../../src/lib/search/settings.ts';

const TODAY = '2026-11-28';

const params = (overrides: Partial<SearchParams> = {}): SearchParams => ({
  q: '',
  status: 'all',
  sort: 'relevance',
  page: 1,
  hitsPerPage: SEARCH_LIMITS.hitsPerPage,
  locale: 'vi',
  ...overrides,
});

describe('buildSearchRequest', () => {
  it('asks one federated search with facets, paged by offset, every word in what products are', () => {
    const body = buildSearchRequest(params({ q: 'mat ong', page: 3, hitsPerPage: 10 }), TODAY);
    expect(body.federation).toMatchObject({
      limit: 10,
      offset: 20,
      facetsByIndex: { [SEARCH_INDEX]: ['group', 'district', 'producerType'] },
    });
    expect(body.queries).toHaveLength(1);
    expect(body.queries[0]).toMatchObject({
      indexUid: SEARCH_INDEX,
      q: 'mat ong',
      matchingStrategy: 'all',
      locales: ['vie'],
      attributesToSearchOn: [...identitySearchOn],
    });
    expect(body.queries[0]?.attributesToSearchOn).toEqual(expect.arrayContaining(['name.*', 'concepts.*']));
    expect(body.queries[0]?.attributesToSearchOn).not.toContain('story.*');
    expect(body.queries[0]?.attributesToSearchOn).not.toContain('subGroupName.*');
    expect(body.queries[0]).not.toHaveProperty('rankingScoreThreshold');
  });

  it('adds the exact-accent query, weighted up, when the query has accents', () => {
    const body = buildSearchRequest(params({ q: 'Mật ong' }), TODAY);
    expect(body.queries).toHaveLength(2);
    expect(body.queries[1]).toMatchObject({
      q: 'maajt ong',
      attributesToSearchOn: ['accentKeys'],
      federationOptions: { weight: EXACT_ACCENT_WEIGHT },
    });
    expect(body.queries[1]?.filter).toEqual(body.queries[0]?.filter);
  });

  it('drops the boost when the reader sorts by something else than relevance', () => {
    const body = buildSearchRequest(params({ q: 'mật ong', sort: 'price' }), TODAY);
    expect(body.queries).toHaveLength(1);
    expect(body.queries[0]?.sort).toEqual(['priceMin:asc']);
  });

  it('asks close matches as many words as the best one has, wherever the plan looks, without the boost', () => {
    const plan = { attributes: 'everything' as const, close: { threshold: 0.5 } };
    const body = buildSearchRequest(params({ q: 'mật ong ba bể' }), TODAY, plan);
    expect(body.queries).toHaveLength(1);
    expect(body.queries[0]).toMatchObject({ matchingStrategy: 'frequency', rankingScoreThreshold: 0.5 });
    // Everything searchable: no attribute list at all.
    expect(body.queries[0]).not.toHaveProperty('attributesToSearchOn');
  });

  it('searches English and Vietnamese on the English page', () => {
    expect(buildSearchRequest(params({ locale: 'en' }), TODAY).queries[0]?.locales).toEqual(['eng', 'vie']);
  });
});

describe('buildCountsRequest', () => {
  it('counts the same search once per status on the day, whatever status was chosen, by star rating', () => {
    const { queries } = buildCountsRequest(params({ q: 'trà', district: 'na-ri', status: 'expired' }), TODAY);
    expect(queries).toHaveLength(4);
    expect(queries.every((q) => q.limit === 0 && q.q === 'trà' && q.facets[0] === 'stars')).toBe(true);
    expect(queries.map((q) => q.filter)).toEqual([
      ['district = "na-ri"', 'expiryDay > 20270226 AND NOT revocationDay <= 20261128'],
      [
        'district = "na-ri"',
        'expiryDay > 20261128 AND expiryDay <= 20270226 AND NOT revocationDay <= 20261128',
      ],
      ['district = "na-ri"', 'expiryDay <= 20261128 AND NOT revocationDay <= 20261128'],
      ['district = "na-ri"', 'revocationDay <= 20261128'],
    ]);
  });
});

describe('filterExpressions', () => {
  it('filters nothing by default: every status is searched', () => {
    expect(filterExpressions(params(), TODAY)).toEqual([]);
  });

  it('writes every chosen facet as an equality and the status as dates; stars are current ones', () => {
    expect(
      filterExpressions(
        params({ group: 'do-uong', stars: 4, district: 'na-ri', type: 'hop-tac-xa', status: 'expiring' }),
        TODAY,
      ),
    ).toEqual([
      'group = "do-uong"',
      'stars = 4',
      'expiryDay > 20261128 AND NOT revocationDay <= 20261128',
      'district = "na-ri"',
      'producerType = "hop-tac-xa"',
      'expiryDay > 20261128 AND expiryDay <= 20270226 AND NOT revocationDay <= 20261128',
    ]);
  });
});

describe('close matches', () => {
  it('probes what products are, then what they mention, for the best partial match', () => {
    const { queries } = buildCloseProbeRequest(params({ q: 'mat ong ba be', district: 'ba-be' }), TODAY);
    expect(queries.map((q) => q.attributesToSearchOn)).toEqual([[...identitySearchOn], undefined]);
    expect(queries.every((q) => q.matchingStrategy === 'frequency' && q.limit === 1)).toBe(true);
    expect(queries.every((q) => q.showRankingScoreDetails && q.filter[0] === 'district = "ba-be"')).toBe(
      true,
    );
  });

  const probe = (...words: ([number, number] | undefined)[]) => ({
    results: words.map((w) =>
      w
        ? { hits: [{ _rankingScoreDetails: { words: { matchingWords: w[0], maxMatchingWords: w[1] } } }] }
        : { hits: [] },
    ),
  });

  it('keeps the products with as many words as the best match: scores above (k − 1)/n', () => {
    const plan = closeMatchPlan(probe([2, 4], [4, 4]));
    expect(plan?.attributes).toBe('identity');
    expect(plan?.close?.threshold).toBeCloseTo(0.25, 6);
    expect(plan?.close?.threshold).toBeGreaterThan(0.25);
  });

  it('looks in stories only when nothing is named by a word, and gives up when nothing matches', () => {
    expect(closeMatchPlan(probe(undefined, [1, 1]))).toEqual({
      attributes: 'everything',
      close: { threshold: expect.closeTo(0, 6) },
    });
    expect(closeMatchPlan(probe(undefined, undefined))).toBeUndefined();
  });
});
