import type { APIRoute } from 'astro';
import { type FairRouteProps, fairRoutes } from '../../../lib/fairs/fairs.ts';
import { fairSearchEntries } from '../../../lib/fairs/search-index.ts';

export function getStaticPaths() {
  return fairRoutes();
}

/** The fair's search index (paths.fairSearchIndex), read by ocop-fair-search and kept offline. */
export const GET: APIRoute<FairRouteProps> = ({ props }) =>
  Response.json(fairSearchEntries(props.fair.products));
