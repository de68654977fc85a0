/**
 * The answer of GET /api/search, shared by the Astro route and the production server's fast path
 * (scripts/start.ts serves it before the adapter, which would first look for a static file on
 * disk for every request): validated parameters, then results, a 400 with the reasons in the
 * reader's language, or a 503 when Meilisearch cannot answer.
 */
import { searchText } from '../i18n/search.ts';
import { type MeiliConnection, SearchUnavailableError } from './meili-http.server.ts';
import { localeFromAcceptLanguage, parseSearchParams } from './params.ts';
import type { GroupLabel } from './response.ts';
import { searchProducts } from './run-search.server.ts';

export interface ApiAnswer {
  status: 200 | 400 | 503;
  headers: Record<string, string>;
  body: unknown;
}

const noStore = { 'Cache-Control': 'no-store' };

export async function answerSearchApi(
  request: { query: URLSearchParams; acceptLanguage: string | null },
  context: {
    groups: readonly GroupLabel[];
    connection: MeiliConnection | undefined;
    /** The day statuses are computed for (ISO date). */
    today: string;
  },
): Promise<ApiAnswer> {
  const fallbackLocale = localeFromAcceptLanguage(request.acceptLanguage);
  const parsed = parseSearchParams(request.query, {
    groups: context.groups.map((g) => g.id),
    fallbackLocale,
  });
  if (!parsed.ok) {
    const message = parsed.errors.map((e) => e.message).join(' ');
    return { status: 400, headers: noStore, body: { error: { message, issues: parsed.errors } } };
  }
  try {
    return {
      status: 200,
      headers: noStore,
      body: await searchProducts(parsed.params, context.connection, context.groups, context.today),
    };
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    console.error(`search unavailable: ${error.message}`);
    return {
      status: 503,
      headers: { ...noStore, 'Retry-After': '5' },
      body: { error: { message: searchText[parsed.params.locale].error.unavailable } },
    };
  }
}
