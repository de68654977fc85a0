/**
 * POST /api/search/click/ with `q=<query>`: a result of that search was opened (a beacon from
 * the search page), counted for the office; 204. (The production server answers it before this
 * route, from the same rules: src/server/http/search-click.ts.)
 */
import type { APIRoute } from 'astro';
import { beaconError, clickedQuery, MAX_BEACON_BYTES } from '../../../lib/analytics/click-beacon.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, locals: { runtime } }) => {
  const body = await request.text();
  const query = body.length > MAX_BEACON_BYTES ? undefined : clickedQuery(body);
  if (!query) return new Response(beaconError, { status: 400 });
  runtime.analytics.clicked(query);
  return new Response(null, { status: 204 });
};
