/**
 * The inbox session cookie: HttpOnly, SameSite=Lax (a link from the notification mail still
 * arrives signed in; forms carry a CSRF token), scoped to /admin, and Secure everywhere except
 * plain-HTTP loopback (the tests and a developer's machine). Secure cookies need HTTPS: serve
 * the inbox over HTTPS in production.
 */
export interface SessionCookie {
  name: string;
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: string };
}

const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

export function sessionCookie(headers: Headers): SessionCookie {
  const secure = !loopback.test(headers.get('host') ?? '');
  return {
    // The __Secure- prefix makes browsers refuse the cookie unless it is Secure and set over HTTPS.
    name: secure ? '__Secure-ocop_admin' : 'ocop_admin',
    options: { httpOnly: true, sameSite: 'lax', secure, path: '/admin' },
  };
}
