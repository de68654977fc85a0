/**
 * Everything the search page shows, for both languages: the parameters read from the URL, then
 * results (with ways on when there are none), or why there are none (bad parameters → 400,
 * search engine down → 503). Server only: it asks the runtime for the catalogue and Meilisearch.
 */
import type { Locale } from '../i18n/locales.ts';
import type { SiteRuntime } from '../site-runtime.ts';
import { groupLabels } from './group-labels.ts';
import { SearchUnavailableError } from './meili-http.server.ts';
import { type ParamError, parseSearchParams, SEARCH_LIMITS, type SearchParams } from './params.ts';
import type { GroupLabel, SearchResult } from './response.ts';
import { searchProducts, zeroResultsHelp } from './run-search.server.ts';
import type { ZeroResultsHelp } from './zero-results.ts';

/** Request header of the search element: answer with the results region only. */
export const FRAGMENT_HEADER = 'x-ocop-fragment';

export type SearchPageState =
  | { kind: 'results'; result: SearchResult; help: ZeroResultsHelp | undefined }
  | { kind: 'unavailable' }
  | { kind: 'invalid'; errors: ParamError[] };

export interface SearchPageModel {
  locale: Locale;
  status: 200 | 400 | 503;
  /** What the form shows: the parsed parameters, or the defaults with the typed text when they were bad. */
  params: SearchParams;
  state: SearchPageState;
  groups: GroupLabel[];
  fragment: boolean;
}

export async function loadSearchPage(
  url: URL,
  request: Request,
  locale: Locale,
  runtime: Pick<SiteRuntime, 'catalogue' | 'searchConnection' | 'today' | 'log'>,
): Promise<SearchPageModel> {
  const groups = groupLabels(await runtime.catalogue());
  const fragment = request.headers.get(FRAGMENT_HEADER) === 'results';
  const base = { locale, groups, fragment };
  // The page's language decides, whatever `locale` says: it is part of the API, not of the page URL.
  const query = new URLSearchParams(url.searchParams);
  query.delete('locale');
  const parsed = parseSearchParams(query, { groups: groups.map((g) => g.id), fallbackLocale: locale });
  if (!parsed.ok) {
    const params: SearchParams = {
      q: (query.get('q') ?? '').slice(0, SEARCH_LIMITS.queryLength),
      status: 'all',
      sort: 'relevance',
      page: 1,
      hitsPerPage: SEARCH_LIMITS.hitsPerPage,
      locale,
    };
    return { ...base, status: 400, params, state: { kind: 'invalid', errors: parsed.errors } };
  }
  const { params } = parsed;
  const connection = runtime.searchConnection();
  const today = runtime.today();
  try {
    const result = await searchProducts(params, connection, groups, today);
    const help = result.totalHits === 0 ? await zeroResultsHelp(params, connection, today) : undefined;
    return { ...base, status: 200, params, state: { kind: 'results', result, help } };
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    runtime.log(`search unavailable: ${error.message}`);
    return { ...base, status: 503, params, state: { kind: 'unavailable' } };
  }
}
