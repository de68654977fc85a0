/**
 * A way on when a search finds nothing: the same words with one filter (or all) removed, fewer
 * words, and the groups with the most products, each with its count, so no link leads to another
 * empty page. Asked in one multi-search, and only after a search came back empty.
 */
import { type FilterParam, filterParams, type SearchParams } from './params.ts';
import { filterExpressions } from './request.ts';
import { facetAttributes, SEARCH_INDEX } from './settings.ts';
import { normalizeQuery, words } from './vietnamese.ts';

export type Relaxation =
  | { kind: 'withoutFilter'; param: FilterParam; params: SearchParams }
  | { kind: 'withoutFilters'; params: SearchParams }
  | { kind: 'fewerWords'; params: SearchParams };

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
  const queryWords = words(params.q);
  for (let n = queryWords.length - 1; n >= 1; n--) {
    variants.push({ kind: 'fewerWords', params: { ...base, q: queryWords.slice(0, n).join(' ') } });
  }
  return variants;
}

const countQuery = (params: SearchParams) => ({
  indexUid: SEARCH_INDEX,
  q: normalizeQuery(params.q),
  filter: filterExpressions(params),
  locales: params.locale === 'vi' ? ['vie'] : ['eng', 'vie'],
  matchingStrategy: 'all' as const,
  // Page mode counts exhaustively; no hits are needed, only the count.
  page: 1,
  hitsPerPage: 0,
});

export function buildZeroResultsRequest(params: SearchParams, variants: readonly Relaxation[]) {
  return {
    queries: [
      ...variants.map((v) => countQuery(v.params)),
      { ...countQuery({ ...params, ...noFilters, status: 'valid', q: '' }), facets: [facetAttributes.group] },
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
  // Only the longest shortening that finds something: the shorter ones would say less.
  const fewer = counted.find((c) => c.relaxation.kind === 'fewerWords' && c.count > 0);
  const groups = response.results.at(-1)?.facetDistribution?.[facetAttributes.group] ?? {};
  return {
    relaxations: counted.filter((c) => c.count > 0 && (c.relaxation.kind !== 'fewerWords' || c === fewer)),
    popularGroups: Object.entries(groups)
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, popularLimit),
  };
}
