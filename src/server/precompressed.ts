import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cacheControlOf, compressible, contentTypeOf, staticFileOf } from './static-files.ts';

const encodings = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

async function fileStat(path: string) {
  try {
    const found = await stat(path);
    return found.isFile() ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends the .br/.gz file the build wrote beside a static file when the client accepts it.
 * Returns false when there is none: the file is then sent as it is (static-files.ts).
 */
export async function servePrecompressed(req: IncomingMessage, res: ServerResponse, clientDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const accepted = req.headers['accept-encoding'] ?? '';
  const target = staticFileOf(clientDir, req.url);
  if (!target) return false;
  const { pathname, file } = target;
  const type = compressible.test(file) ? contentTypeOf(file) : undefined;
  if (!type) return false;
  for (const { token, suffix } of encodings) {
    if (!accepted.includes(token)) continue;
    const found = await fileStat(file + suffix);
    if (!found) continue;
    const { size, mtime } = found;
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', token);
    res.setHeader('Content-Length', size);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Last-Modified', mtime.toUTCString());
    res.setHeader('Cache-Control', cacheControlOf(pathname));
    if (req.method === 'HEAD') res.end();
    else createReadStream(file + suffix).pipe(res);
    return true;
  }
  return false;
}
