/**
 * Enquiries in a real browser against the built production server: the product form with
 * JavaScript (validation as you type, errors beside fields, one request per click) and without
 * it (POST → thank-you page, or the form again with its errors), the basket across reloads, and
 * axe on every enquiry page. Tests tagged @no-js also run with JavaScript disabled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { MIN_FILL_MS } from '../../src/lib/enquiries/api.server.ts';
import { answerWithinWorkingDays } from '../../src/lib/enquiries/policy.ts';
import { enquiryText, errorText } from '../../src/lib/i18n/enquiries.ts';
import { paths } from '../../src/lib/paths.ts';

interface Product {
  slug: string;
  producer: string;
  minimumOrder?: { amount: number; unit: string };
  samples: boolean;
}
const products: Product[] = readdirSync('content/products')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const data = JSON.parse(readFileSync(`content/products/${f}`, 'utf8'));
    return {
      slug: f.replace(/\.json$/, ''),
      producer: data.producer,
      minimumOrder: data.trade.minimumOrder,
      samples: data.trade.samples,
    };
  });
const first = products.find((p) => p.minimumOrder) as Product;
const second = products.find((p) => p.minimumOrder && p.producer !== first.producer) as Product;
// A producer with a choice of products, and the last of them (not the one a default would pick).
// A product with a minimum order whose producer sends samples, and one whose producer does not.
const sampled = products.find((p) => p.minimumOrder && p.samples) as Product;
const unsampled = products.find((p) => !p.samples) as Product;
const chosen = products.findLast(
  (p) => products.filter((q) => q.producer === p.producer).length > 1,
) as Product;

const reference = /[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/;
const consentLabel = /đồng ý|I agree/;
const producerName = (slug: string) =>
  (JSON.parse(readFileSync(`content/producers/${slug}.json`, 'utf8')) as { name: { vi: string; en: string } })
    .name;

/** The receipt after sending: each reference with its producer, what happens next, and no mail (no SMTP in these tests). */
async function expectReceipt(receipt: Locator, locale: 'vi' | 'en', sent: Product[]) {
  const text = enquiryText[locale];
  await expect(receipt.locator('.enquiry-receipt-lead')).toHaveText(text.sentLead(sent.length));
  const items = receipt.locator('.enquiry-receipt-list li');
  await expect(items).toHaveCount(sent.length);
  for (const product of sent) {
    const item = items.filter({ hasText: producerName(product.producer)[locale] });
    await expect(item.locator('.enquiry-refs')).toHaveText(reference);
    await expect(item.getByRole('link')).toHaveAttribute('href', paths.producer(locale, product.producer));
  }
  await expect(receipt).toContainText(text.nextSteps(answerWithinWorkingDays));
  await expect(receipt).toContainText(text.noMail);
}
const form = (page: Page) => page.locator('ocop-enquiry-form form').first();

/** "Add to enquiry" on the product's page. */
async function addToBasket(page: Page, locale: 'vi' | 'en', slug: string) {
  await page.goto(paths.product(locale, slug));
  await page
    .locator('ocop-basket-add')
    .first()
    .getByRole('button', { name: new RegExp(`^${enquiryText[locale].addToBasket}`) })
    .click();
}

