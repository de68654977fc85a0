import type { Session } from '../auth/account.ts';

/** The session of an inbox page; the middleware (src/middleware.ts) lets no request without one reach it. */
export function signedIn(locals: App.Locals): Session {
  if (!locals.session) throw new Error('an inbox page was reached without a session');
  return locals.session;
}
