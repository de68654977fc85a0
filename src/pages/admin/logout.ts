import type { APIRoute } from 'astro';
import { isTrustedPost } from '../../lib/auth/inbox-access.ts';
import { isSecureRequest, sessionCookie } from '../../lib/auth/session-cookie.server.ts';
import { readSmallForm } from '../../lib/enquiries/request-body.server.ts';
import { paths } from '../../lib/paths.ts';

export const prerender = false;

/** Ends the session on the server, not only in the browser. */
export const POST: APIRoute = async ({ request, cookies, redirect, locals: { runtime, session } }) => {
  const form = await readSmallForm(request);
  if (session && (!form || !isTrustedPost(request, session, form, runtime.site))) {
    return new Response('Forbidden', { status: 403 });
  }
  const cookie = sessionCookie(isSecureRequest(request.headers, runtime.site));
  await runtime.auth.endSession(cookies.get(cookie.name)?.value);
  cookies.delete(cookie.name, { path: cookie.options.path });
  return redirect(paths.admin.login, 303);
};