/** The buyer's part of the basket form, filled in by a person (who takes longer than the minimum fill time). */
async function fillBasketBuyer(page: Page): Promise<Locator> {
  const vi = enquiryText.vi;
  const basketForm = page.locator('ocop-basket form');
  await basketForm.getByLabel(vi.name).fill('Trần Thị Bình');
  await basketForm.getByLabel(vi.email).fill('binh@example.vn');
  await basketForm.getByRole('checkbox', { name: /đồng ý/ }).check();
  await page.waitForTimeout(MIN_FILL_MS);
  return basketForm;
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the product form validates as you type and sends once per click', async ({ page }) => {
  const vi = enquiryText.vi;
  await page.goto(paths.product('vi', first.slug));
  const f = form(page);
  const phone = f.getByLabel(vi.phone);
  await phone.fill('09');
  await phone.blur();
  await expect(f.locator('[data-error-for="phone"]')).toHaveText(errorText('vi', { code: 'phone' }));
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await phone.fill('0912 345 678');
  await expect(f.locator('[data-error-for="phone"]')).toBeEmpty();
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');

  // Sending with the name and consent missing: errors beside their fields, focus on the first.
  await f.getByLabel(vi.message).fill('Cho hỏi giá sỉ');
  await f.getByRole('button', { name: vi.submit }).click();
  await expect(f.locator('[data-error-for="name"]')).toHaveText(errorText('vi', { code: 'required' }));
  await expect(f.locator('[data-error-for="consent"]')).toHaveText(
    errorText('vi', { code: 'consentRequired' }),
  );
  await expect(f.getByLabel(vi.name)).toBeFocused();
  await expect(f.locator('[data-enquiry-status]')).toHaveText(vi.fixErrors(2));
  await expect(f.getByLabel(vi.message)).toHaveValue('Cho hỏi giá sỉ');

  await f.getByLabel(vi.name).fill('Nguyễn Văn An');
  await f.getByRole('checkbox', { name: consentLabel }).check();
  // A person takes longer than the minimum fill time; a test must wait for it.
  await page.waitForTimeout(MIN_FILL_MS);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes(paths.api.enquiries))
      posts.push(r.headers()['idempotency-key'] ?? '');
  });
  await f.getByRole('button', { name: vi.submit }).dblclick();
  // The receipt takes the form's place and has the focus: no Send button waits under a cleared form.
  const done = page.locator('[data-enquiry-done]');
  await expect(done).toBeFocused();
  await expectReceipt(done, 'vi', [first]);
  await expect(f).toBeHidden();
  await expect(page.getByRole('button', { name: vi.submit, exact: true })).toHaveCount(0);
  await noAxeViolations(page);
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatch(/^[0-9a-f]{32}$/);

  await done.getByRole('button', { name: vi.sendAnother }).click();
  await expect(done).toBeHidden();
  await expect(f.getByLabel(vi.name)).toBeFocused();
  await expect(f.getByLabel(vi.name)).toHaveValue('');
  await expect(f.getByLabel(vi.message)).toHaveValue('');
});

test('errors come in English on English pages', async ({ page }) => {
  await page.goto(paths.product('en', first.slug));
  const f = form(page);
  await f.getByRole('button', { name: enquiryText.en.submit }).click();
  await expect(f.locator('[data-error-for="contact"]')).toHaveText(
    errorText('en', { code: 'contactRequired' }),
  );
});

