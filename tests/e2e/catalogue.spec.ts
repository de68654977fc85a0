/**
 * The catalogue journey on the built production server: home → group listing → product →
 * producer → the same page in English. Tagged @no-js: it also runs with JavaScript disabled.
 */
import { expect, type Page, test } from '@playwright/test';

/** SITE_URL of the build: canonical and hreflang URLs point at the public origin, not the test server. */
const SITE = process.env.SITE_URL ?? 'https://ocop.backan.example';

async function expectPageBasics(page: Page, lang: 'vi' | 'en') {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('[data-sample-notice]')).toBeVisible();
  const path = new URL(page.url()).pathname;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${path}`);
  await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
    'href',
    `${SITE}${path}`,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
}

/** Every JSON-LD block parses; returns them by @type. */
async function jsonLd(page: Page): Promise<Record<string, Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const parsed = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
  return Object.fromEntries(parsed.map((data) => [String(data['@type']), data]));
}

test('home → group → product → producer → English @no-js', async ({ page, request }) => {
  await page.goto('/');
  await expectPageBasics(page, 'vi');
  await expect(page.locator('h1')).toHaveText('Sản phẩm OCOP Bắc Kạn');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${SITE}/en/`);

  // A group with products: its tile does not say "0 sản phẩm".
  const groups = page.getByRole('region', { name: 'Sáu nhóm sản phẩm' }).getByRole('link');
  await expect(groups).toHaveCount(6);
  await groups
    .filter({ hasNotText: /(^|\D)0 sản phẩm/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/san-pham\/nhom\/[a-z-]+\/$/);
  await expectPageBasics(page, 'vi');
  await expect(
    page.getByRole('navigation', { name: 'Lọc sản phẩm' }).locator('[aria-current="true"]'),
  ).toHaveCount(1);
  expect((await jsonLd(page)).BreadcrumbList).toBeTruthy();

  // The first product of the listing.
  const productLink = page.locator('.product-grid h2 a').first();
  const productName = (await productLink.textContent())?.trim() ?? '';
  await productLink.click();
  await expect(page).toHaveURL(/\/san-pham\/[a-z0-9-]+\/$/);
  await expectPageBasics(page, 'vi');
  await expect(page.locator('h1')).toHaveText(productName);
  await expect(page.locator('[data-certificate-status]')).toHaveAttribute(
    'data-certificate-status',
    /^(valid|expiring|expired|revoked)$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Chứng nhận OCOP' })).toBeVisible();
  await expect(page.locator('.gallery img').first()).toHaveAttribute('fetchpriority', 'high');

  const productLd = await jsonLd(page);
  expect(productLd.Product?.name).toBe(productName);
  expect(productLd.Product?.brand).toMatchObject({ '@type': 'Organization' });
  expect(productLd.BreadcrumbList?.itemListElement).toHaveLength(4);
  const offers = productLd.Product?.offers as { '@type': string; priceCurrency: string } | undefined;
  if (offers) expect(offers).toMatchObject({ '@type': 'AggregateOffer', priceCurrency: 'VND' });

  // The generated Open Graph card of this product.
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  const og = await request.get(new URL(ogImage ?? '', SITE).pathname);
  expect(og.status()).toBe(200);
  expect(og.headers()['content-type']).toBe('image/png');
  expect((await og.body()).subarray(1, 4).toString()).toBe('PNG');

  // Its producer.
  await page
    .getByRole('region', { name: 'Chủ thể OCOP' })
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/chu-the\/[a-z0-9-]+\/$/);
  await expectPageBasics(page, 'vi');
  await expect(page.locator('[data-former-location]')).toContainText('tỉnh Bắc Kạn (cũ)');
  await expect(page.locator('[data-current-location]')).toContainText('tỉnh Thái Nguyên');
  expect((await jsonLd(page)).Organization?.['@type']).toBe('Organization');
  await expect(page.getByRole('link', { name: productName })).not.toHaveCount(0);
  const producerSlug = new URL(page.url()).pathname.split('/').at(-2);

  // The same page in English.
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/en/producers/${producerSlug}/$`));
  await expectPageBasics(page, 'en');
  await expect(page.locator('[data-former-location]')).toContainText('former Bắc Kạn province');
  await expect(page.locator('[data-current-location]')).toContainText('Thái Nguyên province');
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute(
    'href',
    `${SITE}/chu-the/${producerSlug}/`,
  );
});

test('English pages translate the sample: issuers, certifications, confirmations, no fallback @no-js', async ({
  page,
}) => {
  await page.goto('/en/products/quyt-na-lin/');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
  await expect(
    page.locator('.certificate dd').filter({ hasText: /People's Committee|Ministry/ }),
  ).toHaveCount(1);
  const certifications = page.getByRole('region', { name: 'Other certifications' });
  await expect(certifications).toContainText('Bắc Kạn mandarin geographical indication (Quýt Bắc Kạn)');
  await expect(certifications).toContainText(
    'Protects: Mandarins; area: Quang Thuận commune, Đôn Phong commune and Dương Phong commune (Bạch Thông district)',
  );
  await expect(page.getByRole('region', { name: 'For trade buyers' }).locator('.confirmed-on')).toHaveText(
    /^\(confirmed [A-Z][a-z]+ \d{4}\)$/,
  );

  // The producer lists what each of its products is certified for, and when its contacts were confirmed.
  await page.goto('/en/producers/htx-cay-an-qua-na-lin/');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Product certifications' })).toContainText(
    'Nà Lịn mandarins',
  );
  await expect(page.getByRole('region', { name: 'Contacts' }).locator('.confirmed-on')).toHaveText(
    /^\(confirmed [A-Z][a-z]+ \d{4}\)$/,
  );

  // Honey from a mandarin cooperative claims no mandarin indication, anywhere on its page.
  await page.goto('/san-pham/mat-ong-na-leng/');
  await expect(page.locator('main')).not.toContainText('Quýt Bắc Kạn');
  await expect(
    page.getByRole('region', { name: 'Thông tin cho nhà buôn' }).locator('.confirmed-on'),
  ).toHaveText(/^\(xác nhận tháng \d{1,2}\/\d{4}\)$/);
});

test('listings paginate and link between filters @no-js', async ({ page }) => {
  await page.goto('/en/products/');
  await expectPageBasics(page, 'en');
  const filters = page.getByRole('navigation', { name: 'Filter products' });
  await filters.getByRole('link', { name: /^5 stars/ }).click();
  await expect(page).toHaveURL(/\/en\/products\/stars\/5\/$/);
  await expect(page.locator('h1')).toHaveText('5-star OCOP products');
  await filters.getByRole('link', { name: /^Na Rì/ }).click();
  await expect(page).toHaveURL(/\/en\/products\/district\/na-ri\/$/);
  await expect(page.locator('h1')).toHaveText('OCOP products of Na Rì district');

  await page.goto('/en/products/');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  // The sample catalogue has 8 pages: the first, two beyond the current one, a gap, the last.
  await expect(pagination.getByRole('link', { name: /^Page \d+$/ })).toHaveText(['1', '2', '3', '8']);
  await pagination.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/en\/products\/page\/2\/$/);
  await expect(pagination.locator('[aria-current="page"]')).toHaveText('2');
  await expect(pagination.getByRole('link', { name: /^Page \d+$/ })).toHaveText(['1', '2', '3', '4', '8']);
});

test('an unknown URL gets a helpful 404 in the language of its path @no-js', async ({ page }) => {
  const vi = await page.goto('/san-pham/khong-co-san-pham-nay/');
  expect(vi?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('link', { name: 'Xem tất cả sản phẩm OCOP' })).toHaveAttribute(
    'href',
    '/san-pham/',
  );

  const en = await page.goto('/en/products/no-such-product/');
  expect(en?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Search products' }).first()).toHaveAttribute(
    'href',
    '/en/search/',
  );
  await expect(page.locator('[data-sample-notice]')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: /^I\. Food/ })).toHaveAttribute(
    'href',
    '/en/products/group/thuc-pham/',
  );
});

test('keyboard: the skip link comes first and every focused control shows its focus @no-js', async ({
  page,
}) => {
  await page.goto('/san-pham/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveText('Bỏ qua, đến nội dung chính');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // The next stops are inside the page content, each with a visible outline.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toBeVisible();
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  }
});

test('near the top of a product page: what a pack costs, where to buy it, how to share it @no-js', async ({
  page,
}) => {
  await page.goto('/en/products/mat-ong-na-leng/');
  const summary = page.locator('.product-summary');
  await expect(summary.locator('.pack-prices')).toHaveText(/^Per pack: 500 ml: about ₫[\d,]+ – ₫[\d,]+$/);
  const where = summary.getByRole('region', { name: 'Where to buy' });
  await expect(where).toContainText('OCOP sales point');
  await expect(where.getByRole('link', { name: '0900 100 005' })).toHaveAttribute('href', 'tel:0900100005');
  await expect(where).toContainText('Opening hours: Monday – Sunday 7:30–17:30');

  // Online outlets link the product's own page there, never a shop's home page.
  await page.goto('/en/products/ruou-mo-asuka/');
  const online = page.locator('.product-summary .outlets a[rel~="external"]');
  await expect(online.first()).toBeVisible();
  for (const href of await online.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))
    expect(new URL(href).pathname).not.toBe('/');

  // Without the Web Share API (or without JavaScript): Zalo and Facebook links to the page.
  const url = encodeURIComponent(`${SITE}/en/products/ruou-mo-asuka/`);
  const share = page.locator('ocop-share');
  await expect(share.getByRole('link', { name: 'Share on Zalo' })).toHaveAttribute(
    'href',
    `https://sp.zalo.me/share_inline?url=${url}`,
  );
  await expect(share.getByRole('link', { name: 'Share on Facebook' })).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${url}`,
  );
  await expect(share.getByRole('button')).toHaveCount(0);
});

test('where the device can share, one button opens its share sheet instead of the links', async ({
  page,
}) => {
  // Headless Chromium on Linux has no share sheet: stand in for a phone's, recording what it was given.
  await page.addInitScript(() => {
    Object.assign(navigator, {
      share: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await page.goto('/san-pham/ruou-mo-asuka/');
  const share = page.locator('ocop-share');
  await expect(share.getByRole('link')).toHaveCount(0);
  await share.getByRole('button', { name: 'Chia sẻ' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
    title: 'Rượu mơ Asuka',
    url: `${SITE}/san-pham/ruou-mo-asuka/`,
  });
});
