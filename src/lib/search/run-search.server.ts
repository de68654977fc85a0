/** A product search, from validated parameters to the result the API returns and the page renders. */

import { buildCloseProbeRequest, closeMatchPlan, type ProbeResponse } from './close-matches.ts';
import { type MeiliConnection, meiliPost, SearchUnavailableError } from './meili-http.server.ts';
import type { SearchParams } from './params.ts';
import { EXACT_MATCH, type MatchPlan, searchRequests } from './request.ts';
import {
  type CountsResponse,
  type FederatedResponse,
  type GroupLabel,
  type SearchResult,
  toSearchResult,
  totalHitsOf,
} from './response.ts';
import {
  buildZeroResultsRequest,
  relaxations,
  toZeroResultsHelp,
  type ZeroResultsHelp,
} from './zero-results.ts';

/** The results and the status counts of one plan. */
async function runPlan(
  connection: MeiliConnection,
  params: SearchParams,
  today: string,
  plan: MatchPlan,
): Promise<{ results: FederatedResponse; counts: CountsResponse }> {
  const requests = searchRequests(params, today, plan);
  const [results, counts] = await Promise.all([
    meiliPost<FederatedResponse>(connection, 'multi-search', requests.results),
    meiliPost<CountsResponse>(connection, 'multi-search', requests.counts),
  ]);
  return { results, counts };
}

/**
 * Searches on `today` (ISO date): statuses, status filters and counts are for that day. When no
 * product matches every word, the result holds the close matches instead (closeMatches: true).
 */
export async function searchProducts(
  params: SearchParams,
  connection: MeiliConnection | undefined,
  groups: readonly GroupLabel[],
  today: string,
): Promise<SearchResult> {
  if (!connection) throw new SearchUnavailableError('MEILI_HOST is not set');
  const context = { params, groups, today };
  const exact = await runPlan(connection, params, today, EXACT_MATCH);
  if (totalHitsOf(exact.results) > 0 || !params.q.trim()) {
    return toSearchResult(exact, { ...context, closeMatches: false });
  }
  const probe = await meiliPost<ProbeResponse>(
    connection,
    'multi-search',
    buildCloseProbeRequest(params, today),
  );
  const plan = closeMatchPlan(probe);
  if (!plan) return toSearchResult(exact, { ...context, closeMatches: false });
  return toSearchResult(await runPlan(connection, params, today, plan), { ...context, closeMatches: true });
}

/** Counted ways on after an empty search; undefined if they cannot be asked (they are optional). */
export async function zeroResultsHelp(
  params: SearchParams,
  connection: MeiliConnection | undefined,
  today: string,
): Promise<ZeroResultsHelp | undefined> {
  if (!connection) return undefined;
  const variants = relaxations(params);
  try {
    const response = await meiliPost<Parameters<typeof toZeroResultsHelp>[0]>(
      connection,
      'multi-search',
      buildZeroResultsRequest(params, variants, today),
    );
    return toZeroResultsHelp(response, variants);
  } catch (error) {
    if (error instanceof SearchUnavailableError) return undefined;
    throw error;
  }
}
