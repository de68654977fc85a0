/** axe on every page template of the catalogue, in both languages: no violations at all. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';

interface ProductFile {
  producer: string;
  name: { en?: string };
  story: { en?: string };
  season?: unknown;
  photos: unknown[];
  certificates: { revoked?: unknown }[];
}

// Products from the content the build was made from, chosen to reach every part of the template.
const products = readdirSync('content/products')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    slug: f.replace(/\.json$/, ''),
    data: JSON.parse(readFileSync(join('content/products', f), 'utf8')) as ProductFile,
  }));
const pick = (matches: (p: ProductFile) => boolean) => products.find((p) => matches(p.data));
const richest = pick((p) => Boolean(p.season) && p.photos.length > 1) ?? products[0];
const variants = {
  product: richest,
  'product with a revoked certificate': pick((p) => p.certificates.some((c) => c.revoked)),
  'product missing English text': pick((p) => !p.name.en || !p.story.en),
};

const templates = (locale: 'vi' | 'en') => ({
  home: paths.home(locale),
  catalogue: paths.products(locale),
  'listing by group': paths.productsByGroup(locale, 'thuc-pham'),
  'listing by stars': paths.productsByStars(locale, 4),
  'listing by district': paths.productsByDistrict(locale, 'na-ri'),
  ...Object.fromEntries(
    Object.entries(variants).flatMap(([name, p]) => (p ? [[name, paths.product(locale, p.slug)]] : [])),
  ),
  'trade sheet': paths.tradeSheet(locale, richest?.slug ?? ''),
  producer: paths.producer(locale, richest?.data.producer ?? ''),
  programme: paths.programme(locale),
  '404': paths.product(locale, 'khong-co-san-pham-nay'),
});

for (const locale of ['vi', 'en'] as const) {
  for (const [template, url] of Object.entries(templates(locale))) {
    test(`${template} (${locale}) has no axe violations`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      // target-size (WCAG 2.2 AA 2.5.8, 24 px targets) is off in axe by default: turn it on.
      const { violations } = await new AxeBuilder({ page })
        .options({ rules: { 'target-size': { enabled: true } } })
        .analyze();
      const summary = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

// WCAG 1.4.10: content reflows at 320 CSS pixels without scrolling sideways (wide tables scroll inside their own region).
test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const [template, url] of Object.entries(templates('en'))) {
    test(`${template} does not scroll sideways`, async ({ page }) => {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});
