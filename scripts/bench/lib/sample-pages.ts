import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../src/lib/paths.ts';

export interface SamplePage {
  name: 'home' | 'catalogue' | 'product' | 'producer';
  path: string;
}

/**
 * The four page templates the benchmarks measure, in Vietnamese: home, the catalogue's first
 * page, a product (the first in content/products unless named) and that product's producer.
 */
export function samplePages(projectRoot: string, productSlug?: string): SamplePage[] {
  const slug =
    productSlug ??
    readdirSync(join(projectRoot, 'content/products'))
      .filter((f) => f.endsWith('.json'))
      .sort()[0]
      ?.slice(0, -'.json'.length);
  if (!slug) throw new Error('no product in content/products');
  const { producer } = JSON.parse(
    readFileSync(join(projectRoot, 'content/products', `${slug}.json`), 'utf8'),
  ) as {
    producer: string;
  };
  return [
    { name: 'home', path: paths.home('vi') },
    { name: 'catalogue', path: paths.products('vi') },
    { name: 'product', path: paths.product('vi', slug) },
    { name: 'producer', path: paths.producer('vi', producer) },
  ];
}
