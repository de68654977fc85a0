/**
 * `npm run print -- <fair>` against the built server: three PDFs at the sizes the print pages set,
 * one A6 page per product card, and QR codes on paper that scan to the product pages.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { expectedQrUrl, FAIR, fairEvent, scanQr } from './fair-fixture.ts';

const run = promisify(execFile);
const mm = (points: number) => (points / 72) * 25.4;

test('npm run print renders cards (one page per card), labels and the catalogue to PDF', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'ocop-print-test-'));
  try {
    // The test build is made for the example SITE_URL: a proof, as --sample says.
    const { stdout } = await run(process.execPath, ['scripts/print.ts', FAIR, '--out', out, '--sample'], {
      env: { ...process.env, PRINT_BASE_URL: baseURL ?? '' },
    });
    const pdf = async (file: string) => PDFDocument.load(readFileSync(join(out, file)));
    const count = fairEvent.products.length;

    const cards = await pdf('the-san-pham-a6.pdf');
    expect(cards.getPageCount()).toBe(count);
    for (const card of cards.getPages()) {
      expect(mm(card.getWidth())).toBeCloseTo(105, 0);
      expect(mm(card.getHeight())).toBeCloseTo(148, 0);
    }
    const labels = await pdf('nhan-ke-a4.pdf');
    expect(labels.getPageCount()).toBe(Math.ceil(count / 24));
    expect(mm(labels.getPage(0).getWidth())).toBeCloseTo(210, 0);
    expect(mm(labels.getPage(0).getHeight())).toBeCloseTo(297, 0);
    const catalogue = await pdf('danh-muc-a4.pdf');
    expect(catalogue.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(mm(catalogue.getPage(0).getWidth())).toBeCloseTo(210, 0);
    expect(stdout).toContain(`the-san-pham-a6.pdf: ${count} pages`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a build for the example SITE_URL is refused before anything is printed', async ({ baseURL }) => {
  const out = mkdtempSync(join(tmpdir(), 'ocop-print-test-'));
  try {
    const failure = await run(process.execPath, ['scripts/print.ts', FAIR, '--out', out], {
      env: { ...process.env, PRINT_BASE_URL: baseURL ?? '' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('example SITE_URL');
    expect(readdirSync(out)).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('an unknown fair is refused with a clear message', async () => {
  const failure = await run(process.execPath, ['scripts/print.ts', 'khong-co-hoi-cho-nay'], {
    env: { ...process.env, PRINT_BASE_URL: 'http://127.0.0.1:9/' },
  }).catch((error: { code: number; stderr: string }) => error);
  expect(failure).toMatchObject({ code: 2 });
  expect((failure as { stderr: string }).stderr).toContain('no fair "khong-co-hoi-cho-nay"');
});

for (const [path, selector, medium] of [
  [`/hoi-cho/${FAIR}/in/the/`, '[data-print-card]', 'card'],
  [`/hoi-cho/${FAIR}/in/nhan/`, '[data-print-label]', 'label'],
  [`/hoi-cho/${FAIR}/in/danh-muc/`, '[data-print-item]', 'catalogue'],
] as const) {
  test(`the ${medium} QR codes scan to their product pages`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const items = page.locator(selector);
    await expect(items).toHaveCount(fairEvent.products.length);
    for (const i of [0, fairEvent.products.length - 1]) {
      const item = items.nth(i);
      const slug = await item.getAttribute(selector.slice(1, -1));
      expect(slug).toBe(fairEvent.products[i]);
      expect(await scanQr(item.locator('.qr-code'))).toBe(expectedQrUrl(slug ?? '', medium));
    }
  });
}

/** A fact of the sample content, read from its file (not through the code under test). */
const contentFile = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../content/${path}.json`, import.meta.url), 'utf8'));

test('while the site runs on the example address, every printed page warns that its QR codes are dead', async ({
  page,
}) => {
  for (const path of [
    `/hoi-cho/${FAIR}/in/the/`,
    `/hoi-cho/${FAIR}/in/nhan/`,
    `/hoi-cho/${FAIR}/in/danh-muc/`,
  ]) {
    await page.goto(path);
    const warning = page.locator('[data-example-site]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('ocop.backan.example');
    await page.emulateMedia({ media: 'print' });
    // Printed, it stays visible and fixed: Chromium repeats fixed elements on every page.
    await expect(warning).toBeVisible();
    await expect(warning).toHaveCSS('position', 'fixed');
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the address under a printed QR code is at least 8 pt', async ({ page }) => {
  await page.goto(`/hoi-cho/${FAIR}/in/the/`);
  await page.emulateMedia({ media: 'print' });
  const sizes = await page
    .locator('[data-print-card] .qr-url')
    .evaluateAll((captions) => captions.map((c) => Number.parseFloat(getComputedStyle(c).fontSize)));
  expect(sizes).toHaveLength(fairEvent.products.length);
  // 8 pt = 8 × 96 / 72 px.
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual((8 * 96) / 72 - 0.01);
  // And it stays on the card (an A6 card clips what overflows it).
  const inside = await page.locator('[data-print-card]').evaluateAll((cards) =>
    cards.every((card) => {
      const caption = card.querySelector('.qr-url')?.getBoundingClientRect();
      return caption !== undefined && caption.bottom <= card.getBoundingClientRect().bottom;
    }),
  );
  expect(inside).toBe(true);
});

test("the A4 catalogue gives each producer's phone and the product's minimum order", async ({ page }) => {
  await page.goto(`/hoi-cho/${FAIR}/in/danh-muc/`);
  for (const slug of fairEvent.products) {
    const product = contentFile(`products/${slug}`);
    const { contacts } = contentFile(`producers/${product.producer}`);
    const line = page.locator(`[data-print-item="${slug}"] [data-print-trade]`);
    if (contacts.phone) await expect(line).toContainText(`Điện thoại: ${contacts.phone}`);
    else if (contacts.zalo) await expect(line).toContainText(`Zalo: ${contacts.zalo}`);
    if (product.trade.minimumOrder) await expect(line).toContainText('Đơn hàng tối thiểu:');
  }
});
