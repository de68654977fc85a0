/**
 * A POST to the publish page: start a publish, or (with the box ticked) go back to the previous
 * release. Staff only, from the site's own page with the session's CSRF token.
 */
import type { Session } from '../auth/account.ts';
import { isTrustedPost } from '../auth/inbox-access.ts';
import { readSmallForm } from '../enquiries/request-body.server.ts';
import type { SiteRuntime } from '../site-runtime.ts';

export type PublishRequest = { kind: 'started' | 'busy' } | { kind: 'refused'; status: 400 | 403 };

export async function requestPublish(
  request: Request,
  session: Session,
  runtime: Pick<SiteRuntime, 'publishing' | 'site'>,
): Promise<PublishRequest> {
  const form = await readSmallForm(request);
  if (session.account.role !== 'staff' || !form || !isTrustedPost(request, session, form, runtime.site)) {
    return { kind: 'refused', status: 403 };
  }
  const action = form.get('action');
  if (action === 'publish') return { kind: await runtime.publishing.start(session.account.email, false) };
  if (action === 'rollback' && form.get('confirm') === 'yes') {
    return { kind: await runtime.publishing.start(session.account.email, true) };
  }
  return { kind: 'refused', status: 400 };
}
