import type { EnquiryDraft } from './api.server.ts';
import { setPageStatus } from './page-status.server.ts';

/**
 * The result page's status: the refusal's (400, 429…) when it shows a draft; never cached, and
 * named in no Referer to another site (its query can carry the buyer's tracking link). Not
 * `no-referrer`: browsers then send `Origin: null` with the page's own form posts.
 */
export function prepareResultResponse(
  response: ResponseInit & { readonly headers: Headers },
  draft: EnquiryDraft | undefined,
): void {
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('Referrer-Policy', 'same-origin');
  if (!draft) return;
  setPageStatus(response, draft.status);
  if (draft.retryAfter) response.headers.set('Retry-After', String(draft.retryAfter));
  // The rest of an oversized body is still on the socket: close it rather than reuse it.
  if (draft.status === 413) response.headers.set('Connection', 'close');
}
