/**
 * The sign-in page's request: a GET shows the form (or goes straight back into the inbox when a
 * session exists); a POST from the site's own page signs in through the runtime's limits, sets
 * the session cookie and returns to `next`. Framework-free apart from the context it is given.
 */
import type { APIContext } from 'astro';
import { clientAddress, socketAddressOf } from '../auth/client-address.server.ts';
import { siteOrigins } from '../auth/inbox-access.ts';
import { returnPath } from '../auth/return-path.ts';
import { isSameOrigin } from '../auth/same-origin.server.ts';
import { isSecureRequest, sessionCookie } from '../auth/session-cookie.server.ts';
import { readSmallForm } from '../enquiries/request-body.server.ts';
import { adminText } from '../i18n/enquiries.ts';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../paths.ts';

export type SignInOutcome =
  | { kind: 'redirect'; location: string }
  | { kind: 'form'; status: number; message?: string; email: string; retryAfter?: number };

type Context = Pick<APIContext, 'request' | 'url' | 'cookies' | 'locals' | 'clientAddress'>;

export async function signInPage(context: Context, locale: Locale): Promise<SignInOutcome> {
  const { request, locals } = context;
  const { runtime } = locals;
  const text = adminText[locale];
  const destination = returnPath(context.url.searchParams.get('next'), paths.admin.home);
  if (request.method !== 'POST') {
    return locals.session
      ? { kind: 'redirect', location: destination }
      : { kind: 'form', status: 200, email: '' };
  }
  const form = await readSmallForm(request);
  const email = form?.get('email')?.slice(0, 254) ?? '';
  const trusted = { publicOrigins: siteOrigins(runtime.site), trustProxy: runtime.site.trustProxy };
  if (!form || !isSameOrigin(request.headers, trusted)) {
    return { kind: 'form', status: 403, message: text.forbidden, email };
  }
  const address = clientAddress(request.headers, socketAddressOf(context), runtime.site.trustProxy);
  const result = await runtime.auth.signIn(email, form.get('password') ?? '', address);
  if (!result.ok && result.reason === 'tooMany') {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return {
      kind: 'form',
      status: 429,
      message: text.tooManyLogins(minutes),
      email,
      retryAfter: result.retryAfterSeconds,
    };
  }
  if (!result.ok) return { kind: 'form', status: 401, message: text.wrongLogin, email };
  const { token, expires } = await runtime.auth.startSession(result.account);
  const cookie = sessionCookie(isSecureRequest(request.headers, runtime.site));
  context.cookies.set(cookie.name, token, { ...cookie.options, expires });
  return { kind: 'redirect', location: destination };
}
