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

test('English fallback text is marked as Vietnamese with a visible notice @no-js', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Every fallback notice sits inside an element that declares the Vietnamese it shows.
  for (const notice of await page.locator('.fallback-notice').all()) {
    await expect(notice).toHaveAttribute('lang', 'en');
    await expect(notice.locator('xpath=..')).toHaveAttribute('lang', 'vi');
  }
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
