/**
 * What a form post without JavaScript carries to the thank-you page in its query: each reference
 * with the producer it went to (ref=…&producer=…, in pairs), mail=1 when a confirmation mail
 * follows, and track=<token> for the buyer's tracking link. Nothing personal: the page is a GET,
 * its address may end up in history; the request log leaves queries out, so the token too.
 */
import { isReference } from './ids.server.ts';
import { isTrackingToken } from './tracking-token.server.ts';

export interface SentEnquiry {
  id: string;
  producer: string;
}

export interface ThanksQuery {
  sent: SentEnquiry[];
  confirmationMail: boolean;
  /** The token of the buyer's tracking link. */
  trackingToken?: string;
}

export function thanksQuery({ sent, confirmationMail, trackingToken }: ThanksQuery): URLSearchParams {
  const query = new URLSearchParams();
  for (const { id, producer } of sent) {
    query.append('ref', id);
    query.append('producer', producer);
  }
  if (confirmationMail) query.set('mail', '1');
  if (trackingToken) query.set('track', trackingToken);
  return query;
}

/** The query read back; a reference that is not one (an edited address) is left out, at most 30. */
export function readThanksQuery(query: URLSearchParams): ThanksQuery {
  const producers = query.getAll('producer');
  const sent = query
    .getAll('ref')
    .map((id, i) => ({ id, producer: producers[i] ?? '' }))
    .filter((s) => isReference(s.id))
    .slice(0, 30);
  const token = query.get('track') ?? '';
  return {
    sent,
    confirmationMail: query.get('mail') === '1',
    ...(isTrackingToken(token) ? { trackingToken: token } : {}),
  };
}
