/**
 * A POST to an enquiry's inbox page: change its status, or (staff, with the box ticked) delete
 * it. Only from the site's own page with the session's CSRF token; another producer's enquiry
 * cannot be touched (the storage checks the account).
 */
import type { Session } from '../auth/account.ts';
import { isTrustedPost } from '../auth/inbox-access.ts';
import { readSmallForm } from '../enquiries/request-body.server.ts';
import { isEnquiryStatus } from '../enquiries/status.ts';
import type { SiteRuntime } from '../site-runtime.ts';

export type EnquiryChange = { kind: 'saved' } | { kind: 'deleted' } | { kind: 'refused'; status: 400 | 403 };

export async function changeEnquiry(
  request: Request,
  id: string,
  session: Session,
  runtime: Pick<SiteRuntime, 'inbox' | 'site'>,
): Promise<EnquiryChange> {
  const form = await readSmallForm(request);
  if (!form || !isTrustedPost(request, session, form, runtime.site)) return { kind: 'refused', status: 403 };
  const action = form.get('action');
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
