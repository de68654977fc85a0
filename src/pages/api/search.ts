/**
 * GET /api/search?q=&group=&stars=&district=&type=&status=&sort=&page=&hitsPerPage=&locale=
 * → { hits: [{ slug, url, name, … }], totalHits, page, facets, … }. Bad parameters get a 400
 * with a message in the reader's language; a search engine that cannot answer gets a 503.
 * (The production server answers it before this route, with the same code: src/server/http/search-api.ts.)
 */

import type { APIRoute } from 'astro';
import { AS_YOU_TYPE_HEADER } from '../../lib/search/as-you-type.ts';
import { groupLabels } from '../../lib/search/group-labels.ts';
import { answerSearchApi } from '../../lib/search/search-api.server.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url, request, locals: { runtime } }) => {
  const answer = await answerSearchApi(
    {
      query: url.searchParams,
      acceptLanguage: request.headers.get('accept-language'),
      asYouType: request.headers.has(AS_YOU_TYPE_HEADER),
    },
    {
      groups: groupLabels(await runtime.catalogue()),
      connection: runtime.searchConnection(),
      today: runtime.today(),
      searched: runtime.analytics.searched,
    },
  );
  return Response.json(answer.body, { status: answer.status, headers: answer.headers });
};
