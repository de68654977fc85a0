/** Ways on after an empty search (src/lib/search/zero-results.ts). */
import { describe, expect, it } from 'vitest';
import { SEARCH_LIMITS, type SearchParams } from '../../src/lib/search/params.ts';
import {
  buildZeroResultsRequest,
  relaxations,
  toZeroResultsHelp,
} from '../../src/lib/search/zero-results.ts';

const params = (overrides: Partial<SearchParams> = {}): SearchParams => ({
  q: '',
  status: 'expired',
  sort: 'relevance',
  page: 4,
  hitsPerPage: SEARCH_LIMITS.hitsPerPage,
  locale: 'vi',
  ...overrides,
});

describe('relaxations', () => {
  it('drops each chosen filter, then all of them, always on page 1', () => {
    const variants = relaxations(params({ q: 'mật ong rừng', group: 'thuc-pham', stars: 5 }));
    expect(variants.map((v) => v.kind)).toEqual([
      'withoutFilter',
      'withoutFilter',
      'withoutFilter',
      'withoutFilters',
    ]);
    expect(variants[0]?.params).toMatchObject({ group: undefined, stars: 5, status: 'expired', page: 1 });
    expect(variants[2]?.params).toMatchObject({ group: 'thuc-pham', stars: 5, status: 'all' });
    expect(variants[3]?.params).toMatchObject({ group: undefined, stars: undefined, status: 'all' });
  });

  it('has nothing to relax for one word over all statuses', () => {
    expect(relaxations(params({ q: 'xyz', status: 'all' }))).toEqual([]);
  });
});

describe('zero results help', () => {
  it('counts every variant and the groups in one request', () => {
    const variants = relaxations(params({ q: 'mật xyz', district: 'na-ri' }));
    const { queries } = buildZeroResultsRequest(
      params({ q: 'mật xyz', district: 'na-ri' }),
      variants,
      '2026-11-28',
    );
    expect(queries).toHaveLength(variants.length + 1);
    expect(queries.every((q) => q.hitsPerPage === 0 && q.matchingStrategy === 'all')).toBe(true);
    expect(queries[0]?.filter).toEqual(['expiryDay <= 20261128 AND NOT revocationDay <= 20261128']);
    // Every product, whatever its status, as the home page counts them.
    expect(queries.at(-1)).toMatchObject({ q: '', facets: ['group'], filter: [] });
  });

  it('keeps the variants that find something, and the biggest groups first', () => {
    const variants = relaxations(params({ q: 'a b c', district: 'na-ri' }));
    // withoutFilter district, withoutFilter status, withoutFilters, groups
    const help = toZeroResultsHelp(
      {
        results: [
          { totalHits: 0 },
          { totalHits: 2 },
          { totalHits: 3 },
          { facetDistribution: { group: { 'do-uong': 3, 'thuc-pham': 40, 'du-lich': 1 } } },
        ],
      },
      variants,
      2,
    );
    expect(help.relaxations.map((r) => [r.relaxation.kind, r.count])).toEqual([
      ['withoutFilter', 2],
      ['withoutFilters', 3],
    ]);
    expect(help.popularGroups).toEqual([
      { id: 'thuc-pham', count: 40 },
      { id: 'do-uong', count: 3 },
    ]);
  });
});
