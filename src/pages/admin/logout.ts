import type { APIRoute } from 'astro';
import { currentSession, isTrustedPost } from '../../lib/auth/inbox-access.ts';
import { sessionCookie } from '../../lib/auth/session-cookie.server.ts';
import { deleteSession } from '../../lib/auth/sessions.server.ts';
import { readSmallForm } from '../../lib/enquiries/request-body.server.ts';
import { services } from '../../lib/enquiries/runtime.ts';
import { paths } from '../../lib/paths.ts';

export const prerender = false;

/** Ends the session on the server, not only in the browser. */
export const POST: APIRoute = async ({ request, cookies, redirect }) => {
  const session = currentSession(cookies, request.headers);
  const form = await readSmallForm(request);
  if (session && (!form || !isTrustedPost(request, session, form))) {
    return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  }
  const cookie = sessionCookie(request.headers);
  deleteSession(services().db, cookies.get(cookie.name)?.value);
  cookies.delete(cookie.name, { path: cookie.options.path });
  return redirect(paths.admin.login, 303);
};
