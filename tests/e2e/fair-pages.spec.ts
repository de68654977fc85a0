/**
 * Fair pages in both languages, the calendar file and the search index, on the built server.
 * Tagged @no-js where the page must work without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FAIR, fairEvent } from './fair-fixture.ts';

const viPath = `/hoi-cho/${FAIR}/`;
const enPath = `/en/fairs/${FAIR}/`;

test('the fair page shows dates, venue, booths, the products on show and the staff tools @no-js', async ({
  page,
}) => {
  await page.goto(viPath);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fairEvent.name.vi);
  const [y, m, d] = fairEvent.start.split('-').map(Number);
  await expect(page.locator(`time[datetime="${fairEvent.start}"]`)).toContainText(`${d}/${m}/${y}`);
  await expect(page.locator('main')).toContainText(fairEvent.city);
  for (const booth of fairEvent.boothNumbers) await expect(page.locator('main')).toContainText(booth);
  await expect(
    page.getByRole('heading', { level: 2, name: `Sản phẩm trưng bày (${fairEvent.products.length})` }),
  ).toBeVisible();
  for (const product of fairEvent.products) {
    await expect(page.locator(`main a[href="/san-pham/${product}/"]`).first()).toBeVisible();
  }
  await expect(page.locator('.product-grid img').first()).toHaveAttribute('srcset', /\/_astro\/.+\.webp/);
  await expect(page.getByRole('link', { name: 'Thêm vào lịch (.ics)' })).toHaveAttribute(
    'href',
    `/hoi-cho/${FAIR}.ics`,
  );
  await expect(page.getByRole('link', { name: /kiosk/i })).toHaveAttribute('href', `/hoi-cho/${FAIR}/kiosk/`);
  await expect(page.getByRole('link', { name: 'Thẻ sản phẩm khổ A6' })).toHaveAttribute(
    'href',
    `/hoi-cho/${FAIR}/in/the/`,
  );
  await expect(page.getByRole('link', { name: /Nhãn kệ/ })).toHaveAttribute(
    'href',
    `/hoi-cho/${FAIR}/in/nhan/`,
  );
  await expect(page.getByRole('link', { name: /Danh mục sản phẩm/ })).toHaveAttribute(
    'href',
    `/hoi-cho/${FAIR}/in/danh-muc/`,
  );
  const event = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((data) => data['@type'] === 'Event');
  expect(event).toMatchObject({
    startDate: fairEvent.start,
    endDate: fairEvent.end,
    name: fairEvent.name.vi,
  });

  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(enPath);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fairEvent.name.en ?? fairEvent.name.vi);
  await expect(page.locator(`main a[href="/en/products/${fairEvent.products[0]}/"]`).first()).toBeVisible();
});

test('without JavaScript the fair search form asks the site search @no-js-only', async ({ page }) => {
  await page.goto(viPath);
  await page.getByLabel('Tên sản phẩm, chủ thể hoặc địa phương').fill('mien dong');
  await page.getByRole('button', { name: 'Tìm', exact: true }).last().click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=mien\+dong/);
});

test('the fair search answers on the device as you type', async ({ page }) => {
  await page.goto(enPath);
  const search = page.locator('ocop-fair-search');
  await search.getByLabel('Product, producer or place').fill('mien dong');
  const results = search.locator('.fair-search-results a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\/products\/mien-dong-/);
  await expect(search.getByRole('status')).toHaveText(
    hrefs.length === 1 ? '1 product' : `${hrefs.length} products`,
  );
  await search.getByLabel('Product, producer or place').fill('zzzz');
  await expect(search.getByRole('status')).toHaveText('No matching products.');
});

test('the calendar file is text/calendar with the fair as an all-day event', async ({ request }) => {
  const response = await request.get(`/hoi-cho/${FAIR}.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const body = await response.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(body).toContain(`DTSTART;VALUE=DATE:${fairEvent.start.replaceAll('-', '')}\r\n`);
  const end = new Date(`${fairEvent.end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  expect(body).toContain(`DTEND;VALUE=DATE:${end.toISOString().slice(0, 10).replaceAll('-', '')}\r\n`);
  expect(body).toContain(`UID:${FAIR}@`);
});

test('the search index lists every product of the fair, folded for typing without accents', async ({
  request,
}) => {
  const entries = (await (await request.get(`/hoi-cho/${FAIR}/tim-kiem.json`)).json()) as {
    slug: string;
    text: string;
  }[];
  expect(entries.map((e) => e.slug)).toEqual(fairEvent.products);
  for (const entry of entries) expect(entry.text).toMatch(/^[a-z0-9 ]+$/);
});

test('fair pages, kiosk and print pages pass axe', async ({ page }) => {
  for (const path of [
    viPath,
    enPath,
    `/hoi-cho/${FAIR}/kiosk/`,
    `/hoi-cho/${FAIR}/in/the/`,
    `/hoi-cho/${FAIR}/in/nhan/`,
    `/hoi-cho/${FAIR}/in/danh-muc/`,
  ]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test('an unknown fair is a 404', async ({ request }) => {
  expect((await request.get('/hoi-cho/khong-co-hoi-cho-nay/')).status()).toBe(404);
  expect((await request.get('/hoi-cho/khong-co-hoi-cho-nay/kiosk/')).status()).toBe(404);
});
