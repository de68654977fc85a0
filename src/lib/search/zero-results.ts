/**
 * A way on when a search finds nothing, not even close matches (so no word of it matches within
 * the filters): the same words with one filter (or all) removed, and the groups with the most
 * products, each with its count, so no link leads to another empty page. Asked in one
 * multi-search, and only after a search came back empty.
 */
import { type FilterParam, filterParams, type SearchParams } from './params.ts';
import { EXACT_MATCH, filterExpressions, matchOptions } from './request.ts';
import { facetAttributes, SEARCH_INDEX } from './settings.ts';

export type Relaxation =
  | { kind: 'withoutFilter'; param: FilterParam; params: SearchParams }
  | { kind: 'withoutFilters'; params: SearchParams };

export interface CountedRelaxation {
  relaxation: Relaxation;
  count: number;
}

export interface GroupCount {
  id: string;
  count: number;
}

export interface ZeroResultsHelp {
  relaxations: CountedRelaxation[];
  popularGroups: GroupCount[];
}

const noFilters = {
  group: undefined,
  stars: undefined,
  district: undefined,
  type: undefined,
  status: 'all',
} as const;

const isActive = (params: SearchParams, param: FilterParam) =>
  param === 'status' ? params.status !== 'all' : params[param] !== undefined;

/** The variants worth counting, most specific first. */
export function relaxations(params: SearchParams): Relaxation[] {
  const base = { ...params, page: 1 };
  const active = filterParams.filter((param) => isActive(params, param));
  const variants: Relaxation[] = active.map((param) => ({
    kind: 'withoutFilter',
    param,
    params: { ...base, [param]: param === 'status' ? 'all' : undefined },
  }));
  if (active.length > 1) variants.push({ kind: 'withoutFilters', params: { ...base, ...noFilters } });
  return variants;
}

const countQuery = (params: SearchParams, today: string) => ({
  indexUid: SEARCH_INDEX,
  ...matchOptions(params, EXACT_MATCH),
  filter: filterExpressions(params, today),
  // Page mode counts exhaustively; no hits are needed, only the count.
  page: 1,
  hitsPerPage: 0,
});

export function buildZeroResultsRequest(
  params: SearchParams,
  variants: readonly Relaxation[],
  today: string,
) {
  return {
    queries: [
      ...variants.map((v) => countQuery(v.params, today)),
      // Every product, whatever its status, as the home page counts them.
      { ...countQuery({ ...params, ...noFilters, q: '' }, today), facets: [facetAttributes.group] },
    ],
  };
}

interface CountResult {
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

export function toZeroResultsHelp(
  response: { results: CountResult[] },
  variants: readonly Relaxation[],
  popularLimit = 6,
): ZeroResultsHelp {
  const counted = variants.map((relaxation, i) => ({
    relaxation,
    count: response.results[i]?.totalHits ?? 0,
  }));
  const groups = response.results.at(-1)?.facetDistribution?.[facetAttributes.group] ?? {};
  return {
    relaxations: counted.filter((c) => c.count > 0),
    popularGroups: Object.entries(groups)
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, popularLimit),
  };
}
