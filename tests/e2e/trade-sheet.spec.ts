/**
 * The trade sheet of a product: linked from the product page, every fact a purchasing department
 * files, a QR code that scans to the product page tagged for the sheet, and one A4 page when
 * Chromium prints it, for the sheets of the sample catalogue with the most text in each language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { SITE, scanQr } from './support/qr.ts';

const client = join('dist', 'client');
const mm = (points: number) => (points / 72) * 25.4;

interface ProductFile {
  name: { vi: string; en: string };
  producer: string;
  hsCode?: string;
  certificates: { issuedBy: string; decision: string }[];
}
const product = (slug: string) =>
  JSON.parse(readFileSync(join('content/products', `${slug}.json`), 'utf8')) as ProductFile;

// Honey: an HS code, a price per litre and 500 ml jars.
const slug = 'mat-ong-na-leng';
const honey = product(slug);

test('the product page links its trade sheet, and the sheet its twin in English @no-js', async ({ page }) => {
  await page.goto(`/san-pham/${slug}/`);
  await page.getByRole('link', { name: 'Phiếu thông tin thương mại (in hoặc lưu PDF)' }).click();
  await expect(page).toHaveURL(`/san-pham/${slug}/thong-tin-thuong-mai/`);
  await expect(page.locator('h1')).toHaveText(honey.name.vi);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    `${SITE}/en/products/${slug}/trade-sheet/`,
  );
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(`/en/products/${slug}/trade-sheet/`);
  await expect(page.locator('h1')).toHaveText(honey.name.en);
  await expect(page.getByText(/Press Ctrl\+P .* “Save as PDF”/)).toBeVisible();
});

test('the sheet gives both names, the certificate, the trade facts and confirmed contacts @no-js', async ({
  page,
}) => {
  await page.goto(`/en/products/${slug}/trade-sheet/`);
  const sheet = page.locator('[data-trade-sheet]');
  await expect(sheet.locator('[lang="vi"]').filter({ hasText: honey.name.vi })).toHaveCount(1);
  const certificate = honey.certificates.at(-1);
  await expect(sheet.locator('.certificate')).toContainText(certificate?.decision ?? '');
  await expect(sheet.locator('.certificate')).toContainText("People's Committee");
  await expect(sheet.locator('.certificate')).toContainText(/\d+\/100 points/);
  await expect(sheet.locator('.certificate')).toContainText(/(Valid until|Expires)\s*\d+ \w+ \d{4}/);
  const trade = sheet.getByRole('region', { name: 'For trade buyers' });
  for (const label of ['Capacity per year', 'Minimum order', 'Lead time', 'Samples', 'Export markets'])
    await expect(trade.getByText(label, { exact: true })).toBeVisible();
  await expect(trade.locator('dd').filter({ hasText: honey.hsCode ?? 'none' })).toHaveCount(1);
  await expect(sheet.locator('.pack-prices')).toContainText(/^Per pack: 500 ml: about ₫[\d,]+ – ₫[\d,]+$/);
  const producer = sheet.getByRole('region', { name: 'Producer' });
  await expect(producer.getByText('Phone', { exact: true })).toBeVisible();
  await expect(producer.locator('.confirmed-on')).toHaveText(/^\(confirmed [A-Z][a-z]+ \d{4}\)$/);
  await expect(sheet.locator('img.sheet-photo')).toHaveAttribute('alt', /.+/);
});

test('the QR code scans to the product page in the sheet’s language, tagged for the sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [path, product] of [
    [`/san-pham/${slug}/thong-tin-thuong-mai/`, `/san-pham/${slug}/`],
    [`/en/products/${slug}/trade-sheet/`, `/en/products/${slug}/`],
  ] as const) {
    await page.goto(path);
    expect(await scanQr(page.locator('[data-trade-sheet] .qr-code'))).toBe(
      `${SITE}${product}?utm_source=trade-sheet&utm_medium=qr`,
    );
  }
});

/** The built sheets of one language with the most text: the ones most likely to run onto a second page. */
function longestSheets(locale: 'vi' | 'en', count: number): string[] {
  const [base, sheet] =
    locale === 'vi' ? ['san-pham', 'thong-tin-thuong-mai'] : ['en/products', 'trade-sheet'];
  const textOf = (slug: string) => {
    const html = readFileSync(join(client, base, slug, sheet, 'index.html'), 'utf8');
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    return article
      .replace(/<svg[\s\S]*?<\/svg>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ').length;
  };
  return readdirSync(join(client, base), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(client, base, entry.name)).includes(sheet))
    .map((entry) => ({ slug: entry.name, length: textOf(entry.name) }))
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map((s) => `/${base}/${s.slug}/${sheet}/`);
}

test('the longest sheets of each language print on one A4 page', async ({ page }) => {
  const sheets = [...longestSheets('vi', 3), ...longestSheets('en', 3)];
  expect(sheets).toHaveLength(6);
  for (const path of sheets) {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0),
    );
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.getPageCount(), path).toBe(1);
    expect(mm(pdf.getPage(0).getWidth())).toBeCloseTo(210, 0);
    expect(mm(pdf.getPage(0).getHeight())).toBeCloseTo(297, 0);
  }
});
