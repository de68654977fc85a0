/**
 * Every kind of response carries the security headers, and no built page holds an inline script
 * the CSP (script-src 'self', no 'unsafe-inline') would block.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIResponse, expect, test } from '@playwright/test';

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values] as const),
  );
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
  expect(scriptSrc.length, `script-src in ${csp}`).toBeGreaterThan(0);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(directives.get('style-src') ?? [], `style-src in ${csp}`).not.toContain("'unsafe-inline'");
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

test('pages, static assets, images, OG cards and 404s carry the security headers', async ({ request }) => {
  const home = await request.get('/');
  expect(home.status()).toBe(200);
  expectSecurityHeaders(home);

  const html = await (await request.get('/en/products/')).text();
  // Page CSS is inlined (build.inlineStylesheets 'always'): the page's scripts are its hashed static assets.
  const script = html.match(/<script type="module" src="(\/_astro\/[^"]+\.js)"/)?.[1];
  const image = html.match(/<img src="(\/_astro\/[^"]+\.webp)"/)?.[1];
  const ogImage = (
    await (await request.get(html.match(/href="(\/en\/products\/[a-z0-9-]+\/)"/)?.[1] ?? '/')).text()
  ).match(/<meta property="og:image" content="https?:\/\/[^/]+(\/og\/[^"]+\.png)"/)?.[1];

  const responses: [string, string | undefined, number, RegExp][] = [
    ['script', script, 200, /^text\/javascript/],
    ['image', image, 200, /^image\/webp/],
    ['OG card', ogImage, 200, /^image\/png/],
    ['favicon', '/favicon.svg', 200, /^image\/svg\+xml/],
    ['robots.txt', '/robots.txt', 200, /^text\/plain/],
    ['404 page', '/khong-co-trang-nay/', 404, /^text\/html/],
    ['404 asset', '/_astro/khong-co.js', 404, /./],
  ];
  for (const [kind, url, status, type] of responses) {
    expect(url, `${kind} URL found in the page`).toBeTruthy();
    const response = await request.get(url ?? '');
    expect(response.status(), kind).toBe(status);
    expect(response.headers()['content-type'], kind).toMatch(type);
    expectSecurityHeaders(response);
  }

  // The precompressed copy of a page is sent by another code path: same headers.
  const brotli = await request.get('/en/', { headers: { 'Accept-Encoding': 'br' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expectSecurityHeaders(brotli);
});

test('static files: slash-less folders redirect, unchanged files answer 304, broken URLs 400', async ({
  request,
}) => {
  const slashless = await request.get('/san-pham?trang=2', { maxRedirects: 0 });
  expect(slashless.status()).toBe(301);
  expect(slashless.headers().location).toBe('/san-pham/?trang=2');

  const favicon = await request.get('/favicon.svg');
  const lastModified = favicon.headers()['last-modified'] ?? '';
  expect(lastModified).not.toBe('');
  const again = await request.get('/favicon.svg', { headers: { 'If-Modified-Since': lastModified } });
  expect(again.status()).toBe(304);
  expectSecurityHeaders(again);

  const broken = await request.get('/san-pham/%E0%A4%A/');
  expect(broken.status()).toBe(400);
  expectSecurityHeaders(broken);
  // Writes are never mistaken for files: a POST to a page URL reaches the site, which has no such route.
  expect((await request.post('/favicon.svg')).status()).toBe(404);
});

test('the sitemap lists pages, not the inbox nor the after-posting pages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/san-pham/mien-dong-tai-hoan/</loc>');
  expect(sitemap).toContain('/en/products/mien-dong-tai-hoan/</loc>');
  expect(sitemap).not.toMatch(/\/admin\/|\/yeu-cau-da-gui\/|\/en\/enquiry-sent\//);
});

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

test('no built page has an inline script other than JSON-LD, nor an inline event handler', () => {
  const offenders: string[] = [];
  let pages = 0;
  for (const file of htmlFiles('dist/client')) {
    pages++;
    const html = readFileSync(file, 'utf8');
    for (const [tag, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
      const external = /\ssrc=/i.test(attributes);
      const jsonLd = /\stype="application\/ld\+json"/i.test(attributes);
      if (!external && !jsonLd) offenders.push(`${file}: ${tag}`);
    }
    for (const [handler] of html.matchAll(/<[a-z][^>]*\son[a-z]+=["']/gi))
      offenders.push(`${file}: ${handler}`);
  }
  expect(pages).toBeGreaterThan(10);
  expect(offenders).toEqual([]);
});

/** The style-src hashes a response allows. */
const styleHashes = (csp: string) => (csp.match(/'sha256-[^']+'/g) ?? []).sort();
const hashesOf = (html: string) =>
  [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map(
      ([, css]) =>
        `'sha256-${createHash('sha256')
          .update(css ?? '')
          .digest('base64')}'`,
    )
    .sort();

test('each page allows exactly its own inline styles, in the header, static or rendered on request', async ({
  request,
}) => {
  for (const path of ['/', '/en/products/', '/tim-kiem/?q=tra', '/admin/login/', '/khong-co-trang-nay/']) {
    for (const encoding of ['br', 'identity']) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
      const html = await response.text();
      expect(hashesOf(html).length, path).toBeGreaterThan(0);
      expect(
        styleHashes(response.headers()['content-security-policy'] ?? ''),
        `${path} (${encoding})`,
      ).toEqual(hashesOf(html));
      expect(html, path).not.toMatch(/<meta[^>]+content-security-policy/i);
    }
  }
});

test('the browser reports no CSP violation on pages with their scripts running', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', '/san-pham/', '/tim-kiem/?q=mien', '/gio-yeu-cau/', '/en/ocop-programme/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
