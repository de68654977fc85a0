/**
 * What every on-demand request goes through before its route:
 * - the runtime (`locals.runtime`): the production server passes it in; `astro dev` builds one;
 * - the inbox (`/admin/…`): never cached or indexed, the session on `locals.session`, the
 *   sign-in page for whoever has none, and "staff only" for a producer on the office's pages;
 * - a page's CSP with the hashes of its own inline styles (and the page to the server that keeps it).
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { isStaffOnly } from './lib/admin/staff-pages.ts';
import { isSecureRequest, sessionCookie } from './lib/auth/session-cookie.server.ts';
import { paths } from './lib/paths.ts';
import { contentSecurityPolicy, inlineStyleHashes } from './lib/security/content-security-policy.ts';

const provideRuntime = defineMiddleware(async (context, next) => {
  if (context.isPrerendered || context.locals.runtime) return next();
  // A constant in the build, so the bundler drops the dev runtime and its imports.
  if (!import.meta.env.DEV) throw new Error('no runtime: the site runs under src/server/start.ts');
  const [{ devRuntime }, { loadCatalogue }, { serverCatalogue, serverCatalogueData }, { contentToday }] =
    await Promise.all([
      import('./server/dev-runtime.ts'),
      import('./lib/content/catalogue.ts'),
      import('./lib/content/server-catalogue.ts'),
      import('./lib/content/certificate-status.ts'),
    ]);
  context.locals.runtime = await devRuntime({
    origin: context.url.origin,
    catalogue: async () => serverCatalogue(serverCatalogueData(await loadCatalogue(), contentToday())),
  });
  return next();
});

const adminPrefix = paths.admin.home;
const loginPath = paths.admin.login.replace(/\/?$/, '/');

const inbox = defineMiddleware(async (context, next) => {
  const { pathname } = context.url;
  if (!pathname.startsWith(adminPrefix)) return next();
  const { runtime } = context.locals;
  const cookie = sessionCookie(isSecureRequest(context.request.headers, runtime.site));
  const session = await runtime.auth.session(context.cookies.get(cookie.name)?.value);
  if (session) context.locals.session = session;

  const open = pathname === loginPath || pathname === paths.admin.logout;
  let response: Response;
  if (session && session.account.role !== 'staff' && isStaffOnly(pathname)) {
    response = await context.rewrite(paths.admin.staffOnly);
  } else if (session || open) response = await next();
  else if (pathname.endsWith('.csv') || pathname.endsWith('.csv/')) {
    response = new Response('Sign in first', { status: 401 });
  } else {
    const back = context.request.method === 'GET' ? pathname + context.url.search : pathname;
    response = context.redirect(`${paths.admin.login}?${new URLSearchParams({ next: back })}`, 303);
  }
  // Personal data: never cached, never indexed.
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Robots-Tag', 'noindex');
  return response;
});

const utf8 = new TextDecoder();

/**
 * On-demand HTML pages carry their styles inline too: allow exactly those (static pages:
 * src/server/http/static-site.ts). A page the server keeps in memory is handed over as sent.
 */
const pagePolicy = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  // Read as bytes and sent on as they are: only the search for style blocks needs the text.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', contentSecurityPolicy(inlineStyleHashes(utf8.decode(bytes))));
  context.locals.pageKeeper?.keep({ status: response.status, headers, body: bytes });
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
});

export const onRequest = sequence(provideRuntime, pagePolicy, inbox);
