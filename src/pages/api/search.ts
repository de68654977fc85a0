/**
 * GET /api/search?q=&group=&stars=&district=&type=&status=&sort=&page=&hitsPerPage=&locale=
 * → { hits: [{ slug, url, name, … }], totalHits, page, facets, … }. Bad parameters get a 400
 * with a message in the reader's language; a search engine that cannot answer gets a 503.
 */

import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { searchText } from '../../lib/i18n/search.ts';
import { searchConnection } from '../../lib/search/connection.ts';
import { SearchUnavailableError } from '../../lib/search/meili-http.server.ts';
import { localeFromAcceptLanguage, parseSearchParams } from '../../lib/search/params.ts';
import { searchProducts } from '../../lib/search/run-search.server.ts';

export const prerender = false;

const headers = { 'Cache-Control': 'no-store' };

export const GET: APIRoute = async ({ url, request }) => {
  const groups = (await getCollection('groups')).map((g) => ({ id: g.data.id, name: g.data.name }));
  const fallbackLocale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  const parsed = parseSearchParams(url.searchParams, { groups: groups.map((g) => g.id), fallbackLocale });
  if (!parsed.ok) {
    const message = parsed.errors.map((e) => e.message).join(' ');
    return Response.json({ error: { message, issues: parsed.errors } }, { status: 400, headers });
  }
  try {
    const result = await searchProducts(parsed.params, searchConnection(), groups);
    return Response.json(result, { headers });
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    console.error(`search unavailable: ${error.message}`);
    return Response.json(
      { error: { message: searchText[parsed.params.locale].error.unavailable } },
      { status: 503, headers: { ...headers, 'Retry-After': '5' } },
    );
  }
};
