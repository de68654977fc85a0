/**
 * Which searches the office's statistics count. The header's suggestions ask the API at every
 * pause in typing, for words half typed: they send AS_YOU_TYPE_HEADER and are not counted. A
 * search the reader sees as results is counted once: its first page, with a query.
 */
import type { SearchParams } from './params.ts';

/** Request header of the header search box's suggestions (src/elements/ocop-search-suggest.ts). */
export const AS_YOU_TYPE_HEADER = 'x-ocop-as-you-type';

export const countsAsSearch = (params: SearchParams, asYouType: boolean): boolean =>
  !asYouType && params.page === 1 && params.q.trim() !== '';
