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
};

const encodings = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

async function isFile(path: string) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Sends the .br/.gz file the build wrote beside a static file when the client accepts it.
 * Returns false when there is none, so the Astro handler serves the request as usual.
 */
export async function servePrecompressed(req: IncomingMessage, res: ServerResponse, clientDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const accepted = req.headers['accept-encoding'] ?? '';
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return false;
  }
  const file = normalize(join(clientDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!file.startsWith(clientDir + sep)) return false;
  const type = contentTypes[extname(file)];
  if (!type) return false;
  for (const { token, suffix } of encodings) {
    if (!accepted.includes(token) || !(await isFile(file + suffix))) continue;
    const { size, mtime } = await stat(file + suffix);
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', token);
    res.setHeader('Content-Length', size);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Last-Modified', mtime.toUTCString());
    // Hashed build assets never change; pages must be revalidated to pick up a new build.
    res.setHeader(
      'Cache-Control',
      pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
    );
    if (req.method === 'HEAD') res.end();
    else createReadStream(file + suffix).pipe(res);
    return true;
  }
  return false;
}
