/**
 * GET /api/search served straight from the production server's request handler. Through the
 * adapter, every request first looks for a static file on disk (a stat per request, ~1 ms of CPU
 * here); the search API is never a file, and its latency budget is next to Meilisearch's own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { paths } from '../../lib/paths.ts';
import { AS_YOU_TYPE_HEADER } from '../../lib/search/as-you-type.ts';
import type { MeiliConnection } from '../../lib/search/meili-http.server.ts';
import type { GroupLabel } from '../../lib/search/response.ts';
import { answerSearchApi } from '../../lib/search/search-api.server.ts';
import type { AnalyticsRecorder } from '../analytics/recorder.ts';

const route = paths.api.search.replace(/\/$/, '');
const routes = new Set([route, `${route}/`]);

/** Answers the request if it is a search API call (true), else leaves it to the site (false). */
export async function serveSearchApi(
  req: IncomingMessage,
  res: ServerResponse,
  context: {
    groups: readonly GroupLabel[];
    connection: MeiliConnection | undefined;
    /** The day statuses are computed for (the server's clock), asked only for a search. */
    today: () => string;
    analytics: Pick<AnalyticsRecorder, 'searched'>;
    log: (line: string) => void;
  },
): Promise<boolean> {
  // Every request passes here: only a search pays for parsing its URL.
  if (req.method !== 'GET' || !req.url?.startsWith(route)) return false;
  const url = new URL(req.url, 'http://site');
  if (!routes.has(url.pathname)) return false;
  let status: number;
  let headers: Record<string, string>;
  let body: string;
  try {
    const answer = await answerSearchApi(
      {
        query: url.searchParams,
        acceptLanguage: req.headers['accept-language'] ?? null,
        asYouType: req.headers[AS_YOU_TYPE_HEADER] !== undefined,
      },
      {
        groups: context.groups,
        connection: context.connection,
        today: context.today(),
        searched: context.analytics.searched,
      },
    );
    ({ status, headers } = answer);
    body = JSON.stringify(answer.body);
  } catch (error) {
    // A bug, not bad input: say so without the details, and keep the server up.
    context.log(`search API: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    [status, headers, body] = [
      500,
      { 'Cache-Control': 'no-store' },
      JSON.stringify({ error: { message: 'Internal error' } }),
    ];
  }
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
  return true;
}
