/**
 * GET /api/search and the search page on the real production server (its own Meilisearch, the
 * sample catalogue): the response contract, validation with messages in the reader's language,
 * limits, close matches, statuses on the day the server is told it is (OCOP_TODAY), the page
 * without JavaScript, the results fragment, and escaping of indexed text.
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentToday } from '../../src/lib/content/certificate-status.ts';
import { dayFromNumber, dayNumber } from '../../src/lib/search/certificate-days.ts';
import { SEARCH_LIMITS } from '../../src/lib/search/params.ts';
import type { SearchResult } from '../../src/lib/search/response.ts';
import { SEARCH_INDEX } from '../../src/lib/search/settings.ts';
import { builtDocuments } from '../support/meilisearch.ts';
import { type RunningSite, startSite } from '../support/production-server.ts';

let site: RunningSite;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.stop();
});

const api = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${site.url}/api/search/?${query}`, { headers });
const page = (path: string, headers: Record<string, string> = {}) => fetch(`${site.url}${path}`, { headers });

describe('GET /api/search', () => {
  it('answers { hits: [{ slug, url, name, … }], totalHits, page, facets }', async () => {
    const response = await api(`q=${encodeURIComponent('miến dong')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as SearchResult;
    expect(body).toMatchObject({
      page: 1,
      hitsPerPage: SEARCH_LIMITS.hitsPerPage,
      locale: 'vi',
      closeMatches: false,
      today: contentToday(),
    });
    expect(body.totalHits).toBeGreaterThanOrEqual(7);
    expect(body.hits[0]).toMatchObject({
      slug: expect.stringMatching(/^mien-dong-/),
      url: expect.stringMatching(/^\/san-pham\/mien-dong-[a-z-]+\/$/),
      name: expect.stringMatching(/^Miến dong/),
      stars: expect.any(Number),
      status: expect.stringMatching(/^(valid|expiring)$/),
      statusLabel: expect.stringMatching(/^(Còn hiệu lực|Sắp hết hạn \(.+\))$/),
      expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(body.hits[0]?.highlight.name.some((s) => s.match)).toBe(true);
    expect(Object.keys(body.facets).sort()).toEqual(['district', 'group', 'stars', 'status', 'type']);
    expect(body.facets.group.find((g) => g.value === 'thuc-pham')?.count).toBe(body.totalHits);
    expect(body.facets.status.find((s) => s.value === 'all')).toMatchObject({
      count: body.totalHits,
      selected: true,
    });
  });

  it('serves the contract URL without the trailing slash too, in place', async () => {
    const response = await fetch(`${site.url}/api/search?q=tra`, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as SearchResult).totalHits).toBeGreaterThan(0);
  });

  it('filters, pages and caps the page size', async () => {
    const body = (await (await api('q=tra&stars=4&hitsPerPage=2&page=2&status=all')).json()) as SearchResult;
    expect(body.hits.length).toBeLessThanOrEqual(2);
    expect(body.page).toBe(2);
    expect(body.hits.every((h) => h.stars === 4)).toBe(true);
    const max = (await (
      await api(`hitsPerPage=${SEARCH_LIMITS.maxHitsPerPage}&status=all`)
    ).json()) as SearchResult;
    expect(max.hits).toHaveLength(SEARCH_LIMITS.maxHitsPerPage);
  });

  it('flags close matches when no product matches every word', async () => {
    const body = (await (await api(`q=${encodeURIComponent('mat ong ba be')}`)).json()) as SearchResult;
    expect(body.closeMatches).toBe(true);
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.every((h) => /mật ong/i.test(h.name))).toBe(true);
    const nothing = (await (await api('q=xyzzy')).json()) as SearchResult;
    expect(nothing).toMatchObject({ totalHits: 0, closeMatches: false, hits: [] });
  });

  it('answers English readers with English names and URLs', async () => {
    const body = (await (await api('q=honey&locale=en')).json()) as SearchResult;
    expect(body.hits[0]?.url).toMatch(/^\/en\/products\//);
    expect(body.hits[0]?.name).toMatch(/honey/i);
  });

  it.each([
    ['page=0', 'page', /Số trang/],
    [`page=${SEARCH_LIMITS.maxPage + 1}`, 'page', /Số trang/],
    [`hitsPerPage=${SEARCH_LIMITS.maxHitsPerPage + 1}`, 'hitsPerPage', /kết quả mỗi trang/],
    [`q=${'x'.repeat(SEARCH_LIMITS.queryLength + 1)}`, 'q', /dài quá/],
    ['group=keo', 'group', /“group”/],
    ['stars=6', 'stars', /“stars”/],
    ['district=ha-noi', 'district', /“district”/],
    ['type=x', 'type', /“type”/],
    ['status=x', 'status', /“status”/],
    ['sort=x', 'sort', /“sort”/],
    ['locale=fr', 'locale', /“locale”/],
    ['stars=3&stars=4', 'stars', /một lần/],
  ])('400 for %s, saying what is wrong in Vietnamese', async (query, param, message) => {
    const response = await api(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; issues: { param: string }[] } };
    expect(body.error.message).toMatch(message);
    expect(body.error.issues.map((i) => i.param)).toContain(param);
  });

  it('explains in English when asked through locale or Accept-Language', async () => {
    const byParam = (await (await api('page=0&locale=en')).json()) as { error: { message: string } };
    const byHeader = (await (await api('page=0', { 'Accept-Language': 'en-GB,en;q=0.8' })).json()) as {
      error: { message: string };
    };
    expect(byParam.error.message).toMatch(/The page must be/);
    expect(byHeader.error.message).toMatch(/The page must be/);
  });
});

describe('the search page without JavaScript', () => {
  it('renders results with highlighted matches, facet links with counts, and the form', async () => {
    const response = await page(`/tim-kiem/?q=${encodeURIComponent('mật ong')}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/tim-kiem\/"/);
    expect(html).toMatch(/<mark[^>]*>Mật<\/mark>/);
    expect(html).toMatch(/href="\/san-pham\/mat-ong-lung-phac\/"/);
    const facetCounts = (param: string) =>
      [
        ...html.matchAll(
          new RegExp(
            `href="/tim-kiem/\\?q=m%E1%BA%ADt\\+ong&amp;${param}=(\\w+)"[^>]*>[^<]+<span class="count"[^>]*> \\((\\d+)\\)`,
            'g',
          ),
        ),
      ].map((m) => [m[1], Number(m[2])] as const);
    const sum = (counts: (readonly [string | undefined, number])[]) => counts.reduce((n, [, c]) => n + c, 0);
    const total = Number(/data-summary="(\d+) sản phẩm/.exec(html)?.[1]);
    const statuses = facetCounts('status');
    expect(statuses.length).toBeGreaterThan(0);
    // Every product has one status on the day: the status facet's counts add up to the total…
    expect(sum(statuses)).toBe(total);
    // …and the stars counted are those of the current certificates.
    expect(sum(facetCounts('stars'))).toBe(sum(statuses.filter(([s]) => s === 'valid' || s === 'expiring')));
    expect(html).toMatch(/Tình trạng chứng nhận ngày \d+\/\d+\/\d{4}/);
    expect(html).toContain('name="robots" content="noindex"');
  });

  it('keeps the chosen filters in the form and in every link', async () => {
    const html = await (await page('/tim-kiem/?q=tra&group=thuc-pham&stars=3')).text();
    expect(html).toMatch(/<input type="hidden" name="group" value="thuc-pham"/);
    expect(html).toMatch(/<input type="hidden" name="stars" value="3"/);
    expect(html).toMatch(/href="\/tim-kiem\/\?q=tra&amp;stars=3"[^>]*aria-current="true"/);
  });

  it('answers 400 with the reason on the page for bad parameters', async () => {
    const response = await page('/en/search/?q=tea&stars=9');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The value of “stars” is not valid');
  });

  it('shows close matches under their own heading when no product matches every word', async () => {
    const html = await (await page(`/tim-kiem/?q=${encodeURIComponent('mật ong xyzzy')}`)).text();
    expect(html).toContain('data-close-matches');
    expect(html).toMatch(/<h2[^>]*>Kết quả gần đúng<\/h2>/);
    expect(html).toContain('Không có sản phẩm nào khớp với mọi từ của “mật ong xyzzy”');
    expect(html).toMatch(/href="\/san-pham\/mat-ong-lung-phac\/"/);
    expect(html).not.toContain('data-zero-results');
  });

  it('offers a way on when nothing is found, not even close', async () => {
    const html = await (await page(`/tim-kiem/?q=${encodeURIComponent('mật ong')}&group=du-lich`)).text();
    expect(html).toContain('data-zero-results');
    expect(html).not.toContain('data-close-matches');
    expect(html).toMatch(/Bỏ bộ lọc “Dịch vụ du lịch[^”]*”<\/a> \(\d+ sản phẩm\)/);
    expect(html).toMatch(/href="\/san-pham\/nhom\/thuc-pham\/"/);
  });

  it('renders only the results region for the search element', async () => {
    const response = await page('/tim-kiem/?q=tra', { 'x-ocop-fragment': 'results' });
    const html = await response.text();
    expect(response.headers.get('vary')).toMatch(/x-ocop-fragment/i);
    expect(html).toContain('data-search-results');
    expect(html).not.toContain('<header');
    expect(html).not.toContain('<form');
  });
});

describe('statuses on the day the server is told it is (OCOP_TODAY), with the same build', () => {
  let later: RunningSite | undefined;
  afterAll(async () => {
    await later?.stop();
  });

  it('says expired, without stars and since when, once the expiry day has come', async () => {
    // The first certificate to end after today (not revoked); the server is started on its expiry day.
    const today = dayNumber(contentToday());
    const next = (await builtDocuments())
      .filter((d) => d.expiryDay > today && !d.revocationDay)
      .sort((a, b) => a.expiryDay - b.expiryDay)[0];
    if (!next) throw new Error('no certificate ends after today in the sample');
    const expires = dayFromNumber(next.expiryDay);
    later = await startSite({ OCOP_TODAY: expires });
    const ask = async (origin: string, query: string) =>
      (await (
        await fetch(`${origin}/api/search/?q=${encodeURIComponent(next.name.vi)}&${query}`)
      ).json()) as SearchResult;
    const now = (await ask(site.url, 'hitsPerPage=50')).hits.find((h) => h.slug === next.slug);
    expect(now).toMatchObject({ stars: next.stars, status: expect.stringMatching(/^(valid|expiring)$/) });
    const then = await ask(later.url, 'hitsPerPage=50');
    expect(then.today).toBe(expires);
    expect(then.hits.find((h) => h.slug === next.slug)).toMatchObject({
      status: 'expired',
      stars: null,
      statusLabel: expect.stringMatching(/^Hết hiệu lực từ /),
    });
    expect(then.facets.status.find((s) => s.value === 'expired')?.count).toBeGreaterThan(0);
    const expired = await ask(later.url, 'status=expired&hitsPerPage=50');
    expect(expired.hits.map((h) => h.slug)).toContain(next.slug);
  });
});

describe('indexed text is text', () => {
  it('escapes a product name that looks like markup, on the page and in the suggestions data', async () => {
    const meili = await site.meili();
    const client = new Meilisearch({ host: meili.url, apiKey: await site.masterKey() });
    const index = client.index(SEARCH_INDEX);
    const [real] = (await index.getDocuments({ limit: 1 })).results;
    const probe = {
      ...real,
      id: 'xss-probe',
      slug: 'xss-probe',
      name: { vi: 'Xssprobe <img src=x onerror=alert(1)> "</mark><script>alert(2)</script>' },
    };
    await index.addDocuments([probe]).waitTask();
    try {
      const html = await (await page('/tim-kiem/?q=xssprobe')).text();
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<script>alert(2)');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toMatch(/<mark[^>]*>Xssprobe<\/mark>/);
    } finally {
      await index.deleteDocument('xss-probe').waitTask();
    }
  });
});
