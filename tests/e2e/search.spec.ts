/**
 * Search in the browser against the built production server (its own Meilisearch, the sample
 * catalogue): the page without JavaScript, close matches and statuses, instant search with it,
 * the language switch, the header suggestions and the keyboard. Tests tagged @no-js also run
 * with JavaScript disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const results = (page: Page) => page.locator('[data-search-results] .hits > li');

/** Types into the header search box of the home page, as a person does, and returns the box. */
async function typeInHeaderBox(page: Page, locale: 'vi' | 'en', text: string) {
  await page.goto(paths.home(locale));
  const box = page.locator('#site-search');
  await box.click();
  await box.pressSequentially(text, { delay: 40 });
  return box;
}

test('search page without JavaScript: form, highlighted results, facets and pages @no-js', async ({
  page,
}) => {
  await page.goto(paths.search('vi'));
  await page.locator('#search-q').fill('trà');
  await page.locator('[data-search-form]').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=tr%C3%A0/);
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('[data-search-results] mark').first()).toHaveText(/trà/i);

  const filters = page.getByRole('complementary', { name: 'Lọc kết quả' });
  await filters.getByRole('link', { name: /^4 sao/ }).click();
  await expect(page).toHaveURL(/stars=4/);
  const count = await results(page).count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('[data-search-results] .hits .words')).toHaveText(
    Array(count).fill('4 sao OCOP'),
  );
  // The chosen filter links back to the search without it.
  await filters.getByRole('link', { name: /4 sao.*Bỏ lọc/ }).click();
  await expect(page).not.toHaveURL(/stars=4/);

  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(results(page).first()).toBeVisible();
});

test('header search box goes to the search page @no-js', async ({ page }) => {
  await page.goto(paths.home('en'));
  const box = page.locator('#site-search');
  await box.fill('honey');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=honey/);
  await expect(results(page).first()).toContainText(/honey/i);
});

test('no product matches every word: close matches, said to be close @no-js', async ({ page }) => {
  await page.goto(paths.search('vi', { q: 'mật ong xyzzy' }));
  await expect(page.getByRole('heading', { name: 'Kết quả gần đúng' })).toBeVisible();
  await expect(page.locator('[data-close-matches]')).toContainText('khớp với mọi từ của “mật ong xyzzy”');
  await expect(results(page).first()).toContainText(/Mật ong/);
  await expect(page.locator('[data-zero-results]')).toHaveCount(0);
});

test('no results, not even close: ways on @no-js', async ({ page }) => {
  await page.goto(paths.search('vi', { q: 'mật ong', group: 'du-lich' }));
  const zero = page.locator('[data-zero-results]');
  await expect(zero).toContainText('Không tìm thấy sản phẩm nào');
  await zero.getByRole('link', { name: /Bỏ bộ lọc/ }).click();
  await expect(page).not.toHaveURL(/group=/);
  await expect(results(page).first()).toContainText(/Mật ong/);
});

test('a product looked up by name is found whatever its status, and says since when @no-js', async ({
  page,
}) => {
  await page.goto(paths.search('vi', { q: 'mat ong khau vac' }));
  const hit = results(page).first();
  await expect(hit).toContainText('Mật ong Khau Vạc');
  await expect(hit.locator('[data-status="expired"]')).toHaveText('Hết hiệu lực từ 18/12/2025');
  // A lapsed certificate's stars are not shown.
  await expect(hit.locator('.stars')).toHaveCount(0);
});

