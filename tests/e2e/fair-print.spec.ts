/**
 * `npm run print -- <fair>` against the built server: three PDFs at the sizes the print pages set,
 * one A6 page per product card, and QR codes on paper that scan to the product pages.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    const { stdout } = await run(process.execPath, ['scripts/print.ts', FAIR, '--out', out], {
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
