/**
 * The built sitemap against the built pages: it lists exactly the pages a search engine may
 * index, each with the same hreflang alternates as the page's own head, and the open data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';

const client = join(process.cwd(), 'dist', 'client');

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
/** "lang url" for each hreflang link among the tags, sorted. */
const alternatesIn = (tags: string[]) =>
  tags
    .filter((tag) => attribute(tag, 'rel') === 'alternate' && attribute(tag, 'hreflang'))
    .map((tag) => `${attribute(tag, 'hreflang')} ${attribute(tag, 'href')}`)
    .sort();

/** The open data files, rendered on request: listed, without alternates (one file for both languages). */
const openDataFiles: string[] = [
  paths.openDataFiles.productsCsv,
  paths.openDataFiles.productsJson,
  paths.openDataFiles.producersCsv,
  paths.openDataFiles.producersJson,
  paths.openDataFiles.certificateFeed,
];

/** Sitemap entries: path → alternates. */
const sitemap = new Map<string, string[]>();
for (const file of readdirSync(client).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
  for (const [entry = ''] of readFileSync(join(client, file), 'utf8').matchAll(/<url>.*?<\/url>/gs)) {
    const loc = entry.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? '';
    sitemap.set(new URL(loc).pathname, alternatesIn(entry.match(/<xhtml:link\b[^>]*>/g) ?? []));
  }
}

/** Built HTML pages: path → its head's alternates, and whether it asks not to be indexed. */
const pages = new Map<string, { alternates: string[]; noindex: boolean }>();
for (const entry of readdirSync(client, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const path = `/${relative(client, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const head = readFileSync(file, 'utf8').split('</head>')[0] ?? '';
  pages.set(path, {
    alternates: alternatesIn(head.match(/<link\b[^>]*>/g) ?? []),
    noindex: /<meta name="robots" content="[^"]*noindex/.test(head),
  });
}

describe('sitemap of the build', () => {
  it('lists every built page that may be indexed and the open data files, and nothing else', () => {
    const indexable = [...pages].filter(([, page]) => !page.noindex).map(([path]) => path);
    expect(indexable.length).toBeGreaterThan(300);
    expect(indexable).toContain(paths.openData('vi'));
    expect([...sitemap.keys()].sort()).toEqual([...indexable, ...openDataFiles].sort());
  });

  it('gives each page the hreflang alternates of its head, all of them listed too', () => {
    for (const [path, alternates] of sitemap) {
      if (openDataFiles.includes(path)) {
        expect(alternates, path).toEqual([]);
        continue;
      }
      expect(alternates, path).toEqual(pages.get(path)?.alternates);
      expect(alternates, path).toHaveLength(3);
      for (const alternate of alternates)
        expect(sitemap.has(new URL(alternate.split(' ')[1] ?? '').pathname)).toBe(true);
    }
  });
});
