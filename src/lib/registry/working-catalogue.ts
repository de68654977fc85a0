/**
 * The catalogue an import is planned against: the snapshot's entries, found by their names as
 * annexes write them (nameKey), with the entries the plan adds or changes marked as such.
 */
import { producerSlug, uniqueSlug } from '../content/slugs.ts';
import { slugify } from '../text/slugify.ts';
import type { ContentEntry, ContentSnapshot, ProducerFile, ProductFile } from './content-snapshot.ts';
import { nameKey } from './names.ts';

/** An entry as the plan goes: changed by it, or created by it. */
export type Working<T> = ContentEntry<T> & { changed: boolean; created: boolean };

/** The catalogue being planned against, with the entries this import adds or changes. */
export function workingCatalogue(snapshot: ContentSnapshot) {
  const working = <T>(entries: Map<string, ContentEntry<T>>) =>
    new Map<string, Working<T>>(
      [...entries].map(([slug, e]) => [slug, { ...e, changed: false, created: false }]),
    );
  const products = working(snapshot.products);
  const producers = working(snapshot.producers);
  const producerByKey = new Map<string, string>();
  const productsOf = new Map<string, Map<string, string>>();
  const productsByKey = new Map<string, string[]>();
  const indexProducer = (slug: string, data: ProducerFile) => producerByKey.set(nameKey(data.name.vi), slug);
  const indexProduct = (slug: string, data: ProductFile) => {
    const key = nameKey(data.name.vi);
    const ofProducer = productsOf.get(data.producer) ?? new Map<string, string>();
    productsOf.set(data.producer, ofProducer.set(key, slug));
    productsByKey.set(key, [...(productsByKey.get(key) ?? []), slug]);
  };
  for (const [slug, e] of producers) indexProducer(slug, e.data);
  for (const [slug, e] of products) indexProduct(slug, e.data);

  return {
    products,
    producers,
    producer: (name: string) => producerByKey.get(nameKey(name)),
    product: (producer: string, name: string) => productsOf.get(producer)?.get(nameKey(name)),
    /** Products of other producers with this name. */
    namesake: (producer: string, name: string) =>
      (productsByKey.get(nameKey(name)) ?? []).filter(
        (slug) => products.get(slug)?.data.producer !== producer,
      ),
    addProducer(name: string, data: ProducerFile): string {
      const slug = uniqueSlug(producerSlug(name), (s) => producers.has(s), 'producer');
      producers.set(slug, { data, digest: '', changed: true, created: true });
      indexProducer(slug, data);
      return slug;
    },
    addProduct(data: ProductFile): string {
      const slug = uniqueSlug(slugify(data.name.vi), (s) => products.has(s), 'product');
      products.set(slug, { data, digest: '', changed: true, created: true });
      indexProduct(slug, data);
      return slug;
    },
  };
}

export type WorkingCatalogue = ReturnType<typeof workingCatalogue>;
