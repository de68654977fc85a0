/**
 * The files a cached page needs offline, read from its HTML and scripts: images (src and every
 * srcset candidate, so any screen width works), stylesheets, icons and scripts with the modules
 * they import. A service worker has no DOMParser, so this reads attributes with patterns; it
 * only has to understand the HTML and JavaScript this site's build writes.
 */

const TAG = /<(img|source|link|script)\b[^>]*>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const LINK_RELS = new Set(['stylesheet', 'modulepreload', 'preload', 'icon']);

const decode = (value: string) =>
  value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    const value = match[2] ?? match[3];
    if (name && value !== undefined && !found.has(name)) found.set(name, decode(value));
  }
  return found;
}

/** "a.webp 320w, b.webp 640w" → ["a.webp", "b.webp"] (the site's URLs contain no commas). */
const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url): url is string => Boolean(url));

/** Same-origin absolute URLs (without fragment) of the files the page loads. */
export function pageAssetUrls(html: string, pageUrl: URL): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const tag = match[0];
    const kind = match[1]?.toLowerCase();
    const attrs = attributes(tag);
    if (kind === 'img' || kind === 'source') {
      const src = attrs.get('src');
      if (src) urls.push(src);
      for (const set of [attrs.get('srcset'), attrs.get('imagesrcset')])
        if (set) urls.push(...srcsetUrls(set));
    } else if (kind === 'script') {
      const src = attrs.get('src');
      if (src) urls.push(src);
    } else if (kind === 'link') {
      const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (href && rels.some((rel) => LINK_RELS.has(rel))) urls.push(href);
      const set = attrs.get('imagesrcset');
      if (set) urls.push(...srcsetUrls(set));
    }
  }
  return sameOrigin(urls, pageUrl);
}

// Quoted or, as Vite writes dynamic imports, in backticks.
const IMPORT = /(?:\bimport|\bfrom)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g;

/** Modules a built script imports, statically or dynamically, as absolute same-origin URLs. */
export function scriptImportUrls(code: string, scriptUrl: URL): string[] {
  return sameOrigin(
    [...code.matchAll(IMPORT)].map((match) => match[1]).filter((url): url is string => Boolean(url)),
    scriptUrl,
  );
}

function sameOrigin(urls: readonly string[], base: URL): string[] {
  const result = new Set<string>();
  for (const raw of urls) {
    if (raw.startsWith('data:') || raw.startsWith('blob:')) continue;
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin) continue;
    url.hash = '';
    result.add(url.href);
  }
  return [...result];
}
