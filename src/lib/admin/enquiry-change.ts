/**
 * A POST to an enquiry's inbox page: reply to the buyer, change its status, or (staff, with the
 * box ticked) delete it. Only from the site's own page with the session's CSRF token; another
 * producer's enquiry cannot be touched (the storage checks the account).
 */
import { randomUUID } from 'node:crypto';
import type { Session } from '../auth/account.ts';
import { isTrustedPost } from '../auth/inbox-access.ts';
import { parseReply } from '../enquiries/reply-schema.ts';
import { MAX_BODY_BYTES, readSmallForm } from '../enquiries/request-body.server.ts';
import type { FieldErrors } from '../enquiries/schema.ts';
import { isEnquiryStatus } from '../enquiries/status.ts';
import type { SiteRuntime } from '../site-runtime.ts';

export type EnquiryChange =
  | { kind: 'saved' }
  | { kind: 'deleted' }
  | { kind: 'replied' }
  /** A reply to an enquiry closed meanwhile: nothing was stored. */
  | { kind: 'closed' }
  /** A reply that was not sent: what was typed, with its errors. */
  | { kind: 'invalid'; message: string; errors: FieldErrors }
  | { kind: 'refused'; status: 400 | 403 | 404 };

export async function changeEnquiry(
  request: Request,
  id: string,
  session: Session,
  runtime: Pick<SiteRuntime, 'inbox' | 'site'>,
): Promise<EnquiryChange> {
  // A reply may be 4,000 Vietnamese characters, percent-encoded: up to 36 KB.
  const form = await readSmallForm(request, MAX_BODY_BYTES);
  if (!form || !isTrustedPost(request, session, form, runtime.site)) return { kind: 'refused', status: 403 };
  const action = form.get('action');
  if (action === 'reply') {
    const message = form.get('message') ?? '';
    const parsed = parseReply({
      enquiry: id,
      message,
      idempotencyKey: form.get('idempotencyKey') ?? undefined,
    });
    if (!parsed.ok) return { kind: 'invalid', message, errors: parsed.errors };
    const { reply } = parsed;
    const result = await runtime.inbox.reply(
      id,
      reply.message,
      reply.idempotencyKey ?? randomUUID(),
      session.account,
    );
    if (result.status === 'missing') return { kind: 'refused', status: 404 };
    return result.status === 'closed' ? { kind: 'closed' } : { kind: 'replied' };
  }
  if (action === 'delete' && form.get('confirm') === 'yes') {
    return (await runtime.inbox.delete(id, session.account))
      ? { kind: 'deleted' }
      : { kind: 'refused', status: 403 };
  }
  const status = form.get('status');
  if (action === 'status' && isEnquiryStatus(status)) {
    await runtime.inbox.setStatus(id, status, session.account);
    return { kind: 'saved' };
  }
  return { kind: 'refused', status: 400 };
}
