/**
 * The kiosk on the built server: the loop advances by itself, visitors browse, an idle spell
 * resets it, the online state is shown in words, the layout fits landscape and portrait screens,
 * and each QR code scans to the product page tagged with the fair.
 */
import { expect, type Page, test } from '@playwright/test';
import { expectedQrUrl, FAIR, fairEvent, scanQr } from './fair-fixture.ts';

const kiosk = (query = '') => `/hoi-cho/${FAIR}/kiosk/${query}`;
const current = (page: Page) => page.locator('.kiosk-slide:not([hidden])');

test.use({ viewport: { width: 1280, height: 720 } });

test('without JavaScript the kiosk is a list of every slide with its QR code @no-js-only', async ({
  page,
}) => {
  await page.goto(kiosk());
  const slides = page.locator('.kiosk-slide');
  await expect(slides).toHaveCount(fairEvent.products.length);
  for (const [i, product] of fairEvent.products.entries()) {
    const slide = slides.nth(i);
    await expect(slide).toBeVisible();
    await expect(slide).toHaveAttribute('data-slug', product);
    await expect(slide.locator('.kiosk-name')).not.toBeEmpty();
    await expect(slide.locator('.stars')).toContainText('sao');
    await expect(slide.locator('.qr-code svg')).toHaveCount(1);
  }
});

