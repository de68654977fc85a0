/**
 * Fair mode without a connection, on the built server: after one visit the service worker serves
 * the kiosk, the fair pages, the product pages of the fair with their images and the search index;
 * an enquiry made offline is queued on the device, delivered when the connection returns, and stored
 * once, even when the first attempt reached the server but its answer was lost.
 */
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { type ProductionServer, startProductionServer } from '../../scripts/lib/production-server.ts';
import { paths } from '../../src/lib/paths.ts';
import { databaseFile } from '../../src/server/storage/sqlite/database.ts';
import { FAIR, fairEvent } from './fair-fixture.ts';

// Caching a fair fetches every page of it and every image size: slower than a page view.
test.setTimeout(180_000);

/** Opens the kiosk once and waits until the fair is saved on the device. */
async function visitFair(page: Page) {
  await page.goto(`/hoi-cho/${FAIR}/kiosk/`);
  await expect(page.locator('ocop-fair-offline')).toHaveAttribute('data-state', 'ready', {
    timeout: 150_000,
  });
  await expect(page.locator('ocop-fair-offline .saved')).toHaveText(/Sẵn sàng dùng khi mất mạng/);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The first images of the page (scrolled into view, lazy ones included) are loaded and decoded. */
async function expectImagesLoaded(page: Page) {
  const images = page.locator('main img:visible');
  await expect(images.first()).toBeVisible();
  for (const image of (await images.all()).slice(0, 3)) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
        timeout: 10_000,
      })
      .toBe(true);
  }
}

test('after one visit the kiosk, the fair pages, the product pages and search work offline', async ({
  page,
  context,
}) => {
  await visitFair(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.locator('.kiosk-slide')).toHaveCount(fairEvent.products.length);
  await expect(page.locator('ocop-fair-offline .net')).toHaveText(/Mất kết nối/);
  await expectImagesLoaded(page);
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await expectImagesLoaded(page);

  // Search on the device, without the site's search server.
  await page.getByRole('searchbox').fill('mien dong');
  await expect(page.locator('.fair-search-results a').first()).toHaveText(/Miến dong/);

  for (const path of [`/hoi-cho/${FAIR}/`, `/en/fairs/${FAIR}/`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectImagesLoaded(page);
  }
  await page.getByLabel('Product, producer or place').fill('tra');
  await expect(page.locator('.fair-search-results a').first()).toBeVisible();

  for (const product of fairEvent.products) {
    // As a QR code opens it, tracking tags and all.
    await page.goto(`/san-pham/${product}/?utm_source=fair&utm_medium=card&utm_campaign=${FAIR}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectImagesLoaded(page);
  }
  await page.goto(`/en/products/${fairEvent.products[0]}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A page that was never saved says so and leads back to the saved fair.
  await page.goto('/chuong-trinh-ocop/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có kết nối mạng');
  await page.getByRole('link', { name: fairEvent.name.vi }).click();
  await expect(page).toHaveURL(`/hoi-cho/${FAIR}/`);
});

test.describe('offline enquiries', () => {
  // A server of our own, so the test can read the database it writes to.
  let server: ProductionServer;
  test.beforeAll(async () => {
    server = await startProductionServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  /** Enquiries in the server's database whose message is the marker (the file exists once one is stored). */
  const storedWith = (marker: string) => {
    const file = databaseFile(server.dataDir);
    if (!existsSync(file)) return 0;
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      return (
        db.prepare('SELECT count(*) AS n FROM enquiries WHERE message = ?').get(marker) as { n: number }
      ).n;
    } finally {
      db.close();
    }
  };

  async function sendEnquiryOffline(page: Page, context: BrowserContext, marker: string) {
    const product = fairEvent.products[0] ?? '';
    await page.goto(`${server.url}/san-pham/${product}/`);
    const form = page.locator('ocop-enquiry-form');
    await form.getByLabel('Họ và tên').fill('Khách hội chợ');
    await form.getByLabel('Email').fill('khach@example.vn');
    await form.getByLabel('Nội dung').fill(marker);
    await form.getByRole('checkbox', { name: /đồng ý/ }).check();
    // The minimum fill time of the spam check.
    await page.waitForTimeout(2100);
    await context.setOffline(true);
    await form.getByRole('button', { name: 'Gửi yêu cầu', exact: true }).click();
    await expect(form.locator('[data-enquiry-done]')).toContainText(/sẽ được gửi khi có kết nối/);
  }

  /** Back online: the fair page asks the worker to send the outbox and reports what it sent. */
  async function reconnect(page: Page, context: BrowserContext) {
    await context.setOffline(false);
    await page.goto(`${server.url}/hoi-cho/${FAIR}/`);
    await expect(page.locator('ocop-fair-offline .outbox')).toHaveText(
      'Đã gửi 1 yêu cầu lưu khi mất mạng (24 giờ qua)',
      {
        timeout: 30_000,
      },
    );
  }

  test('an enquiry made offline is sent when the connection returns, and stored once', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/hoi-cho/${FAIR}/`);
    await expect(page.locator('ocop-fair-offline')).toHaveAttribute('data-state', 'ready', {
      timeout: 150_000,
    });

    const marker = `offline enquiry ${Date.now()}`;
    await sendEnquiryOffline(page, context, marker);
    expect(storedWith(marker)).toBe(0);
    // Still offline: it waits on the device, and says so on the fair page.
    await page.goto(`${server.url}/hoi-cho/${FAIR}/`);
    await expect(page.locator('ocop-fair-offline .outbox')).toHaveText(
      '1 yêu cầu đã lưu, sẽ gửi khi có mạng',
    );
    expect(storedWith(marker)).toBe(0);

    await reconnect(page, context);
    expect(storedWith(marker)).toBe(1);
    // Another reconnection sends nothing again.
    await page.reload();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForTimeout(1000);
    expect(storedWith(marker)).toBe(1);
    await context.close();
  });

  test('an enquiry whose answer was lost is sent again with the same key and stored once', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/hoi-cho/${FAIR}/`);
    await expect(page.locator('ocop-fair-offline')).toHaveAttribute('data-state', 'ready', {
      timeout: 150_000,
    });

    const marker = `lost answer ${Date.now()}`;
    const keys: string[] = [];
    // The request reaches the server and is stored, then the connection drops before the answer.
    await context.route(`**${paths.api.enquiries}`, async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      await route.fetch();
      // On a loaded machine the worker may have given up first (its 15 s timeout): same outcome.
      await route.abort('internetdisconnected').catch(() => undefined);
    });
    const product = fairEvent.products[0] ?? '';
    await page.goto(`${server.url}/san-pham/${product}/`);
    const form = page.locator('ocop-enquiry-form');
    await form.getByLabel('Họ và tên').fill('Khách hội chợ');
    await form.getByLabel('Email').fill('khach@example.vn');
    await form.getByLabel('Nội dung').fill(marker);
    await form.getByRole('checkbox', { name: /đồng ý/ }).check();
    await page.waitForTimeout(2100);
    await form.getByRole('button', { name: 'Gửi yêu cầu', exact: true }).click();
    await expect(form.locator('[data-enquiry-done]')).toContainText(/sẽ được gửi khi có kết nối/);
    await expect.poll(() => storedWith(marker), { timeout: 30_000 }).toBe(1);
    await context.unroute(`**${paths.api.enquiries}`);

    await context.route(`**${paths.api.enquiries}`, async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      await route.continue();
    });
    await reconnect(page, context);
    expect(storedWith(marker)).toBe(1);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/\S{8,}/);
    await context.close();
  });
});