// axe runs in the page, so only with JavaScript on; it checks the server-rendered states.
for (const [state, url] of [
  ['results with filters', paths.search('vi', { q: 'trà', stars: 3 })],
  ['no results', paths.search('en', { q: 'xyzzy', group: 'do-uong' })],
  ['close matches and lapsed certificates', paths.search('vi', { q: 'mat ong ba be' })],
  ['bad parameters', paths.search('vi', { q: 'trà', page: 0 })],
] as const) {
  test(`search page, ${state}: no axe violations`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
}

test('instant search: results while typing, address kept in step, count announced', async ({ page }) => {
  await page.goto(paths.search('vi'));
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const input = page.locator('#search-q');
  await input.pressSequentially('mật ong', { delay: 40 });
  await expect(page).toHaveURL(/\?q=m%E1%BA%ADt\+ong$/);
  await expect(results(page).first()).toContainText('Mật ong');
  await expect(page.locator('[data-search-status]')).toHaveText(/sản phẩm cho “mật ong”/);
  await expect(page).toHaveTitle('Tìm kiếm: mật ong · OCOP Bắc Kạn');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Typing on: the answer for the last query wins over the earlier ones.
  await input.fill('');
  await input.pressSequentially('quýt', { delay: 10 });
  await expect(page.locator('[data-search-status]')).toHaveText(/cho “quýt”/);
  await expect(results(page).first()).toContainText('Quýt');

  // Sorting applies at once too.
  await page.getByLabel('Sắp xếp').selectOption('stars');
  await expect(page).toHaveURL(/sort=stars/);
  await expectNoAxeViolations(page);

  // No product matches every word: the close matches arrive under their heading, and are announced.
  await input.fill('');
  await input.pressSequentially('mat ong ba be', { delay: 10 });
  await expect(page.getByRole('heading', { name: 'Kết quả gần đúng' })).toBeVisible();
  await expect(page.locator('[data-search-status]')).toHaveText(/kết quả gần đúng/);
  await expect(results(page).first()).toContainText('Mật ong');
});

test('the language switch opens the query on screen, also after typing a new one', async ({ page }) => {
  await page.goto(paths.search('vi', { q: 'trà' }));
  const input = page.locator('#search-q');
  await input.fill('');
  await input.pressSequentially('quýt', { delay: 10 });
  await expect(page.locator('[data-search-status]')).toHaveText(/cho “quýt”/);
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=qu%C3%BDt$/);
  await expect(page.locator('#search-q')).toHaveValue('quýt');
  await expect(results(page).first()).toContainText(/mandarin/i);
});

test('keyboard: arrows move from the search box through the results and back', async ({ page }) => {
  await page.goto(paths.search('vi', { q: 'trà' }));
  const input = page.locator('#search-q');
  await input.focus();
  await page.keyboard.press('ArrowDown');
  const links = page.locator('[data-search-results] [data-result-link]');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(input).toBeFocused();
});

test('header suggestions: a combobox of products as you type', async ({ page }) => {
  const box = await typeInHeaderBox(page, 'vi', 'mien dong');
  const list = page.getByRole('listbox', { name: 'Gợi ý sản phẩm' });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute('role', 'combobox');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = list.getByRole('option');
  await expect(options.first()).toContainText('Miến dong');
  await expect(options.last()).toContainText('Xem tất cả kết quả cho “mien dong”');
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowDown');
  const first = options.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('ArrowDown');
  await expect(list).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/san-pham\/mien-dong-[a-z-]+\/$/);
});

test('header suggestions: close matches say so, and honey is honey', async ({ page }) => {
  const box = await typeInHeaderBox(page, 'vi', 'mat ong');
  const list = page.getByRole('listbox', { name: 'Gợi ý sản phẩm' });
  await expect(list.getByRole('option').first()).toContainText('Mật ong');
  await expect(list.getByRole('option', { name: /Mộc nhĩ|Nấm/ })).toHaveCount(0);

  await box.pressSequentially(' ba be', { delay: 40 });
  const close = page.getByRole('listbox', { name: /Gợi ý gần đúng/ });
  await expect(close).toBeVisible();
  await expect(close.getByText('Gợi ý gần đúng: không sản phẩm nào khớp mọi từ')).toBeVisible();
  await expect(close.getByRole('option').first()).toContainText('Mật ong');
  await expectNoAxeViolations(page);
});

test('header suggestions: the last option opens the full search', async ({ page }) => {
  await typeInHeaderBox(page, 'en', 'honey');
  await page.getByRole('option', { name: /See all results for “honey”/ }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=honey$/);
});
