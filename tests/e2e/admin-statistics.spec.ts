/**
 * The office's statistics and fair pages in a real browser: staff reach them from the admin,
 * see the searches, the searches that found nothing (with a concept entry) and the QR code
 * scans, change the period with plain links, and try a query on the site; a producer is shown
 * "staff only". Runs its own production server (with its own Meilisearch) and data folder.
 * Tagged @no-js: these pages need no JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { startProductionServer } from '../../scripts/lib/production-server.ts';
import { adminText } from '../../src/lib/i18n/enquiries.ts';
import { officeText } from '../../src/lib/i18n/office.ts';
import { paths } from '../../src/lib/paths.ts';
import { addUser, contentProducts, type RunningServer } from '../integration/enquiries-server.ts';
import { FAIR, fairEvent } from './fair-fixture.ts';

const text = adminText.vi;
const office = officeText.vi;
const producer = contentProducts()[0]?.producer as string;
const scanned = fairEvent.products[0] as string;
let server: RunningServer;

const times = async (n: number, request: () => Promise<Response>) => {
  for (let i = 0; i < n; i++) await (await request()).arrayBuffer();
};

test.beforeAll(async () => {
  server = await startProductionServer({ search: 'own' });
  addUser(server.dataDir, 'staff@example.org', 'a staff password', 'staff');
  addUser(server.dataDir, 'producer@example.org', 'a producer password', 'producer', producer);
  const search = (q: string) => () => fetch(`${server.url}${paths.api.search}?q=${encodeURIComponent(q)}`);
  await times(4, search('miến dong'));
  await times(3, search('quokka xyzzy'));
  await times(2, search('chỉ hai lần'));
  await times(3, () =>
    fetch(
      `${server.url}${paths.product('vi', scanned)}?utm_source=fair&utm_medium=card&utm_campaign=${FAIR}`,
    ),
  );
});
test.afterAll(async () => {
  await server?.stop();
});

test.use({ locale: 'vi-VN', extraHTTPHeaders: { 'accept-language': 'vi' } });

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${server.url}${paths.admin.home}`);
  await page.getByLabel(text.email).fill(email);
  await page.getByLabel(text.password).fill(password);
  await page.getByRole('button', { name: text.signIn }).click();
  await expect(page).toHaveURL(`${server.url}${paths.admin.home}`);
}

async function noAxeViolations(page: Page, javaScriptEnabled: boolean) {
  // axe runs in the page: only with JavaScript on.
  if (!javaScriptEnabled) return;
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('staff see what people search for and scan, by period @no-js', async ({ page, javaScriptEnabled }) => {
  await signIn(page, 'staff@example.org', 'a staff password');
  await page.getByRole('link', { name: office.nav.statistics }).click();
  await expect(page.locator('h1')).toHaveText(office.statistics.title);
  await noAxeViolations(page, javaScriptEnabled);

  const searches = page.locator('[data-statistics="searches"]');
  await expect(searches.locator('tr[data-query="mien dong"] td').first()).toHaveText('4');
  await expect(searches.locator('tr[data-query="quokka xyzzy"]')).toBeVisible();
  // Fewer than 3 are never shown.
  await expect(page.locator('tr[data-query="chi hai lan"]')).toHaveCount(0);

  const empty = page.locator('[data-statistics="empty"]');
  await expect(empty.locator('tr')).toHaveCount(2); // the header row and one
  await expect(empty.locator('[data-concept-line]')).toHaveText(
    '{ "id": "quokka-xyzzy", "terms": { "vi": ["quokka xyzzy"], "en": [] }, "codes": [] },',
  );
  await expect(
    page.locator(`[data-statistics="scans"] tr[data-scan="${FAIR}/card/${scanned}"] td`).last(),
  ).toHaveText('3');

  await page.getByRole('link', { name: office.statistics.days(90) }).click();
  await expect(page).toHaveURL(`${server.url}${paths.admin.statistics(90)}`);
  await expect(page.getByRole('link', { name: office.statistics.days(90) })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(searches.locator('tr[data-query="mien dong"]')).toBeVisible();

  await empty.getByRole('link', { name: office.statistics.tryLabel('quokka xyzzy') }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=quokka\+xyzzy$/);
});

test('opening a result of the search page counts a click for its query', async ({ page }) => {
  // Three searches, so that the row is shown; instant search on the page counts as the page does.
  for (let i = 0; i < 3; i++) await page.goto(`${server.url}${paths.search('vi', { q: 'mật ong' })}`);
  await page.locator('[data-search-results] [data-result-link]').first().click();
  await expect(page).toHaveURL(/\/san-pham\//);
  await signIn(page, 'staff@example.org', 'a staff password');
  const clicks = page.locator('[data-statistics="searches"] tr[data-query="mat ong"] td').nth(2);
  await expect
    .poll(async () => {
      await page.goto(`${server.url}${paths.admin.statistics(7)}`);
      return clicks.textContent();
    })
    .toBe('1');
});

test('staff find how to print and the kiosk for each fair, in words for staff @no-js', async ({
  page,
  javaScriptEnabled,
}) => {
  await signIn(page, 'staff@example.org', 'a staff password');
  await page.getByRole('link', { name: office.nav.fairs }).click();
  await expect(page.locator('h1')).toHaveText(office.fairs.title);
  await noAxeViolations(page, javaScriptEnabled);
  // The test server runs on the example address: printing is warned against.
  await expect(page.locator('[data-example-site]')).toContainText('ocop.backan.example');
  await expect(page.locator('main')).not.toContainText('npm');
  const fair = page.locator(`[data-fair="${FAIR}"]`);
  await expect(fair.getByRole('link', { name: 'Thẻ sản phẩm khổ A6' })).toHaveAttribute(
    'href',
    paths.fairCards(FAIR),
  );
  await expect(fair.getByRole('link', { name: 'Màn hình kiosk (tự trình chiếu)' })).toHaveAttribute(
    'href',
    paths.kiosk(FAIR),
  );
});

test('a producer is shown "staff only" and no link to these pages @no-js', async ({ page }) => {
  await signIn(page, 'producer@example.org', 'a producer password');
  await expect(page.getByRole('link', { name: office.nav.statistics })).toHaveCount(0);
  for (const path of [paths.admin.statistics(), paths.admin.statistics(7), paths.admin.fairs]) {
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status()).toBe(403);
    await expect(page.locator('h1')).toHaveText(office.staffOnly);
    await expect(page.locator('main')).not.toContainText('mien dong');
  }
});
