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
  status: 'valid',
  sort: 'relevance',
  page: 4,
  hitsPerPage: SEARCH_LIMITS.hitsPerPage,
  locale: 'vi',
  ...overrides,
});

describe('relaxations', () => {
  it('drops each chosen filter, then all of them, then words from the end, always on page 1', () => {
    const variants = relaxations(params({ q: 'mật ong rừng', group: 'thuc-pham', stars: 5 }));
    expect(variants.map((v) => v.kind)).toEqual([
      'withoutFilter',
      'withoutFilter',
      'withoutFilter',
      'withoutFilters',
      'fewerWords',
      'fewerWords',
    ]);
    expect(variants[0]?.params).toMatchObject({ group: undefined, stars: 5, status: 'valid', page: 1 });
    expect(variants[2]?.params).toMatchObject({ group: 'thuc-pham', stars: 5, status: 'all' });
    expect(variants[3]?.params).toMatchObject({ group: undefined, stars: undefined, status: 'all' });
    expect(variants.slice(4).map((v) => v.params.q)).toEqual(['mật ong', 'mật']);
  });

  it('has nothing to relax for one word over all statuses', () => {
    expect(relaxations(params({ q: 'xyz', status: 'all' }))).toEqual([]);
  });
});

describe('zero results help', () => {
  it('counts every variant and the groups in one request', () => {
    const variants = relaxations(params({ q: 'mật xyz', district: 'na-ri' }));
    const { queries } = buildZeroResultsRequest(params({ q: 'mật xyz', district: 'na-ri' }), variants);
    expect(queries).toHaveLength(variants.length + 1);
    expect(queries.every((q) => q.hitsPerPage === 0)).toBe(true);
    expect(queries.at(-1)).toMatchObject({ q: '', facets: ['group'], filter: ['status = "valid"'] });
  });

  it('keeps the variants that find something, only the longest shortening, and the biggest groups first', () => {
    const variants = relaxations(params({ q: 'a b c', district: 'na-ri' }));
    // withoutFilter district, withoutFilter status, withoutFilters, "a b", "a", groups
    const help = toZeroResultsHelp(
      {
        results: [
          { totalHits: 0 },
          { totalHits: 2 },
          { totalHits: 3 },
          { totalHits: 4 },
          { totalHits: 9 },
          { facetDistribution: { group: { 'do-uong': 3, 'thuc-pham': 40, 'du-lich': 1 } } },
        ],
      },
      variants,
      2,
    );
    expect(help.relaxations.map((r) => [r.relaxation.kind, r.count])).toEqual([
      ['withoutFilter', 2],
      ['withoutFilters', 3],
      ['fewerWords', 4],
    ]);
    expect(help.popularGroups).toEqual([
      { id: 'thuc-pham', count: 40 },
      { id: 'do-uong', count: 3 },
    ]);
  });
});
