/**
 * Lead capture at a fair's booth in a real browser, on the built server: staff filter the booth's
 * products without diacritics, note a visitor and see where the enquiries went; without a
 * connection the lead waits on the tablet (the service worker's outbox) and is delivered once
 * when the connection returns; the page works without JavaScript; the fair report prints on A4;
 * axe finds nothing on either page. Runs its own server, to read the database it writes to.
 */
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { startProductionServer } from '../../scripts/lib/production-server.ts';
import { adminText } from '../../src/lib/i18n/enquiries.ts';
import { leadText } from '../../src/lib/i18n/leads.ts';
import { paths } from '../../src/lib/paths.ts';
import { databaseFile } from '../../src/server/storage/sqlite/database.ts';
import { addUser, type RunningServer } from '../integration/enquiries-server.ts';
import { FAIR } from './fair-fixture.ts';

const text = leadText.vi;
let server: RunningServer;

test.beforeAll(async () => {
  server = await startProductionServer({ search: 'none' });
  addUser(server.dataDir, 'staff@example.org', 'a staff password', 'staff');
});
test.afterAll(async () => {
  await server?.stop();
});

test.use({ locale: 'vi-VN', extraHTTPHeaders: { 'accept-language': 'vi' } });
// The offline test waits for the service worker to install and for the replay.
test.setTimeout(120_000);

/** Enquiries from the visitor of that name, and how many of them carry the fair. */
function stored(name: string): { all: number; tagged: number } {
  const file = databaseFile(server.dataDir);
  if (!existsSync(file)) return { all: 0, tagged: 0 };
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db
      .prepare(
        `SELECT count(*) AS "all", count(*) FILTER (WHERE fair = ?) AS tagged FROM enquiries WHERE name = ?`,
      )
      .get(FAIR, name) as { all: number; tagged: number };
  } finally {
    db.close();
  }
}

async function openLeadForm(page: Page) {
  await page.goto(`${server.url}${paths.admin.home}`);
  await page.getByLabel(adminText.vi.email).fill('staff@example.org');
  await page.getByLabel(adminText.vi.password).fill('a staff password');
  await page.getByRole('button', { name: adminText.vi.signIn }).click();
  await expect(page).toHaveURL(`${server.url}${paths.admin.home}`);
  await page.goto(`${server.url}${paths.admin.fairs}`);
  await page.locator(`[data-fair="${FAIR}"]`).getByRole('link', { name: text.leadsLink }).click();
  await expect(page).toHaveURL(`${server.url}${paths.admin.fairLeads(FAIR)}`);
}

/** Two products of the booth from two producers: Miến dong Tài Hoan and Trà hoa vàng. */
async function noteVisitor(page: Page, name: string) {
  const form = page.locator('ocop-lead-form');
  await form.getByLabel(text.name).fill(name);
  await form.getByLabel(text.phone).fill('0912 345 678');
  await form.getByLabel(text.filter).fill('mien dong tai');
  await form.getByLabel('Miến dong Tài Hoan').check();
  await form.getByLabel(text.filter).fill('tra hoa');
  await form.getByLabel('Trà hoa vàng').check();
  await form.getByLabel(text.consent).check();
  await form.getByRole('button', { name: text.save }).click();
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('staff note a visitor: the products filter without diacritics, and each producer gets an enquiry', async ({
  page,
}) => {
  await openLeadForm(page);
  await noAxeViolations(page);
  const form = page.locator('ocop-lead-form');
  await form.getByLabel(text.filter).fill('mien dong');
  await expect(form.getByLabel('Miến dong Tài Hoan')).toBeVisible();
  await expect(form.getByLabel('Trà hoa vàng')).toBeHidden();
  await form.getByLabel(text.filter).fill('khong co gi');
  await expect(form.getByText(text.noMatch)).toBeVisible();

  // Nothing filled in: the errors, and nothing sent.
  await form.getByLabel(text.filter).fill('');
  await form.getByRole('button', { name: text.save }).click();
  await expect(form.locator('[data-lead-status]')).toHaveText(/ô cần sửa/);
  await expect(form.locator('[data-error-for="consent"]')).not.toBeEmpty();
  await noAxeViolations(page);

  const name = `Khách trực tuyến ${Date.now()}`;
  await noteVisitor(page, name);
  const sent = form.locator('[data-lead-sent] li');
  await expect(sent).toHaveCount(2);
  await expect(sent.first()).toContainText('Hợp tác xã Tài Hoan');
  expect(stored(name)).toEqual({ all: 2, tagged: 2 });
  // Ready for the next visitor.
  await expect(form.getByLabel(text.name)).toHaveValue('');
  await expect(form.getByLabel('Trà hoa vàng')).not.toBeChecked();
});

test('a visitor noted without a connection waits on the tablet and is delivered once when it returns', async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: 'vi-VN',
    extraHTTPHeaders: { 'accept-language': 'vi' },
  });
  const page = await context.newPage();
  await openLeadForm(page);
  // The page's element registers the service worker; the page it controls queues what it cannot send.
  // Reloaded once the worker is active: a reload while it activates can start a page its claim missed.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });

  const name = `Khách ngoại tuyến ${Date.now()}`;
  await context.setOffline(true);
  await noteVisitor(page, name);
  await expect(page.locator('[data-lead-status]')).toHaveText(text.queued);
  expect(stored(name)).toEqual({ all: 0, tagged: 0 });

  await context.setOffline(false);
  await expect.poll(() => stored(name), { timeout: 30_000 }).toEqual({ all: 2, tagged: 2 });
  // Coming back again sends nothing twice.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.reload();
  await page.waitForTimeout(1000);
  expect(stored(name)).toEqual({ all: 2, tagged: 2 });
  await context.close();
});

test('without JavaScript the form posts and comes back fresh, naming the enquiries @no-js-only', async ({
  page,
}) => {
  await openLeadForm(page);
  const name = `Khách không JavaScript ${Date.now()}`;
  const form = page.locator('ocop-lead-form');
  await form.getByLabel(text.name).fill(name);
  await form.getByLabel(text.phone).fill('0912 345 678');
  await form.getByLabel('Miến dong Tài Hoan').check();
  await form.getByLabel(text.consent).check();
  await form.getByRole('button', { name: text.save }).click();
  await expect(page.locator('[data-lead-saved] a')).toHaveCount(1);
  expect(stored(name)).toEqual({ all: 1, tagged: 1 });
  await expect(form.getByLabel(text.name)).toHaveValue('');
});

test('the fair report: linked from the fairs, passes axe, and prints on A4 without the admin around it', async ({
  page,
}) => {
  await openLeadForm(page);
  await page.goto(`${server.url}${paths.admin.fairs}`);
  await page.locator(`[data-fair="${FAIR}"]`).getByRole('link', { name: text.reportLink }).click();
  await expect(page.locator('h1')).toContainText('Báo cáo hội chợ');
  await noAxeViolations(page);
  await expect(page.locator('[data-report-day]')).toHaveCount(6); // the whole fair and its five days

  // A4's printable width at 96 dpi, less the page's 12 mm margins.
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.admin-bar', '.site-footer', '.report-nav'])
    await expect(page.locator(hidden).first()).toBeHidden();
  for (const table of await page.locator('.fair-report table').all()) {
    const fits = await table.evaluate((t) => t.scrollWidth <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
  }
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
