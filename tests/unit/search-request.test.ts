/** The Meilisearch request behind a search (src/lib/search/request.ts). */
import { describe, expect, it } from 'vitest';
import { SEARCH_LIMITS, type SearchParams } from '../../src/lib/search/params.ts';
import { buildSearchRequest, EXACT_ACCENT_WEIGHT, filterExpressions } from '../../src/lib/search/request.ts';
import { SEARCH_INDEX } from '../../src/lib/search/settings.ts';

const params = (overrides: Partial<SearchParams> = {}): SearchParams => ({
  q: '',
  status: 'valid',
  sort: 'relevance',
  page: 1,
  hitsPerPage: SEARCH_LIMITS.hitsPerPage,
  locale: 'vi',
  ...overrides,
});

describe('buildSearchRequest', () => {
  it('asks one federated search with facets, paged by offset', () => {
    const body = buildSearchRequest(params({ q: 'mat ong', page: 3, hitsPerPage: 10 }));
    expect(body.federation).toMatchObject({
      limit: 10,
      offset: 20,
      facetsByIndex: { [SEARCH_INDEX]: expect.any(Array) },
    });
    expect(body.queries).toHaveLength(1);
    expect(body.queries[0]).toMatchObject({
      indexUid: SEARCH_INDEX,
      q: 'mat ong',
      matchingStrategy: 'all',
      locales: ['vie'],
    });
  });

  it('adds the exact-accent query, weighted up, when the query has accents', () => {
    const body = buildSearchRequest(params({ q: 'Mật ong' }));
    expect(body.queries).toHaveLength(2);
    expect(body.queries[1]).toMatchObject({
      q: 'maajt ong',
      attributesToSearchOn: ['accentKeys'],
      federationOptions: { weight: EXACT_ACCENT_WEIGHT },
    });
    expect(body.queries[1]?.filter).toEqual(body.queries[0]?.filter);
  });

  it('drops the boost when the reader sorts by something else than relevance', () => {
    const body = buildSearchRequest(params({ q: 'mật ong', sort: 'price' }));
    expect(body.queries).toHaveLength(1);
    expect(body.queries[0]?.sort).toEqual(['priceMin:asc']);
  });

  it('searches English and Vietnamese on the English page', () => {
    expect(buildSearchRequest(params({ locale: 'en' })).queries[0]?.locales).toEqual(['eng', 'vie']);
  });
});

describe('filterExpressions', () => {
  it('filters valid certificates by default and nothing else', () => {
    expect(filterExpressions(params())).toEqual(['status = "valid"']);
    expect(filterExpressions(params({ status: 'all' }))).toEqual([]);
  });

  it('writes every chosen facet as an equality', () => {
    expect(
      filterExpressions(
        params({ group: 'do-uong', stars: 4, district: 'na-ri', type: 'hop-tac-xa', status: 'expired' }),
      ),
    ).toEqual([
      'group = "do-uong"',
      'stars = 4',
      'district = "na-ri"',
      'producerType = "hop-tac-xa"',
      'status = "expired"',
    ]);
  });
});
