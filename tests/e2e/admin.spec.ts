/**
 * The inbox in a real browser: sign in, find the enquiry, open it, mark it answered, sign out.
 * Runs its own production server with a known data folder, so the account can be created with
 * the real `users` command. Tagged @no-js: the inbox needs no JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { adminText } from '../../src/lib/i18n/enquiries.ts';
import { paths } from '../../src/lib/paths.ts';
import {
  addUser,
  contentProducts,
  type RunningServer,
  startServer,
} from '../integration/enquiries-server.ts';

const text = adminText.vi;
const product = contentProducts()[0];
let server: RunningServer;
let id: string;

test.beforeAll(async () => {
  server = await startServer();
  addUser(server.dataDir, 'staff@example.org', 'a staff password', 'staff');
  const response = await fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({
      product: product?.slug,
      name: 'Người mua <b>thử</b>',
      phone: '0912 345 678',
      message: 'Dòng 1\nDòng 2',
      consent: true,
    }),
  });
  id = ((await response.json()) as { ids: string[] }).ids[0] as string;
});
test.afterAll(async () => {
  await server?.stop();
});

test.use({ locale: 'vi-VN', extraHTTPHeaders: { 'accept-language': 'vi' } });

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('sign in, open an enquiry, mark it answered, sign out @no-js', async ({ page, javaScriptEnabled }) => {
  // axe runs in the page: only with JavaScript on.
  const noAxeViolations = async (p: Page) => {
    if (javaScriptEnabled) await axe(p);
  };
  await page.goto(`${server.url}${paths.admin.home}`);
  await expect(page).toHaveURL(/\/admin\/login\/\?next=/);
  await expect(page.locator('h1')).toHaveText(text.login);
  await noAxeViolations(page);

  await page.getByLabel(text.email).fill('staff@example.org');
  await page.getByLabel(text.password).fill('a wrong password');
  await page.getByRole('button', { name: text.signIn }).click();
  await expect(page.getByRole('alert')).toHaveText(text.wrongLogin);
  await page.getByLabel(text.password).fill('a staff password');
  await page.getByRole('button', { name: text.signIn }).click();

  await expect(page).toHaveURL(`${server.url}${paths.admin.home}`);
  await expect(page.locator('h1')).toHaveText(text.inbox);
  const row = page.locator(`tr[data-enquiry="${id}"]`);
  await expect(row).toContainText('Người mua <b>thử</b>');
  await expect(row.locator('[data-status]')).toHaveText(text.statuses.new);
  await noAxeViolations(page);

  await row.getByRole('link', { name: id }).click();
  await expect(page.locator('h1')).toHaveText(`${text.reference} ${id}`);
  await expect(page.locator('.conversation-text').first()).toHaveText('Dòng 1\nDòng 2');
  await noAxeViolations(page);
  await page.getByLabel(text.status, { exact: true }).selectOption('answered');
  await page.getByRole('button', { name: text.save }).click();
  await expect(page.getByRole('status').filter({ hasText: text.saved })).toBeVisible();
  await expect(page.locator('dd[data-status]')).toHaveText(text.statuses.answered);

  await page.goto(`${server.url}${paths.admin.home}?status=answered`);
  await expect(page.locator(`tr[data-enquiry="${id}"]`)).toBeVisible();
  await page.getByRole('button', { name: text.signOut }).click();
  await expect(page).toHaveURL(/\/admin\/login\/$/);
  await page.goto(`${server.url}${paths.admin.home}`);
  await expect(page).toHaveURL(/\/admin\/login\/\?next=/);
});
