/**
 * The build's catalogue for the on-demand routes (src/lib/content/server-catalogue.ts), read from
 * the last build the way the production server reads it: complete, private, and the reason the
 * server bundle no longer carries the content store.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/lib/content/content-ids.ts';
import { type ServerCatalogueData, serverCatalogue } from '../../src/lib/content/server-catalogue.ts';
import { SERVER_CATALOGUE_FILE } from '../../src/lib/content/server-catalogue-file.ts';

const dist = join(process.cwd(), 'dist');
const data = JSON.parse(readFileSync(join(dist, SERVER_CATALOGUE_FILE), 'utf8')) as ServerCatalogueData;
const catalogue = serverCatalogue(data);

const onDisk = (folder: string) =>
  readdirSync(join(CONTENT_DIR, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      slug: f.slice(0, -'.json'.length),
      ...JSON.parse(readFileSync(join(CONTENT_DIR, folder, f), 'utf8')),
    }));

describe('server catalogue written by the build', () => {
  it('has every product with its name, producer and order unit, as in content/', () => {
    const products = onDisk('products');
    expect(data.products).toHaveLength(products.length);
    for (const product of products) {
      const entry = catalogue.product(product.slug);
      expect(entry?.name).toEqual(product.name);
      expect(entry?.producer.slug).toBe(product.producer);
      expect(entry?.orderUnit).toBe(product.trade.minimumOrder?.unit ?? product.packSizes[0].unit);
      expect(entry?.samples).toBe(product.trade.samples);
    }
  });

  it('has every producer with its phone and email, and each producer’s products', () => {
    const producers = onDisk('producers');
    expect(data.producers).toHaveLength(producers.length);
    const products = onDisk('products');
    for (const producer of producers) {
      expect(catalogue.producer(producer.slug)?.name).toEqual(producer.name);
      expect(catalogue.producer(producer.slug)?.contacts.phone).toBe(producer.contacts?.phone);
      expect(catalogue.producer(producer.slug)?.contacts.email).toBe(producer.contacts?.email);
      const own = catalogue.productsOf(producer.slug);
      expect(own.map((p) => p.slug).sort()).toEqual(
        products
          .filter((p) => p.producer === producer.slug)
          .map((p) => p.slug)
          .sort(),
      );
      for (const product of own) expect(product.producer.email).toBe(producer.contacts.email);
    }
  });

  it('has the six groups in the order of QĐ 148', () => {
    expect(data.groups.map((g) => g.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
  });

  it('is not in the public client folder', () => {
    expect(existsSync(join(dist, 'client', 'server-catalogue.json'))).toBe(false);
  });

  it('keeps the content store out of the server bundle', () => {
    const bundle = readdirSync(join(dist, 'server'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.mjs'),
    );
    expect(bundle.length).toBeGreaterThan(0);
    const withStore = bundle.filter((f) =>
      readFileSync(join(dist, 'server', f), 'utf8').includes('data-layer-content'),
    );
    expect(withStore).toEqual([]);
  });
});
