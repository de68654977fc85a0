/**
 * POST /api/enquiries with a JSON body (what <ocop-enquiry-form>, the basket and the fair mode's
 * queue send) answered straight from the request handler by the endpoint's own logic
 * (handleEnquiryPost), without the adapter's request and routing machinery, which a CPU profile
 * showed costing an enquiry about as much as the rest of its handling. A form post without
 * JavaScript still goes to the route: a refused one is rendered again as a page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleEnquiryPost } from '../../lib/enquiries/api.server.ts';
import { bodyKind } from '../../lib/enquiries/request-body.server.ts';
import { paths } from '../../lib/paths.ts';
import type { SiteRuntime } from '../../lib/site-runtime.ts';
import { sendWebResponse, webRequest } from './web-request.ts';

/** Answers the request if it is a JSON enquiry (true), else leaves it to the site (false). */
export async function serveEnquiryApi(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: SiteRuntime,
): Promise<boolean> {
  if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== paths.api.enquiries) return false;
  if (bodyKind(req.headers['content-type'] ?? null) !== 'json') return false;
  const outcome = await handleEnquiryPost(webRequest(req), {
    runtime,
    socketAddress: req.socket.remoteAddress,
  });
  if (outcome.kind === 'form-page') throw new Error('a JSON enquiry is answered in JSON');
  await sendWebResponse(res, outcome.response);
  return true;
}
