/**
 * The static files of one build (its client/ folder), served by the server itself: the .br or
 * .gz the build wrote when the client accepts it, else the file as it is; a 301 from a folder's
 * slash-less URL; 304 when unchanged; and for a page, the CSP that allows its own inline styles.
 * The adapter in middleware mode renders on-demand routes only: its static layer stat-ed every
 * request first, POSTs included, which cost a third of the enquiry API's throughput
 * (docs/benchmarks.md).
 */
import { createReadStream, readdirSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy, inlineStyleHashes } from '../../lib/security/content-security-policy.ts';
import { precompressedVariant } from './precompressed.ts';
import { cacheControlOf, compressible, contentTypeOf, folderLocation, staticFileOf } from './static-files.ts';

export type StaticSite = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

async function statOf(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

const unchangedSince = (req: IncomingMessage, stats: Stats) => {
  const since = req.headers['if-modified-since'];
  return since !== undefined && Date.parse(since) >= Math.floor(stats.mtimeMs / 1000) * 1000;
};

/** The build's folders one and two levels deep ("san-pham", "en/products"…), read once. */
function foldersOf(clientDir: string): Set<string> {
  const folders = new Set<string>();
  for (const top of readdirSync(clientDir, { withFileTypes: true })) {
    if (!top.isDirectory()) continue;
    folders.add(top.name);
    for (const inner of readdirSync(`${clientDir}/${top.name}`, { withFileTypes: true })) {
      if (inner.isDirectory()) folders.add(`${top.name}/${inner.name}`);
    }
  }
  return folders;
}

/** Answers a GET or HEAD with the file it names (true), or leaves the request to the site (false). */
export function createStaticSite(clientDir: string): StaticSite {
  // A path in folders the build does not have names no file: a page rendered on request (a
  // tracking page, the inbox) or a 404 goes on without the failing stats, a tenth of its cost.
  const folders = foldersOf(clientDir);
  const inBuildFolders = (pathname: string) => {
    // "/a/b/c.html" and "/a/b/" are both in the folders a and a/b.
    const parts = pathname.split('/').slice(1, -1);
    return parts.slice(0, 2).every((_, i) => folders.has(parts.slice(0, i + 1).join('/')));
  };
  // A page's policy, read once per page of this build: its style blocks never change.
  const policies = new Map<string, Promise<string>>();
  const policyOf = (file: string) => {
    let policy = policies.get(file);
    if (!policy) {
      policy = readFile(file, 'utf8').then(
        (html) => contentSecurityPolicy(inlineStyleHashes(html)),
        () => {
          policies.delete(file); // unreadable now: ask again next time
          return contentSecurityPolicy();
        },
      );
      policies.set(file, policy);
    }
    return policy;
  };

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const target = staticFileOf(clientDir, req.url);
    if (!target || !inBuildFolders(target.pathname)) return false;
    const type = contentTypeOf(target.file);
    const variant =
      type && compressible.test(target.file)
        ? await precompressedVariant(target.file, String(req.headers['accept-encoding'] ?? ''))
        : undefined;
    const found = variant ? undefined : await statOf(target.file);
    if (found?.isDirectory() && !target.pathname.endsWith('/')) {
      res.writeHead(301, { Location: folderLocation(req.url) });
      res.end();
      return true;
    }
    if (!type || !(variant || found?.isFile())) return false;
    const sent = variant ?? { path: target.file, stats: found as Stats, token: undefined };

    if (type.startsWith('text/html')) res.setHeader('Content-Security-Policy', await policyOf(target.file));
    res.setHeader('Cache-Control', cacheControlOf(target.pathname));
    res.setHeader('Last-Modified', sent.stats.mtime.toUTCString());
    if (compressible.test(target.file)) res.setHeader('Vary', 'Accept-Encoding');
    if (unchangedSince(req, sent.stats)) {
      res.writeHead(304);
      res.end();
      return true;
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': sent.stats.size,
      ...(sent.token ? { 'Content-Encoding': sent.token } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(sent.path).pipe(res);
    return true;
  };
}