test('without JavaScript the form posts to the API and lands on the thank-you page @no-js-only', async ({
  page,
}) => {
  const en = enquiryText.en;
  await page.goto(paths.product('en', first.slug));
  let f = form(page);
  await f.getByLabel(en.name).fill('Jane Buyer');
  // The browser checks required fields and email syntax itself; the phone format is the server's.
  await f.getByLabel(en.phone).fill('09');
  await f.getByLabel(en.message).fill('Wholesale price for 2 t?');
  await f.getByRole('checkbox', { name: consentLabel }).check();
  await f.getByRole('button', { name: en.submit }).click();

  // Refused: the form again, as typed, with its errors, in English.
  await expect(page.locator('h1')).toHaveText(en.errorTitle);
  await expect(page.getByRole('alert')).toContainText(errorText('en', { code: 'phone' }));
  f = form(page);
  await expect(f.getByLabel(en.name)).toHaveValue('Jane Buyer');
  await expect(f.getByLabel(en.message)).toHaveValue('Wholesale price for 2 t?');
  await expect(f.getByRole('checkbox', { name: consentLabel })).toBeChecked();
  await expect(f.locator('[data-error-for="phone"]')).toHaveText(errorText('en', { code: 'phone' }));
  await expect(f.getByLabel(en.phone)).toHaveAttribute('aria-invalid', 'true');

  await f.getByLabel(en.phone).fill('+84 912 345 678');
  await f.getByRole('button', { name: en.submit }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.enquiryThanks('en')}\\?ref=`));
  await expect(page.locator('h1')).toHaveText(en.thanksTitle);
  await expectReceipt(page.locator('[data-enquiry-receipt]'), 'en', [first]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the result page after a refused post has no axe violations', async ({ page }) => {
  // What a browser without JavaScript is shown when the server refuses its post.
  await page.goto(paths.product('vi', first.slug));
  await page.setContent(
    `<form method="post" action="${paths.api.enquiries}"><input name="locale" value="vi"><input name="product" value="${first.slug}"><input name="phone" value="09"><button>go</button></form>`,
  );
  await page.getByRole('button').click();
  await expect(page.locator('h1')).toHaveText(enquiryText.vi.errorTitle);
  await noAxeViolations(page);
});

test('the producer page form asks which product and sends the one chosen', async ({ page }) => {
  const en = enquiryText.en;
  await page.goto(paths.producer('en', chosen.producer));
  const f = form(page);
  const product = f.getByRole('combobox', { name: en.product });
  await expect(product).toHaveValue('');
  await expect(product.locator('option:checked')).toHaveText(en.chooseProduct);

  await f.getByLabel(en.name).fill('Jane Buyer');
  await f.getByLabel(en.email).fill('jane@example.com');
  await f.getByRole('checkbox', { name: consentLabel }).check();
  await f.getByRole('button', { name: en.submit }).click();
  await expect(f.locator('[data-error-for="product"]')).toHaveText(errorText('en', { code: 'required' }));
  await expect(product).toBeFocused();

  await product.selectOption(chosen.slug);
  await expect(f.locator('[data-error-for="product"]')).toBeEmpty();
  await page.waitForTimeout(MIN_FILL_MS);
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes(paths.api.enquiries));
  await f.getByRole('button', { name: en.submit }).click();
  expect((await sent).postDataJSON()).toMatchObject({ product: chosen.slug });
  await expectReceipt(page.locator('[data-enquiry-done]'), 'en', [chosen]);
  // Hidden now, and cleared for the next enquiry.
  await expect(f.locator('select[name="product"]')).toHaveValue('');
});

test('without JavaScript the producer page form needs a product chosen before it posts @no-js-only', async ({
  page,
}) => {
  const vi = enquiryText.vi;
  await page.goto(paths.producer('vi', chosen.producer));
  const f = form(page);
  await f.getByLabel(vi.name).fill('Nguyễn Văn An');
  await f.getByLabel(vi.phone).fill('0912 345 678');
  await f.getByRole('checkbox', { name: consentLabel }).check();
  // The browser refuses the placeholder of a required select itself, and puts focus on it.
  const product = f.getByRole('combobox', { name: vi.product });
  await f.getByRole('button', { name: vi.submit }).click();
  await expect(product).toBeFocused();
  await expect(page).toHaveURL(paths.producer('vi', chosen.producer));

  await product.selectOption(chosen.slug);
  await f.getByRole('button', { name: vi.submit }).click();
  await expect(page).toHaveURL(new RegExp(`${paths.enquiryThanks('vi')}\\?ref=`));
  await expectReceipt(page.locator('[data-enquiry-receipt]'), 'vi', [chosen]);
});

test('the basket survives reloads and sends one enquiry per producer', async ({ page }) => {
  const vi = enquiryText.vi;
  for (const p of [first, second]) {
    await addToBasket(page, 'vi', p.slug);
    await expect(page.locator('ocop-basket-add').first().getByRole('link')).toBeFocused();
  }
  await expect(page.locator('ocop-basket-add').first().getByRole('link')).toHaveText(
    vi.viewBasket.replace('{n}', '2'),
  );

  await page.goto(paths.basket('vi'));
  await expect(page.locator('[data-basket-nojs]')).toBeHidden();
  await expect(page.locator('.basket-producer')).toHaveCount(2);
  const minimum = first.minimumOrder as { amount: number; unit: string };
  const quantity = page.locator(`input[name="lines.0.quantity"]`);
  await quantity.fill(String(minimum.amount / 2));
  await page.locator('input[name="lines.0.targetPrice"]').fill('45000');

  // Kept on the device: a reload shows what was typed.
  await page.reload();
  await expect(page.locator('.basket-producer')).toHaveCount(2);
  await expect(quantity).toHaveValue(String(minimum.amount / 2));
  await expect(page.locator('input[name="lines.0.targetPrice"]')).toHaveValue('45000');

  const basketForm = await fillBasketBuyer(page);
  await basketForm.getByRole('button', { name: vi.submitBasket }).click();
  await expect(page.locator('[data-error-for="lines.0.quantity"]')).toHaveText(
    errorText('vi', { code: 'belowMinimum', params: minimum }),
  );
  await expect(quantity).toBeFocused();
  await noAxeViolations(page);

  await quantity.fill(String(minimum.amount));
  await basketForm.getByRole('button', { name: vi.submitBasket }).click();
  const message = page.locator('[data-basket-message]');
  await expect(message).toBeFocused();
  await expectReceipt(message, 'vi', [first, second]);
  await expect(page.getByRole('button', { name: vi.submitBasket })).toBeHidden();
  await page.reload();
  await expect(message).toContainText(vi.basketEmpty);
});

test('without JavaScript the basket page says it needs it and points to the product forms @no-js-only', async ({
  page,
}) => {
  await page.goto(paths.basket('en'));
  await expect(page.locator('[data-basket-nojs]')).toContainText(enquiryText.en.basketNeedsJs);
  await expect(page.locator('ocop-enquiry-form')).toBeHidden();
  await page.locator('[data-basket-nojs]').getByRole('link').click();
  await expect(page).toHaveURL(paths.products('en'));
});

test('the thank-you page says when a confirmation mail follows, and has no axe violations', async ({
  page,
}) => {
  const en = enquiryText.en;
  const query = `ref=7K3M9-QXA2B&producer=${first.producer}&ref=8K3M9-QXA2C&producer=${second.producer}&mail=1`;
  await page.goto(`${paths.enquiryThanks('en')}?${query}`);
  const receipt = page.locator('[data-enquiry-receipt]');
  await expect(receipt.locator('.enquiry-receipt-lead')).toHaveText(en.sentLead(2));
  await expect(receipt.locator('li').first()).toHaveText(
    `7K3M9-QXA2B ${en.wentTo} ${producerName(first.producer).en}`,
  );
  await expect(receipt).toContainText(en.mailFollows);
  await noAxeViolations(page);
});

for (const locale of ['vi', 'en'] as const) {
  test(`enquiry pages (${locale}) have no axe violations`, async ({ page }) => {
    for (const path of [paths.basket(locale), paths.privacy(locale), paths.enquiryThanks(locale)]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await noAxeViolations(page);
    }
  });
}

test('the product form offers a sample where the producer sends them, and sends the wish @no-js', async ({
  page,
}) => {
  const en = enquiryText.en;
  await page.goto(paths.product('en', unsampled.slug));
  await expect(form(page).getByRole('checkbox', { name: en.sample })).toHaveCount(0);

  await page.goto(paths.product('en', sampled.slug));
  const f = form(page);
  const sample = f.getByRole('checkbox', { name: en.sample });
  await expect(sample).toHaveAccessibleDescription(en.sampleHint);
  await sample.check();
  await f.getByLabel(en.name).fill('Jane Buyer');
  await f.getByLabel(en.email).fill('jane@example.com');
  await f.getByLabel(en.quantity).fill('2 kg to taste');
  await f.getByRole('checkbox', { name: /I agree/ }).check();
  await page.waitForTimeout(MIN_FILL_MS);
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes(paths.api.enquiries));
  await f.getByRole('button', { name: en.submit }).click();
  const body = (await sent).postData() ?? '';
  // With JavaScript the element posts JSON; without it the browser posts the form.
  expect(body.startsWith('{') ? JSON.parse(body).sample : new URLSearchParams(body).get('sample')).toBe(
    body.startsWith('{') ? true : 'on',
  );
  await expect(page.locator('.enquiry-refs').first()).toHaveText(reference);
});

test('in the basket, a sample is not held to the minimum order', async ({ page }) => {
  const vi = enquiryText.vi;
  const minimum = sampled.minimumOrder as { amount: number; unit: string };
  await addToBasket(page, 'vi', sampled.slug);
  await page.goto(paths.basket('vi'));
  await expect(page.locator('.basket-line .enquiry-hint')).toContainText(vi.notForSamples);
  const quantity = page.locator('input[name="lines.0.quantity"]');
  await quantity.fill('2');
  await quantity.press('Tab');
  const belowMinimum = errorText('vi', { code: 'belowMinimum', params: minimum });
  await expect(page.locator('[data-error-for="lines.0.quantity"]')).toHaveText(belowMinimum);
  // Ticking "sample" lifts the minimum: the error goes at once.
  await page.getByRole('checkbox', { name: vi.sample }).check();
  await expect(page.locator('[data-error-for="lines.0.quantity"]')).toBeEmpty();
  const basketForm = await fillBasketBuyer(page);
  await basketForm.getByRole('button', { name: vi.submitBasket }).click();
  await expect(page.locator('[data-basket-message] .enquiry-refs')).toHaveText(reference);
});

test('the basket compares its products side by side, on a phone and on paper', async ({ page }) => {
  const en = enquiryText.en;
  const compared = ['mat-ong-na-leng', 'che-shan-tuyet-khuoi-khit', 'ao-cham-tay-na-chua'];
  const content = (slug: string) =>
    JSON.parse(readFileSync(`content/products/${slug}.json`, 'utf8')) as {
      name: { en: string };
      hsCode?: string;
      trade: { minimumOrder: { amount: number; unit: string }; leadTimeDays: number };
    };
  for (const [i, slug] of compared.entries()) {
    await addToBasket(page, 'en', slug);
    await page.goto(paths.basket('en'));
    // One product has nothing to be compared with.
    await expect(page.getByRole('region', { name: en.compareTitle })).toHaveCount(i === 0 ? 0 : 1);
  }
  const table = page.getByRole('region', { name: en.compareTitle }).getByRole('table');
  await expect(table.locator('thead th a')).toHaveText(compared.map((slug) => content(slug).name.en));
  const row = (label: string) =>
    table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label }) });
  await expect(row('Minimum order').locator('td')).toHaveText(
    compared.map(
      (slug) =>
        `${content(slug).trade.minimumOrder.amount} ${slug.startsWith('ao-cham') ? 'pieces' : content(slug).trade.minimumOrder.unit}`,
    ),
  );
  await expect(row('Lead time').locator('td')).toHaveText(
    compared.map((slug) => `${content(slug).trade.leadTimeDays} days`),
  );
  await expect(row('HS code').locator('td')).toHaveText(compared.map((slug) => content(slug).hsCode ?? '–'));
  await expect(row('OCOP certificate').locator('td')).toHaveText(compared.map(() => /^\d-star OCOP · \w+/));
  await expect(row('Other certifications').locator('td').nth(1)).toContainText('VietGAP');
  await noAxeViolations(page);

  // A phone: the table scrolls sideways inside its own region, the page does not.
  const sideways = (selector: string) =>
    page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(await sideways('html')).toBe(0);
  expect(await sideways('.compare-scroll')).toBeGreaterThan(0);

  // On paper only the comparison remains, every product in the width of the page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('ocop-basket')).toBeHidden();
  await expect(table).toBeVisible();
  expect(await sideways('.compare-scroll')).toBe(0);
});
