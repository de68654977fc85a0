/** A product search, from validated parameters to the result the API returns and the page renders. */
import { type MeiliConnection, meiliPost, SearchUnavailableError } from './meili-http.server.ts';
import type { SearchParams } from './params.ts';
import { buildSearchRequest } from './request.ts';
import { type FederatedResponse, type GroupLabel, type SearchResult, toSearchResult } from './response.ts';
import {
  buildZeroResultsRequest,
  relaxations,
  toZeroResultsHelp,
  type ZeroResultsHelp,
} from './zero-results.ts';

export async function searchProducts(
  params: SearchParams,
  connection: MeiliConnection | undefined,
  groups: readonly GroupLabel[],
): Promise<SearchResult> {
  if (!connection) throw new SearchUnavailableError('MEILI_HOST is not set');
  const response = await meiliPost<FederatedResponse>(connection, 'multi-search', buildSearchRequest(params));
  return toSearchResult(response, params, groups);
}

/** Counted ways on after an empty search; undefined if they cannot be asked (they are optional). */
export async function zeroResultsHelp(
  params: SearchParams,
  connection: MeiliConnection | undefined,
): Promise<ZeroResultsHelp | undefined> {
  if (!connection) return undefined;
  const variants = relaxations(params);
  try {
    const response = await meiliPost<Parameters<typeof toZeroResultsHelp>[0]>(
      connection,
      'multi-search',
      buildZeroResultsRequest(params, variants),
    );
    return toZeroResultsHelp(response, variants);
  } catch (error) {
    if (error instanceof SearchUnavailableError) return undefined;
    throw error;
  }
}
