/**
 * True on the day it is read: the site built today, started unchanged on the day one of its
 * certificates ends (OCOP_TODAY), republishes itself before it listens, and every public view of
 * that product says expired, without stars: the page in both languages with its title, JSON-LD
 * and Open Graph card, the listings by stars, the basket button, the open data, and search with
 * its facets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentToday } from '../../src/lib/content/certificate-status.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { paths } from '../../src/lib/paths.ts';
import { dayFromNumber, dayNumber } from '../../src/lib/search/certificate-days.ts';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import type { SearchResult } from '../../src/lib/search/response.ts';
import { builtDocuments, distDir } from '../support/meilisearch.ts';
import { type RunningSite, startSite } from '../support/production-server.ts';

let later: RunningSite;
let product: SearchDocument;
let expires: string;

const built = (path: string) => readFileSync(join(distDir, 'client', path, 'index.html'), 'utf8');
const served = async (path: string) => {
  const response = await fetch(`${later.url}${path}`);
  return { status: response.status, html: await response.text() };
};
const titleOf = (html: string) => html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
/** The product's own "add to basket" button (related products' cards have theirs). */
const basketButton = (slug: string) =>
  new RegExp(`<ocop-basket-add data-product="\\{&quot;slug&quot;:&quot;${slug}&quot;`);

beforeAll(async () => {
  // The first certificate to end after the build's day (not revoked): the server starts on its expiry day.
  const today = dayNumber(contentToday());
  const next = (await builtDocuments())
    .filter((d) => d.expiryDay > today && !d.revocationDay)
    .sort((a, b) => a.expiryDay - b.expiryDay)[0];
  if (!next) throw new Error('no certificate ends after today in the sample');
  product = next;
  expires = dayFromNumber(next.expiryDay);
  // A publish builds the whole site before the server listens.
  later = await startSite({ OCOP_TODAY: expires }, { timeoutMs: 600_000 });
  // The server says why it published before listening, and it did.
  expect(later.output()).toMatch(/certificate statuses changed between [\d-]+ and [\d-]+/);
  expect(later.output()).not.toContain('could not publish for today');
}, 600_000);

afterAll(async () => {
  await later?.stop();
});

describe('a product whose certificate ends on the day the server starts', () => {
  it('was shown with its stars in the build of today', () => {
    const html = built(paths.product('vi', product.slug));
    expect(titleOf(html)).toContain(`${product.stars} sao`);
    expect(html).not.toContain('Hết hiệu lực từ');
    expect(html).toMatch(basketButton(product.slug));
  });

  it('is served as expired since that day, without stars, basket button or award', async () => {
    const { status, html } = await served(paths.product('vi', product.slug));
    expect(status).toBe(200);
    const since = `Hết hiệu lực từ ${formatDate(expires, 'vi')}`;
    expect(titleOf(html)).toContain(since);
    expect(titleOf(html)).not.toContain('sao');
    expect(html).toContain(since);
    expect(html).not.toMatch(/class="stars large"/);
    expect(html).not.toMatch(basketButton(product.slug));
    expect(html).not.toContain('"award"');
    // Its history is still there.
    expect(html).toContain('id="history-title"');
  });

  it('says so in English too', async () => {
    const { html } = await served(paths.product('en', product.slug));
    expect(titleOf(html)).toContain(`Expired since ${formatDate(expires, 'en')}`);
  });

  it('has an Open Graph card redrawn without its stars', async () => {
    const path = paths.ogImage(product.slug);
    const before = readFileSync(join(distDir, 'client', path));
    const after = Buffer.from(await (await fetch(`${later.url}${path}`)).arrayBuffer());
    expect(after.length).toBeGreaterThan(0);
    expect(after.equals(before)).toBe(false);
  });

  it('leaves the listing of its stars', async () => {
    const link = `href="${paths.product('vi', product.slug)}"`;
    const pages = async (read: (path: string) => Promise<string | undefined>) => {
      const found: string[] = [];
      for (let page = 1; ; page++) {
        const html = await read(paths.productsByStars('vi', product.stars, page));
        if (html === undefined) return found;
        found.push(html);
      }
    };
    const before = await pages(async (path) => {
      try {
        return built(path);
      } catch {
        return undefined;
      }
    });
    expect(before.some((html) => html.includes(link))).toBe(true);
    const after = await pages(async (path) => {
      const { status, html } = await served(path);
      return status === 200 ? html : undefined;
    });
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((html) => html.includes(link))).toBe(false);
  });

  it('is expired, without stars, in the open data of that day', async () => {
    const file = (await (await fetch(`${later.url}${paths.openDataFiles.productsJson}`)).json()) as {
      statuses_on: string;
      products: { slug: string; status: string; stars: number | null }[];
    };
    expect(file.statuses_on).toBe(expires);
    expect(file.products.find((p) => p.slug === product.slug)).toMatchObject({
      status: 'expired',
      stars: null,
    });
  });

  it('is found by search as expired, with the facets counting it so', async () => {
    const ask = async (query: string) =>
      (await (
        await fetch(`${later.url}/api/search/?q=${encodeURIComponent(product.name.vi)}&${query}`)
      ).json()) as SearchResult;
    const then = await ask('hitsPerPage=50');
    expect(then.today).toBe(expires);
    expect(then.hits.find((h) => h.slug === product.slug)).toMatchObject({
      status: 'expired',
      stars: null,
      statusLabel: expect.stringMatching(/^Hết hiệu lực từ /),
    });
    expect(then.facets.status.find((s) => s.value === 'expired')?.count).toBeGreaterThan(0);
    const expired = await ask('status=expired&hitsPerPage=50');
    expect(expired.hits.map((h) => h.slug)).toContain(product.slug);
  });
});
