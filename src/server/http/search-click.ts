/**
 * POST /api/search/click/ (a beacon the search page sends when a result is opened): counts a
 * click for the query, answers 204. Nothing else of the request is kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { beaconError, clickedQuery, MAX_BEACON_BYTES } from '../../lib/analytics/click-beacon.ts';
import { paths } from '../../lib/paths.ts';
import type { AnalyticsRecorder } from '../analytics/recorder.ts';

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BEACON_BYTES) return undefined;
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
  analytics: Pick<AnalyticsRecorder, 'clicked'>,
): Promise<boolean> {
  if ((req.url ?? '').split('?')[0] !== paths.api.searchClick) return false;
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    answer(res, 405, 'POST only');
    return true;
  }
  const body = await readBody(req);
  const query = body === undefined ? undefined : clickedQuery(body);
  if (!query) {
    answer(res, 400, beaconError);
    return true;
  }
  analytics.clicked(query);
  answer(res, 204);
  return true;
}
