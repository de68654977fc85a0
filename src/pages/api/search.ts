/**
 * GET /api/search?q=&group=&stars=&district=&type=&status=&sort=&page=&hitsPerPage=&locale=
 * → { hits: [{ slug, url, name, … }], totalHits, page, facets, … }. Bad parameters get a 400
 * with a message in the reader's language; a search engine that cannot answer gets a 503.
 * (The production server answers it before this route, with the same code: src/server/http/search-api.ts.)
 */

import type { APIRoute } from 'astro';
import { groupLabels } from '../../lib/search/group-labels.ts';
import { answerSearchApi } from '../../lib/search/search-api.server.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url, request, locals: { runtime } }) => {
  const answer = await answerSearchApi(
    { query: url.searchParams, acceptLanguage: request.headers.get('accept-language') },
    {
      groups: groupLabels(await runtime.catalogue()),
      connection: runtime.searchConnection(),
      today: runtime.today(),
    },
  );
  return Response.json(answer.body, { status: answer.status, headers: answer.headers });
};
