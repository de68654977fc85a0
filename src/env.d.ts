/** What on-demand routes find on `Astro.locals`. */
declare namespace App {
  interface Locals {
    /** The server's services (src/lib/site-runtime.ts): passed in by src/server/start.ts, or made by the middleware in dev. */
    runtime: import('./lib/site-runtime.ts').SiteRuntime;
    /** The inbox session, set by the middleware on /admin/ routes. */
    session?: import('./lib/auth/account.ts').Session;
    /** The path that had no page, when the server renders the 404 page for it. */
    notFoundPath?: string;
    /** Set by the server for a tracking page it can keep in memory once rendered. */
    pageKeeper?: import('./lib/site-runtime.ts').PageKeeper;
    /** Set by POST /api/enquiries when a form post without JavaScript is refused. */
    enquiryDraft?: import('./lib/enquiries/api.server.ts').EnquiryDraft;
  }
}
