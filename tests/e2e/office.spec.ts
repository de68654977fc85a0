/**
 * The office's pages in a real browser, signed in as staff on a server whose day is fixed by
 * OCOP_TODAY: the certificates page filtered and sorted with its plain form and links (tagged
 * @no-js: it needs no JavaScript), and axe on the certificates, "to complete" and "confirmed on"
 * pages. Runs its own production server, so the account can be made with the real command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { projectRoot } from '../../scripts/lib/production-server.ts';
import { certificateStatus } from '../../src/lib/content/certificate-status.ts';
import type { ServerCatalogueData, ServerProduct } from '../../src/lib/content/server-catalogue.ts';
import { adminText } from '../../src/lib/i18n/enquiries.ts';
import { officeText } from '../../src/lib/i18n/office.ts';
import { paths } from '../../src/lib/paths.ts';
import { addUser, type RunningServer, startServer } from '../integration/enquiries-server.ts';

const text = officeText.vi;
const { products, producers, builtFor } = JSON.parse(
  readFileSync(join(projectRoot, 'dist', 'server-catalogue.json'), 'utf8'),
) as ServerCatalogueData;
// The build's own day: the pages it serves hold for it, whatever day the tests run.
const TODAY = builtFor;
const statusOf = (p: ServerProduct) =>
  certificateStatus(p.certificates.at(-1) as ServerProduct['certificates'][number], TODAY);
const expiring = products.filter((p) => statusOf(p) === 'expiring');
const districtOf = (p: ServerProduct) => producers.find((x) => x.slug === p.producer.slug)?.place;

let server: RunningServer;
test.beforeAll(async () => {
  server = await startServer({ env: { OCOP_TODAY: TODAY } });
  addUser(server.dataDir, 'staff@example.org', 'a staff password', 'staff');
});
test.afterAll(async () => {
  await server?.stop();
});
test.use({ locale: 'vi-VN', extraHTTPHeaders: { 'accept-language': 'vi' } });

async function signIn(page: Page, next: string) {
  await page.goto(`${server.url}${next}`);
  await page.getByLabel(adminText.vi.email).fill('staff@example.org');
  await page.getByLabel(adminText.vi.password).fill('a staff password');
  await page.getByRole('button', { name: adminText.vi.signIn }).click();
  await expect(page).toHaveURL(`${server.url}${next}`);
}

const dates = (page: Page) =>
  page.locator('tbody time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));

test('the certificates page: filter by status and district, sort by date, all without scripts @no-js', async ({
  page,
}) => {
  await signIn(page, paths.admin.certificates);
  await expect(page.locator('h1')).toHaveText(text.certificates.title);
  const all = await dates(page);
  expect(all).toEqual([...all].sort());

  const target = expiring[0] as ServerProduct;
  const district = districtOf(target)?.formerDistrictSlug as string;
  await page.getByLabel(text.certificates.status).selectOption('expiring');
  await page.getByLabel(text.certificates.district).selectOption(district);
  await page.getByRole('button', { name: text.certificates.filter }).click();
  await expect(page).toHaveURL(new RegExp(`status=expiring&district=${district}`));
  const shown = expiring.filter((p) => districtOf(p)?.formerDistrictSlug === district);
  await expect(page.locator('tbody tr[data-product]')).toHaveCount(shown.length);
  await expect(page.locator('tbody tr[data-status="expiring"]')).toHaveCount(shown.length);
  const row = page.locator(`tr[data-product="${target.slug}"]`);
  await expect(row).toContainText(text.certificates.noReminders);

  // The date column's header sorts the other way, keeping the filter.
  await page.getByRole('link', { name: new RegExp(`^${text.certificates.date}`) }).click();
  await expect(page).toHaveURL(/order=-date/);
  await expect(page.getByLabel(text.certificates.district)).toHaveValue(district);
  const reversed = await dates(page);
  expect(reversed).toEqual([...reversed].sort().reverse());

  // The CSV link carries the filter.
  const csv = page.getByRole('link', { name: text.certificates.exportCsv });
  await expect(csv).toHaveAttribute(
    'href',
    `${paths.admin.certificatesCsv}?status=expiring&district=${district}&order=-date`,
  );
});

test('the office pages have no axe violations', async ({ page }) => {
  await signIn(page, paths.admin.certificates);
  for (const path of [paths.admin.certificates, paths.admin.toComplete, paths.admin.confirmedOn]) {
    await page.goto(`${server.url}${path}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