/** Index and shown slide read together: with a 1 s loop they must not be read one after the other. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const kiosk = document.querySelector('ocop-kiosk');
    const visible = [...document.querySelectorAll<HTMLElement>('.kiosk-slide')].filter(
      (slide) => !slide.hidden,
    );
    return { index: kiosk?.index ?? -1, slugs: visible.map((slide) => slide.dataset.slug) };
  });

test('the loop advances by itself, a visitor browses, and an idle spell resets it', async ({ page }) => {
  await page.goto(kiosk('?interval=1&idle=3'));
  const element = page.locator('ocop-kiosk');
  await expect(element).toHaveAttribute('data-running', 'true');
  // Advances by itself, one slide at a time, showing the product at its index.
  const start = await shown(page);
  expect(start.slugs).toEqual([fairEvent.products[start.index]]);
  await expect.poll(async () => (await shown(page)).index, { timeout: 5000 }).not.toBe(start.index);
  const next = await shown(page);
  expect(next.slugs).toEqual([fairEvent.products[next.index]]);

  // A visitor: the loop stops, the buttons and the keys move.
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await expect(element).toHaveAttribute('data-running', 'false');
  const after = (await shown(page)).index;
  await page.keyboard.press('ArrowLeft');
  await expect(element).toHaveAttribute('data-index', String(after - 1));
  await page.getByRole('button', { name: 'Trước' }).click();
  await expect(element).toHaveAttribute('data-index', String(after - 2));
  await expect(page.locator('.kiosk-position')).toHaveText(`${after - 1}/${fairEvent.products.length}`);
  // It stays put while the visitor reads.
  await page.waitForTimeout(1500);
  await expect(element).toHaveAttribute('data-index', String(after - 2));

  // The visitor searches and picks a product: the kiosk shows it instead of leaving.
  const search = page.getByRole('searchbox');
  await search.fill('mien dong');
  const result = page.locator('.fair-search-results a').first();
  const slug = await result.getAttribute('data-slug');
  await result.click();
  await expect(page).toHaveURL(/\/kiosk\//);
  await expect(current(page)).toHaveAttribute('data-slug', slug ?? '');
  await search.fill('tra');
  await expect(page.locator('.fair-search-results a').first()).toBeVisible();

  // Idle: what was typed is gone, the results are closed, and the loop runs again from the start.
  const reset = page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        document.addEventListener(
          'ocop-kiosk-reset',
          (event) => resolve((event.target as HTMLElement & { index: number }).index),
          {
            once: true,
          },
        ),
      ),
  );
  expect(await reset).toBe(0);
  await expect(search).toHaveValue('');
  await expect(page.locator('.fair-search-results')).toHaveCount(0);
  await expect(element).toHaveAttribute('data-running', 'true');
  const resumed = (await shown(page)).index;
  await expect.poll(async () => (await shown(page)).index, { timeout: 5000 }).not.toBe(resumed);
});

test('in the kiosk search, the keys reach the results and Enter on one opens its slide', async ({ page }) => {
  await page.goto(kiosk());
  const search = page.getByRole('searchbox');
  await search.fill('mien dong');
  const results = page.locator('.fair-search-results a');
  await expect(results.first()).toBeVisible();
  await search.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  const slug = await results.nth(1).getAttribute('data-slug');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kiosk\/$/);
  await expect(current(page)).toHaveAttribute('data-slug', slug ?? '');
  // The visitor is on the product now: its slide has the focus, the search is cleared.
  await expect(current(page)).toBeFocused();
  await expect(search).toHaveValue('');

  // Enter in the box goes to the first result; Enter again opens it; Escape goes back to the box.
  await search.fill('mien dong');
  await search.press('Enter');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search).toBeFocused();
  await search.press('Enter');
  const first = await results.first().getAttribute('data-slug');
  await page.keyboard.press('Enter');
  await expect(current(page)).toHaveAttribute('data-slug', first ?? '');
});

test('staff can pause the loop; it starts again after the idle spell', async ({ page }) => {
  await page.goto(kiosk('?interval=1&idle=3'));
  const element = page.locator('ocop-kiosk');
  await page.getByRole('button', { name: 'Tạm dừng' }).click();
  await expect(element).toHaveAttribute('data-running', 'false');
  const paused = await element.getAttribute('data-index');
  await page.waitForTimeout(1500);
  await expect(element).toHaveAttribute('data-index', paused ?? '');
  await expect(page.getByRole('button', { name: 'Tự chạy' })).toBeVisible();
  await expect(element).toHaveAttribute('data-running', 'true', { timeout: 6000 });
});

test('a swipe moves to the next slide', async ({ page }) => {
  await page.goto(kiosk('?interval=60&idle=60'));
  const element = page.locator('ocop-kiosk');
  const box = await current(page).boundingBox();
  if (!box) throw new Error('no slide');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 });
  await page.mouse.up();
  await expect(element).toHaveAttribute('data-index', '1');
});

test('touch targets are at least 48 px', async ({ page }) => {
  await page.goto(kiosk());
  const targets = page.locator(
    '.kiosk-button, ocop-kiosk input[type="search"], ocop-kiosk button[type="submit"]',
  );
  await expect(targets.first()).toBeVisible();
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(48);
    expect(box?.height).toBeGreaterThanOrEqual(48);
  }
});

test('the online state is shown in words and follows the connection', async ({ page, context }) => {
  await page.goto(kiosk());
  const status = page.locator('ocop-fair-offline .net');
  await expect(status).toHaveText(/Trực tuyến/);
  await context.setOffline(true);
  await expect(status).toHaveText(/Mất kết nối/);
  await expect(page.locator('ocop-fair-offline')).toHaveAttribute('data-online', 'false');
  await context.setOffline(false);
  await expect(status).toHaveText(/Trực tuyến/);
});

for (const screen of [
  { name: 'landscape TV', width: 1920, height: 1080 },
  { name: 'landscape tablet', width: 1280, height: 800 },
  { name: 'portrait tablet', width: 800, height: 1280 },
  { name: 'portrait TV', width: 1080, height: 1920 },
]) {
  test(`one slide fills a ${screen.name} screen with the controls in view`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto(kiosk('?interval=60'));
    const slide = current(page);
    const photo = (await slide.locator('.kiosk-photo').boundingBox()) ?? undefined;
    const name = (await slide.locator('.kiosk-name').boundingBox()) ?? undefined;
    const qr = (await slide.locator('.qr-code').boundingBox()) ?? undefined;
    const controls = (await page.locator('.kiosk-controls').boundingBox()) ?? undefined;
    const card = (await slide.locator('.kiosk-card').boundingBox()) ?? undefined;
    if (!photo || !name || !qr || !controls || !card) throw new Error('slide parts missing');
    expect(name.y).toBeGreaterThanOrEqual(card.y);
    if (screen.width > screen.height) expect(photo.x + photo.width).toBeLessThanOrEqual(name.x);
    else expect(photo.y + photo.height).toBeLessThanOrEqual(name.y);
    // Large enough to scan from a step away, and nothing pushed off screen.
    expect(qr.width).toBeGreaterThanOrEqual(Math.min(screen.width, screen.height) * 0.2);
    expect(photo.height).toBeGreaterThanOrEqual(screen.height * 0.3);
    expect(controls.y + controls.height).toBeLessThanOrEqual(screen.height);
    expect(qr.y + qr.height).toBeLessThanOrEqual(controls.y);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      screen.height,
    );
  });
}

test('each kiosk QR code scans to its product page tagged with the fair', async ({ page }) => {
  await page.goto(kiosk('?interval=60'));
  for (const [i, product] of fairEvent.products.slice(0, 3).entries()) {
    await expect(page.locator('ocop-kiosk')).toHaveAttribute('data-index', String(i));
    expect(await scanQr(current(page).locator('.qr-code'))).toBe(expectedQrUrl(product, 'kiosk'));
    await page.getByRole('button', { name: 'Tiếp' }).click();
  }
});
