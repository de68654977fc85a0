/**
 * The inbox session cookie: HttpOnly, SameSite=Lax (a link from a notification mail still
 * arrives signed in; forms carry a CSRF token), scoped to /admin, and Secure whenever the site is
 * served over HTTPS. That is decided from SITE_URL (https), or from X-Forwarded-Proto when the
 * proxy is trusted — never from the Host header, which a proxy may forward as a loopback name.
 */
import type { SiteSettings } from '../site-runtime.ts';

export interface SessionCookie {
  name: string;
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: string };
}

/** Whether the browser reached the site over HTTPS, as far as the server can trust what it is told. */
export function isSecureRequest(headers: Headers, site: SiteSettings): boolean {
  if (new URL(site.url).protocol === 'https:') return true;
  return site.trustProxy && headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export function sessionCookie(secure: boolean): SessionCookie {
  return {
    // The __Secure- prefix makes browsers refuse the cookie unless it is Secure and set over HTTPS.
    name: secure ? '__Secure-ocop_admin' : 'ocop_admin',
    options: { httpOnly: true, sameSite: 'lax', secure, path: '/admin' },
  };
}
