/**
 * The site's Content-Security-Policy. Scripts come only from the site's own files (the build
 * never inlines them). Styles are inline (every page carries its CSS in a <style> block, so no
 * stylesheet request blocks the first paint on slow 4G): each response allows exactly the
 * blocks of its own page, by their hashes, and nothing else inline.
 */
import { createHash } from 'node:crypto';

const styleBlock = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;

// A page's style blocks come from the build: pages rendered on request repeat the same few, so
// each is hashed once (bounded, should a build have more than this many).
const knownHashes = new Map<string, string>();
const KNOWN_HASHES_MAX = 1000;

const styleHash = (css: string): string => {
  let hash = knownHashes.get(css);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    if (knownHashes.size >= KNOWN_HASHES_MAX) knownHashes.clear();
    knownHashes.set(css, hash);
  }
  return hash;
};

/** The CSP source of every inline <style> block of a page, e.g. 'sha256-…'. */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of html.matchAll(styleBlock)) hashes.add(styleHash(css ?? ''));
  return [...hashes];
}

export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleHashes.map((h) => ` ${h}`).join('')}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
