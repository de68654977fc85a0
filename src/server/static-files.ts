/**
 * Static files of the build (dist/client) as they are, for what the precompressed handler does not
 * send: images, small files, clients without compression. The adapter runs in middleware mode,
 * so it renders on-demand routes only: its static layer stat-ed every request first, POSTs included,
 * which cost a third of the enquiry API's throughput (docs/benchmarks.md).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** The file a GET for this URL path names inside the client folder, or undefined if outside it. */
export function staticFileOf(
  clientDir: string,
  url: string | undefined,
): { pathname: string; file: string } | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(clientDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  return file.startsWith(clientDir + sep) ? { pathname, file } : undefined;
}

async function statOf(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * Sends the static file a GET or HEAD names, or redirects a folder's slash-less URL to its
 * canonical form (301). Returns false when there is no such file: the site renders the request.
 */
export async function serveStaticFile(req: IncomingMessage, res: ServerResponse, clientDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const target = staticFileOf(clientDir, req.url);
  if (!target) return false;
  const found = await statOf(target.file);
  if (found?.isDirectory() && !target.pathname.endsWith('/')) {
    const query = (req.url ?? '').split('?')[1];
    res.writeHead(301, { Location: `${encodeURI(`${target.pathname}/`)}${query ? `?${query}` : ''}` });
    res.end();
    return true;
  }
  const type = contentTypeOf(target.file);
  if (!found?.isFile() || !type) return false;
  const lastModified = found.mtime.toUTCString();
  res.setHeader('Cache-Control', cacheControlOf(target.pathname));
  res.setHeader('Last-Modified', lastModified);
  const since = req.headers['if-modified-since'];
  if (since && Date.parse(since) >= Math.floor(found.mtimeMs / 1000) * 1000) {
    res.writeHead(304);
    res.end();
    return true;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': found.size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(target.file).pipe(res);
  return true;
}
