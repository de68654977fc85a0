/**
 * A buyer's reply or closing posted as JSON to a tracking page (what <ocop-reply-form> sends),
 * answered straight from the request handler by the route's own logic (trackingPage), without the
 * adapter's request and page machinery: in a CPU profile that machinery cost a reply as much as
 * reading and writing it. A form post without JavaScript still goes to the route, which renders
 * the page; a token that opens nothing is the site's 404 page, as the route answers it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyKind } from '../../lib/enquiries/request-body.server.ts';
import { trackingPage } from '../../lib/enquiries/tracking-page.server.ts';
import type { SiteRuntime } from '../../lib/site-runtime.ts';
import { trackingPathOf } from './tracking-path.ts';
import { sendWebResponse, webRequest } from './web-request.ts';

/** 'answered'; 'not-found', for the caller to answer with the 404 page; false for any other request. */
export async function serveTrackingReply(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: SiteRuntime,
): Promise<'answered' | 'not-found' | false> {
  if (req.method !== 'POST' || !req.url) return false;
  const path = trackingPathOf(req.url);
  if (!path || bodyKind(req.headers['content-type'] ?? null) !== 'json') return false;
  const request = webRequest(req);
  const outcome = await trackingPage(
    {
      request,
      url: new URL(request.url),
      locals: { runtime },
      params: { token: path.token },
      clientAddress: req.socket.remoteAddress ?? '',
    },
    path.locale,
  );
  if (outcome.kind === 'not-found') return 'not-found';
  if (outcome.kind === 'page') throw new Error('a JSON post to a tracking page is answered in JSON');
  await sendWebResponse(res, outcome.response);
  return 'answered';
}
