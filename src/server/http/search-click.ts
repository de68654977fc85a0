/**
 * POST /api/search/click/ with `q=<query>` (a beacon the search page sends when a result is
 * opened): counts a click for the query, answers 204. Nothing else of the request is kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { paths } from '../../lib/paths.ts';
import { SEARCH_LIMITS } from '../../lib/search/params.ts';
import type { AnalyticsRecorder } from '../analytics/recorder.ts';

/** A beacon body is one short query; anything longer is no beacon of ours. */
const MAX_BODY = 1024;

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function answer(res: ServerResponse, status: number, text = '') {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Answers the request if it is a click beacon (true), else leaves it to the site (false). */
export async function serveSearchClick(
  req: IncomingMessage,
  res: ServerResponse,
  analytics: AnalyticsRecorder,
): Promise<boolean> {
  if ((req.url ?? '').split('?')[0] !== paths.api.searchClick) return false;
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    answer(res, 405, 'POST only');
    return true;
  }
  const body = await readBody(req);
  const query = body === undefined ? undefined : new URLSearchParams(body).get('q');
  if (!query || query.length > SEARCH_LIMITS.queryLength) {
    answer(res, 400, 'Expected q=<the search query> (form-encoded)');
    return true;
  }
  analytics.clicked(query);
  answer(res, 204);
  return true;
}
