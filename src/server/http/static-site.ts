/**
 * The static files of one build (its client/ folder), served by the server itself: the .br or
 * .gz the build wrote when the client accepts it, else the file as it is; a 301 from a folder's
 * slash-less URL; 304 when unchanged; and for a page, the CSP that allows its own inline styles.
 * The adapter in middleware mode renders on-demand routes only: its static layer stat-ed every
 * request first, POSTs included, which cost a third of the enquiry API's throughput
 * (docs/benchmarks.md). A build being served never changes (a publish writes a new folder), so
 * what a URL resolves to — the file, its headers, a page's policy — is worked out once per build
 * and then answered from memory, as sirv does, but only for what is asked for (docs/benchmarks.md,
 * "Static files": sirv reads the whole folder at start).
 */
import { createReadStream, readdirSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy, inlineStyleHashes } from '../../lib/security/content-security-policy.ts';
import { acceptedEncodings, type Encoding, precompressedVariant } from './precompressed.ts';
import { cacheControlOf, compressible, contentTypeOf, folderLocation, staticFileOf } from './static-files.ts';

export type StaticSite = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

type Headers = Record<string, string | number>;

/** What a URL of the build resolved to: a file with its headers (for a 304, and for a 200), or a folder. */
type Resolved =
  | { kind: 'file'; path: string; stats: Stats; notModified: Headers; headers: Headers }
  | { kind: 'folder' };

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

/** A page's policy: the hashes of its own style blocks (unreadable: the default policy). */
const policyOf = (file: string): Promise<string> =>
  readFile(file, 'utf8').then(
    (html) => contentSecurityPolicy(inlineStyleHashes(html)),
    () => contentSecurityPolicy(),
  );

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

  async function resolve(pathname: string, file: string, accepted: readonly Encoding[]) {
    const type = contentTypeOf(file);
    const variant = accepted.length > 0 ? await precompressedVariant(file, accepted) : undefined;
    const found = variant ? undefined : await statOf(file);
    if (found?.isDirectory()) return { kind: 'folder' } as const;
    if (!type || !(variant || found?.isFile())) return undefined;
    const sent = variant ?? { path: file, stats: found as Stats, token: undefined };
    const notModified: Headers = {
      'Cache-Control': cacheControlOf(pathname),
      'Last-Modified': sent.stats.mtime.toUTCString(),
      ...(compressible.test(file) ? { Vary: 'Accept-Encoding' } : {}),
      ...(type.startsWith('text/html') ? { 'Content-Security-Policy': await policyOf(file) } : {}),
    };
    const headers: Headers = {
      ...notModified,
      'Content-Type': type,
      'Content-Length': sent.stats.size,
      ...(sent.token ? { 'Content-Encoding': sent.token } : {}),
    };
    return { kind: 'file', path: sent.path, stats: sent.stats, notModified, headers } as const;
  }

  // Kept per file and the encodings the client takes (four cases); a miss is not kept, so
  // random URLs cannot grow it, and a file that appears later is found.
  const known = new Map<string, Resolved>();

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const target = staticFileOf(clientDir, req.url);
    if (!target || !inBuildFolders(target.pathname)) return false;
    const accepted = compressible.test(target.file)
      ? acceptedEncodings(String(req.headers['accept-encoding'] ?? ''))
      : [];
    const key = `${accepted.join()}\0${target.file}`;
    let sent = known.get(key);
    if (!sent) {
      sent = await resolve(target.pathname, target.file, accepted);
      if (!sent) return false;
      known.set(key, sent);
    }
    if (sent.kind === 'folder') {
      if (target.pathname.endsWith('/')) return false;
      res.writeHead(301, { Location: folderLocation(req.url) });
      res.end();
      return true;
    }
    if (unchangedSince(req, sent.stats)) {
      res.writeHead(304, sent.notModified);
      res.end();
      return true;
    }
    res.writeHead(200, sent.headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(sent.path).pipe(res);
    return true;
  };
}
