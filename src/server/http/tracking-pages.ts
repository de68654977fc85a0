/**
 * The buyer's tracking pages answered from memory while what they show is unchanged. A GET of
 * /theo-doi/<token>/ or /en/track/<token>/ without a query (a query carries a notice) reads the
 * conversation's version, one indexed look-up in the storage every instance shares (so a reply
 * through another instance shows at once), and answers with the page rendered for that version
 * and build, with a fresh key in its reply forms. Anything else goes to the route as before: a
 * wrong token is its plain 404 and counts toward the guessing limit; a page not kept, or of an
 * older version, is rendered there and left here (`locals.pageKeeper`, kept by the middleware).
 * Pages are kept under their token's hash, never the token; the route's private headers
 * (no-store, noindex) are kept with them.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hashTrackingToken, isTrackingToken } from '../../lib/enquiries/tracking-token.server.ts';
import type { PageKeeper } from '../../lib/site-runtime.ts';
import { trackingPathOf } from './tracking-path.ts';

interface KeptPage {
  /** The build it was rendered with (names, asset URLs): another build renders it again. */
  build: object;
  version: string;
  headers: Record<string, string>;
  /** The page's bytes around its form key, which each answer replaces with a fresh one. */
  parts: Buffer[];
  size: number;
}

/** The page's key (language and token hash) and the hash; undefined for any other URL. */
function trackedPage(url: string): { key: string; tokenHash: string } | undefined {
  const path = trackingPathOf(url);
  if (!path || !isTrackingToken(path.token)) return undefined;
  const tokenHash = hashTrackingToken(path.token);
  return { key: `${path.locale} ${tokenHash}`, tokenHash };
}

/** Splits a page around every occurrence of its form key. */
function around(body: Buffer, formKey: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(formKey); at !== -1; at = body.indexOf(formKey, from)) {
    parts.push(body.subarray(from, at));
    from = at + formKey.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export type TrackingPageAnswer = { served: true } | { served: false; pageKeeper?: PageKeeper };

export function createTrackingPages(options: {
  /** The conversation's version by token hash (Storage.conversations.version). */
  version: (tokenHash: string) => Promise<string | undefined>;
  /** What the kept pages may take together; the least recently served go first. */
  maxBytes: number;
}) {
  const kept = new Map<string, KeptPage>();
  let keptBytes = 0;

  const forget = (key: string) => {
    const page = kept.get(key);
    if (!page) return;
    kept.delete(key);
    keptBytes -= page.size;
  };

  function keep(key: string, page: KeptPage) {
    forget(key);
    if (page.size > options.maxBytes) return;
    kept.set(key, page);
    keptBytes += page.size;
    for (const oldest of kept.keys()) {
      if (keptBytes <= options.maxBytes) break;
      forget(oldest);
    }
  }

  /** Answers the request from memory, or says what the route may keep of its answer. */
  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    build: object,
  ): Promise<TrackingPageAnswer> {
    const page = req.method === 'GET' && req.url ? trackedPage(req.url) : undefined;
    if (!page) return { served: false };
    // Read before the route reads what it renders: a page kept under this version is never older than it.
    const version = await options.version(page.tokenHash);
    if (version === undefined) return { served: false };
    const known = kept.get(page.key);
    if (known && known.version === version && known.build === build) {
      // Most recently served last, so the least recently served go first.
      kept.delete(page.key);
      kept.set(page.key, known);
      const formKey = Buffer.from(randomUUID());
      res.writeHead(200, known.headers);
      res.end(Buffer.concat(known.parts.flatMap((part, i) => (i === 0 ? [part] : [formKey, part]))));
      return { served: true };
    }
    const formKey = randomUUID();
    const pageKeeper: PageKeeper = {
      formKey,
      keep({ status, headers, body }) {
        if (status !== 200) return;
        const bytes = Buffer.from(body);
        keep(page.key, {
          build,
          version,
          headers: Object.fromEntries(headers),
          parts: around(bytes, Buffer.from(formKey)),
          size: bytes.byteLength,
        });
      },
    };
    return { served: false, pageKeeper };
  }

  return { serve };
}

export type TrackingPages = ReturnType<typeof createTrackingPages>;
