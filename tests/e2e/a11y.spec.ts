/** axe on every page template of the catalogue, in both languages: no violations at all. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';

// A product and its producer from the content the build was made from.
const productFile =
  readdirSync('content/products')
    .filter((f) => f.endsWith('.json'))
    .sort()[0] ?? '';
const productSlug = productFile.replace(/\.json$/, '');
const producerSlug = (
  JSON.parse(readFileSync(join('content/products', productFile), 'utf8')) as { producer: string }
).producer;

const templates = (locale: 'vi' | 'en') => ({
  home: paths.home(locale),
  catalogue: paths.products(locale),
  'listing by group': paths.productsByGroup(locale, 'thuc-pham'),
  'listing by stars': paths.productsByStars(locale, 4),
  'listing by district': paths.productsByDistrict(locale, 'na-ri'),
  product: paths.product(locale, productSlug),
  producer: paths.producer(locale, producerSlug),
  programme: paths.programme(locale),
  '404': `${paths.products(locale)}khong-co-trang-nay/`,
});

for (const locale of ['vi', 'en'] as const) {
  for (const [template, url] of Object.entries(templates(locale))) {
    test(`${template} (${locale}) has no axe violations`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
