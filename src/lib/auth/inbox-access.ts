/**
 * Who is looking at the inbox: the session behind the cookie, and whether a POST may change
 * anything (same origin and the session's CSRF token). On-demand admin routes only.
 */
import type { AstroCookies } from 'astro';
import { publicOrigins, services, trustProxy } from '../enquiries/runtime.ts';
import { isSameOrigin } from './same-origin.server.ts';
import { sessionCookie } from './session-cookie.server.ts';
import { findSession, isValidCsrfToken, type Session } from './sessions.server.ts';

export function currentSession(cookies: AstroCookies, headers: Headers): Session | undefined {
  return findSession(services().db, cookies.get(sessionCookie(headers).name)?.value);
}

/** A state-changing request from this site's own page, carrying the session's token. */
export function isTrustedPost(request: Request, session: Session, form: URLSearchParams): boolean {
  return (
    isSameOrigin(request.headers, { publicOrigins, trustProxy }) &&
    isValidCsrfToken(session, form.get('csrf'))
  );
}

/** Admin pages are personal data: never cached, never indexed. */
export function privateHeaders(headers: Headers): void {
  headers.set('Cache-Control', 'no-store');
  headers.set('X-Robots-Tag', 'noindex');
}
