/**
 * Open data in the browser, on the built production server: the footer leads to the page, the
 * page to the same files in both languages (each downloads with its type), the language switch
 * pairs the two pages, and the page describes itself as a schema.org Dataset.
 * Tagged @no-js: it also runs with JavaScript disabled.
 */
import { expect, type Page, test } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';

const types: Record<string, RegExp> = {
  csv: /^text\/csv; charset=utf-8$/,
  json: /^application\/json; charset=utf-8$/,
  atom: /^application\/atom\+xml; charset=utf-8$/,
};

const fileLinks = (page: Page) => page.locator('[data-open-data-files] a');

test('footer → open data → the files, in both languages @no-js', async ({ page }) => {
  await page.goto(paths.products('vi'));
  await page.locator('footer [data-open-data-link]').click();
  await expect(page).toHaveURL(paths.openData('vi'));
  await expect(page.locator('h1')).toHaveText('Dữ liệu mở');
  await expect(page.locator('[data-open-data-updated]')).toContainText('cập nhật lần cuối');
  await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('rel', 'license');
  const viFiles = await fileLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(viFiles).toEqual(expect.arrayContaining(Object.values(paths.openDataFiles)));

  for (const href of viFiles) {
    const response = await page.request.get(href ?? '');
    expect(response.status(), href ?? '').toBe(200);
    const extension = href?.split('.').at(-1) ?? '';
    if (types[extension]) expect(response.headers()['content-type'], href ?? '').toMatch(types[extension]);
  }

  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(paths.openData('en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Open data');
  expect(await fileLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
    viFiles,
  );
  await expect(page.locator('footer [data-open-data-link]')).toHaveAttribute('href', paths.openData('en'));
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(paths.openData('vi'));
});

test('describes itself as a schema.org Dataset with a download per file and its licence @no-js', async ({
  page,
}) => {
  await page.goto(paths.openData('en'));
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const dataset = blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'Dataset');
  expect(dataset).toMatchObject({
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creator: { '@type': 'GovernmentOrganization' },
    dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    temporalCoverage: expect.stringMatching(/^\d{4}-\d{2}-\d{2}\/\.\.$/),
    spatialCoverage: { '@type': 'Place' },
  });
  const urls = (dataset.distribution as { contentUrl: string }[]).map((d) => new URL(d.contentUrl).pathname);
  expect(urls.sort()).toEqual(Object.values(paths.openDataFiles).sort());
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    paths.openDataFiles.certificateFeed,
  );
  // Every field of both files is described.
  await expect(page.locator('table code', { hasText: /^certificate_expires_on$/ })).toHaveCount(1);
  await expect(page.locator('table code', { hasText: /^products_certified$/ })).toHaveCount(1);
});
