/**
 * Close matches, for a search in which no product matches every word: the products that match the
 * most words, looked for first in what products are (their names, concepts, places…) and only then
 * in what they mention (sub-group, story). "mat ong ba be" finds no honey from Ba Bể, so it shows
 * the honey that "mat ong" names, not the buffalo jerky whose sub-group mentions honey.
 *
 * One probe per place asks Meilisearch for its best partial match (matchingStrategy "frequency"
 * drops the commonest words first); how many words that match has sets a ranking score threshold
 * that keeps exactly the products matching as many words, pages and facet counts included.
 */

import type { SearchParams } from './params.ts';
import { filterExpressions, type MatchPlan, matchOptions } from './request.ts';
import { SEARCH_INDEX } from './settings.ts';

/** Where to look, in order: a match in what a product is wins over any match in what it mentions. */
const places: MatchPlan['attributes'][] = ['identity', 'everything'];

/**
 * Ranking scores are words first: a hit matching k of n words scores in ((k-1)/n, k/n]. Just above
 * (k-1)/n keeps every hit with k words and none with fewer.
 */
const ABOVE = 1e-9;

export function buildCloseProbeRequest(params: SearchParams, today: string) {
  return {
    queries: places.map((attributes) => ({
      indexUid: SEARCH_INDEX,
      ...matchOptions(params, { attributes }),
      matchingStrategy: 'frequency' as const,
      filter: filterExpressions(params, today),
      limit: 1,
      attributesToRetrieve: ['id'],
      showRankingScoreDetails: true,
    })),
  };
}

export interface ProbeResponse {
  results: {
    hits: { _rankingScoreDetails?: { words?: { matchingWords: number; maxMatchingWords: number } } }[];
  }[];
}

/** The plan of the close matches, or undefined when no product matches even one word. */
export function closeMatchPlan(response: ProbeResponse): MatchPlan | undefined {
  for (const [i, attributes] of places.entries()) {
    const words = response.results[i]?.hits[0]?._rankingScoreDetails?.words;
    if (words && words.matchingWords > 0) {
      return { attributes, close: { threshold: (words.matchingWords - 1) / words.maxMatchingWords + ABOVE } };
    }
  }
  return undefined;
}
