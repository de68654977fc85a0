/**
 * Whether an inbox POST may change anything: it comes from the site's own page (same origin)
 * and carries the session's CSRF token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { SiteSettings } from '../site-runtime.ts';
import type { Session } from './account.ts';
import { isSameOrigin } from './same-origin.server.ts';

export function isValidCsrfToken(session: Session, submitted: unknown): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The public site's origin may post, besides the host the browser addressed (same-origin.server.ts). */
export const siteOrigins = (site: SiteSettings): string[] => [new URL(site.url).origin];

/** A state-changing request from this site's own page, carrying the session's token. */
export function isTrustedPost(
  request: Request,
  session: Session,
  form: URLSearchParams,
  site: SiteSettings,
): boolean {
  return (
    isSameOrigin(request.headers, { publicOrigins: siteOrigins(site), trustProxy: site.trustProxy }) &&
    isValidCsrfToken(session, form.get('csrf'))
  );
}
