/**
 * After "send", in a real browser with JavaScript on and off (@no-js), against its own production
 * server with a real SMTP server: the buyer's mail with the tracking link, the tracking page, the
 * producer's answer from the inbox reaching the buyer's mail and page, the buyer's answer back
 * reaching the inbox, closing; axe on the new pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { MIN_FILL_MS } from '../../src/lib/enquiries/api.server.ts';
import { catalogueText } from '../../src/lib/i18n/catalogue.ts';
import { adminText, enquiryText } from '../../src/lib/i18n/enquiries.ts';
import { followUpText } from '../../src/lib/i18n/follow-up.ts';
import { responseFigureText } from '../../src/lib/i18n/response-figures.ts';
import { trackingText } from '../../src/lib/i18n/tracking.ts';
import { paths } from '../../src/lib/paths.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import {
  addUser,
  contentProducts,
  type RunningServer,
  startServer,
} from '../integration/enquiries-server.ts';
import { bodyText, smtpServer } from '../support/smtp.ts';

const product = contentProducts()[0];
if (!product) throw new Error('no products in content/');
const vi = enquiryText.vi;
const admin = adminText.vi;
const text = trackingText.vi;
const inbox = followUpText.vi;
const password = 'a producer password 2026';

let server: RunningServer;
let mail: ReturnType<typeof smtpServer>;

test.beforeAll(async () => {
  const port = await freePort();
  mail = smtpServer(port);
  await mail.listen();
  server = await startServer({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  addUser(server.dataDir, 'coop@example.org', password, 'producer', product.producer);
  addUser(server.dataDir, 'staff@example.org', password, 'staff');
});
test.afterAll(async () => {
  await server?.stop();
  await mail?.close();
});

test.use({ locale: 'vi-VN', extraHTTPHeaders: { 'accept-language': 'vi' } });

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The text of the last mail to `to` whose text has `marker`, once it has arrived. */
async function mailTo(to: string, marker: string): Promise<string> {
  let found = '';
  await expect
    .poll(() => {
      const texts = mail.received
        .filter((m) => m.to.includes(to))
        .map((m) => bodyText(m.data).replace(/\r\n/g, '\n'));
      found = texts.findLast((t) => t.includes(marker)) ?? '';
      return found;
    })
    .not.toBe('');
  return found;
}

/** The site-relative path of the tracking link in a mail (SITE_URL names another origin). */
const trackingPath = (mailText: string) =>
  /https?:\/\/[^/\s]+(\/theo-doi\/[\w-]{43}\/)/.exec(mailText)?.[1] ?? '';

/** The producer's own browser, with JavaScript as the buyer's. */
async function producerPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { 'accept-language': 'vi' },
  });
  const page = await context.newPage();
  await signIn(page, 'coop@example.org');
  return page;
}

async function signIn(page: Page, email: string) {
  await page.goto(`${server.url}${paths.admin.login}`);
  await page.getByLabel(admin.email).fill(email);
  await page.getByLabel(admin.password).fill(password);
  await page.getByRole('button', { name: admin.signIn }).click();
  await expect(page).toHaveURL(`${server.url}${paths.admin.home}`);
}

/** The reply box of the tracking page (its one enquiry). */
const replyBox = (page: Page) => page.locator('ocop-reply-form textarea[name="message"]');

