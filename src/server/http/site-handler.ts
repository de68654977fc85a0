/**
 * Every request to the production server, in order: the security headers; a 400 for a URL no
 * page can have; the health check; API and form paths served in place without their slash; the
 * search API's fast path and its click beacon; JSON enquiries; a QR code's scan counted; the build's static
 * files; tracking pages kept in memory, and the JSON replies posted to them; and the on-demand
 * routes through Astro, with the runtime as `Astro.locals.runtime`.
 * One log line per request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { scanOf } from '../../lib/analytics/scan.ts';
import { paths } from '../../lib/paths.ts';
import type { SiteRuntime } from '../../lib/site-runtime.ts';
import type { AnalyticsRecorder } from '../analytics/recorder.ts';
import type { Logger } from '../log.ts';
import type { Release } from '../release/release.ts';
import { serveEnquiryApi } from './enquiry-api.ts';
import { serveHealth } from './health.ts';
import { requestLogPath } from './request-log.ts';
import { serveSearchApi } from './search-api.ts';
import { serveSearchClick } from './search-click.ts';
import { applySecurityHeaders } from './security-headers.ts';
import { serveSlashlessInPlace } from './slashless-requests.ts';
import { folderLocation } from './static-files.ts';
import type { StaticSite } from './static-site.ts';
import type { TrackingPages } from './tracking-pages.ts';
import { serveTrackingReply } from './tracking-replies.ts';

/** The build being served with its static files: swapped whole when a publish switches builds. */
export interface Serving {
  release: Release;
  staticSite: StaticSite;
}

/**
 * A page URL without its trailing slash, for a page rendered on request (a static page's folder
 * is redirected by static-site.ts): 301 to the canonical URL, as Astro's trailingSlash 'always'.
 */
function redirectToSlash(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return false;
  res.writeHead(301, { Location: folderLocation(req.url) });
  res.end();
  return true;
}

/** A URL with a broken percent-encoding (e.g. /%E0%A4%A) can name no page: 400, never a 500. */
const isDecodable = (url = '/') => {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
};

export function createSiteHandler(options: {
  serving: () => Serving;
  runtime: SiteRuntime;
  /** Where searches, clicks and scans are counted. */
  analytics: AnalyticsRecorder;
  /** Whether the database answers now (the health check). */
  pingDatabase: () => Promise<void>;
  trackingPages: TrackingPages;
  log: Logger;
}) {
  const { runtime, analytics, log } = options;

  async function handle(req: IncomingMessage, res: ServerResponse, serving: Serving) {
    applySecurityHeaders(res);
    if (!isDecodable(req.url)) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request: malformed URL');
      return;
    }
    if (await serveHealth(req, res, { database: options.pingDatabase, search: runtime.searchConnection }))
      return;
    serveSlashlessInPlace(req);
    const { release, staticSite } = serving;
    const search = {
      groups: release.search.groups,
      connection: runtime.searchConnection(),
      today: runtime.today,
      analytics,
      log: (line: string) => log.error(line),
    };
    if (await serveSearchApi(req, res, search)) return;
    if (await serveSearchClick(req, res, analytics)) return;
    if (await serveEnquiryApi(req, res, runtime)) return;
    // Counted here, then the page is served as it always is (a static file).
    const scan = req.method === 'GET' ? scanOf(req.url ?? '/') : undefined;
    if (scan && release.catalogue.product(scan.product)) analytics.scanned(scan);
    if (await staticSite(req, res)) return;
    if (redirectToSlash(req, res)) return;
    // No route: the adapter alone would render the 404 page without the runtime; render it here with it.
    const notFound = () => {
      const notFoundPath = (req.url ?? '/').split('?')[0] ?? '/';
      req.url = paths.notFound;
      return release.handler(req, res, undefined, { runtime, notFoundPath });
    };
    const tracking = await options.trackingPages.serve(req, res, release);
    if (tracking.served) return;
    const reply = await serveTrackingReply(req, res, runtime);
    if (reply === 'answered') return;
    if (reply === 'not-found') return notFound();
    // A fresh object per request: routes write to their locals (a refused form's draft).
    const locals = { runtime, ...(tracking.pageKeeper && { pageKeeper: tracking.pageKeeper }) };
    await release.handler(req, res, notFound, locals);
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const path = requestLogPath(req.url);
    res.once('finish', () =>
      log.info('request', {
        method: req.method,
        path,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      }),
    );
    // The build is read once per request: one that a publish switches away from still finishes it.
    handle(req, res, options.serving()).catch((error: unknown) => {
      log.error('request failed', { path, error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end('Internal server error');
      } else res.destroy();
    });
  };
}
