/** What a static file of the build is: its type, how long it may be cached, where a URL path leads. */
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** Text formats the build precompresses (.br, .gz beside them); images are compressed already. */
export const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|ics|webmanifest)$/;

/** Content type of a static file, undefined for one the site does not serve. */
export const contentTypeOf = (file: string): string | undefined => contentTypes[extname(file)];

/** Hashed build assets never change; everything else is revalidated to pick up a new build. */
export const cacheControlOf = (pathname: string) =>
  pathname.startsWith('/_astro/')
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=0, must-revalidate';

/** A request target's path as the client sent it (still percent-encoded) and its query. */
const splitTarget = (url: string | undefined) => {
  const target = url ?? '/';
  const queryStart = target.indexOf('?');
  return queryStart === -1
    ? { rawPath: target, query: '' }
    : { rawPath: target.slice(0, queryStart), query: target.slice(queryStart) };
};

/** The file a GET for this URL path names inside the client folder, or undefined if outside it. */
export function staticFileOf(
  clientDir: string,
  url: string | undefined,
): { pathname: string; file: string } | undefined {
  const { rawPath } = splitTarget(url);
  if (!rawPath.startsWith('/')) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const file = normalize(join(clientDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  return file.startsWith(clientDir + sep) ? { pathname, file } : undefined;
}

/**
 * Where a folder's slash-less URL goes: the same path, as the client sent it, with the slash.
 * Built from the raw path, never the decoded one ("/%2fevil.example%2f..%2fen" must not become
 * "//evil.example/../en/", which a browser reads as another host), and with one leading slash.
 */
export function folderLocation(url: string | undefined): string {
  const { rawPath, query } = splitTarget(url);
  return `/${rawPath.replace(/^\/+/, '')}/${query}`;
}