test('send, follow, answer, answer back, close @no-js', async ({ page, browser, javaScriptEnabled }) => {
  const buyer = `buyer-${javaScriptEnabled ? 'js' : 'nojs'}@example.vn`;
  const noAxe = async (p: Page) => {
    if (javaScriptEnabled) await noAxeViolations(p);
  };

  // The buyer sends an enquiry from the product page.
  await page.goto(`${server.url}${paths.product('vi', product.slug)}`);
  const form = page.locator('ocop-enquiry-form form').first();
  await form.getByLabel(vi.name).fill('Người mua thử');
  await form.getByLabel(vi.email).fill(buyer);
  await form.getByLabel(vi.message).fill('Xin báo giá 200 kg');
  await form.getByRole('checkbox', { name: new RegExp(vi.consentBefore.slice(0, 12)) }).check();
  if (javaScriptEnabled) await page.waitForTimeout(MIN_FILL_MS);
  await form.getByRole('button', { name: vi.submit }).click();

  // The link: in the receipt that replaces the form with JavaScript, on the thank-you page without.
  const link = page.locator('main [data-enquiry-receipt] a[href^="/theo-doi/"]');
  await expect(link).toHaveAttribute('href', /^\/theo-doi\/[\w-]{43}\/$/);
  const path = (await link.getAttribute('href')) as string;
  await expect(page.getByText(text.trackKeep)).toBeVisible();
  if (!javaScriptEnabled) await noAxe(page);

  // The confirmation mail carries the same link.
  const confirmation = await mailTo(buyer, text.mailLink);
  expect(trackingPath(confirmation)).toBe(path);

  await link.click();
  await expect(page).toHaveURL(`${server.url}${path}`);
  await expect(page.locator('h1')).toHaveText(text.title);
  await expect(page.locator('[data-status]')).toHaveText(text.statuses.received);
  await expect(page.locator('.conversation-text').first()).toHaveText('Xin báo giá 200 kg');
  await noAxe(page);

  // The producer opens it (now "read") and answers.
  const producer = await producerPage(browser, javaScriptEnabled);
  const id = (await page.locator('.tracking-enquiry .enquiry-refs').textContent()) as string;
  await producer.getByRole('link', { name: id }).click();
  await expect(producer.locator('.conversation-text').first()).toHaveText('Xin báo giá 200 kg');
  await noAxe(producer);
  await page.reload();
  await expect(page.locator('[data-status]')).toHaveText(text.statuses.read);
  await producer.getByLabel(inbox.reply).fill('Còn hàng, 120.000 đ/kg.\nGiao trong 3 ngày.');
  await producer.getByRole('button', { name: inbox.send }).click();
  await expect(producer.getByRole('status').filter({ hasText: inbox.replied })).toBeVisible();

  // The buyer's mail and page show the answer.
  const answer = await mailTo(buyer, 'Còn hàng, 120.000 đ/kg.');
  expect(answer).toContain('Giao trong 3 ngày.');
  await page.goto(`${server.url}${trackingPath(answer)}`);
  await expect(page.locator('[data-status]')).toHaveText(text.statuses.answered);
  await expect(page.locator('.conversation li[data-author="producer"] .conversation-text')).toHaveText(
    'Còn hàng, 120.000 đ/kg.\nGiao trong 3 ngày.',
  );

  // The buyer answers back: in place with JavaScript, through the page again without.
  await replyBox(page).fill('Tôi đặt 200 kg, gửi mẫu trước nhé.');
  const before = page.url();
  await page.getByRole('button', { name: text.send }).click();
  await expect(page.getByRole('status').filter({ hasText: text.sent })).toBeVisible();
  await expect(page.locator('.conversation-text').last()).toHaveText('Tôi đặt 200 kg, gửi mẫu trước nhé.');
  if (javaScriptEnabled) {
    expect(page.url()).toBe(before);
    await expect(replyBox(page)).toHaveValue('');
  }

  // The producer sees it in the inbox, and it is mailed to the producer's contact address.
  await producer.reload();
  await expect(producer.locator('.conversation-text').last()).toHaveText(
    'Tôi đặt 200 kg, gửi mẫu trước nhé.',
  );
  await producer.context().close();

  // The buyer closes the enquiry.
  await page.getByLabel(text.closeConfirm).check();
  await page.getByRole('button', { name: text.close }).click();
  await expect(page.locator('[data-status]')).toHaveText(text.statuses.closed);
  await expect(page.getByText(text.closedNotice)).toBeVisible();
  await expect(replyBox(page)).toHaveCount(0);
});

test('a guessed link is the plain 404 page; the English tracking page and the figures page pass axe; product pages fetch the figures', async ({
  page,
}) => {
  // No enquiry on this server is 2 working days old yet.
  await page.goto(`${server.url}${paths.product('vi', product.slug)}`);
  await expect(page.locator('ocop-response-figures')).toContainText(responseFigureText.vi.tooFew(0));

  const guess = await page.goto(`${server.url}${paths.tracking('vi', 'A'.repeat(43))}`);
  expect(guess?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(catalogueText.vi.notFoundTitle);

  const response = await page.request.post(`${server.url}${paths.api.enquiries}`, {
    headers: { origin: server.url },
    data: { product: product.slug, name: 'Buyer', phone: '+84 912 345 678', consent: true, locale: 'en' },
  });
  const { trackingUrl } = (await response.json()) as { trackingUrl: string };
  await page.goto(`${server.url}${new URL(trackingUrl).pathname}`);
  await expect(page.locator('h1')).toHaveText(trackingText.en.title);
  await noAxeViolations(page);

  await signIn(page, 'staff@example.org');
  await page.getByRole('link', { name: inbox.figures.nav }).click();
  await expect(page.locator('h1')).toHaveText(inbox.figures.title);
  await noAxeViolations(page);
});
