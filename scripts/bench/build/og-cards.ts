/**
 * What Open Graph cards would add to the catalogue build. The benchmark builds without them
 * (OCOP_OG_CARDS=off: the issue lets images be excluded or cached, and the site caches cards
 * between builds), so it renders a sample of the generated products' cards on their own instead.
 */
import { renderOgImage } from '../../../src/lib/seo/og-image.server.ts';
import type { GeneratedCatalogue, Text } from './catalogue-generator.ts';

export interface OgCardTiming {
  cards: number;
  msPerCard: number;
}

export async function timeOgCards(catalogue: GeneratedCatalogue, sample = 100): Promise<OgCardTiming> {
  const products = [...catalogue.products.values()].slice(0, sample);
  const started = performance.now();
  for (const product of products) {
    const name = product.name as Text;
    const producer = catalogue.producers.get(product.producer as string);
    const certificates = product.certificates as { stars: number }[];
    await renderOgImage({
      name: name.vi,
      subtitle: name.en,
      standing: { stars: certificates.at(-1)?.stars ?? 3 },
      producer: (producer?.name as Text | undefined)?.vi ?? '',
      group: String(product.group),
    });
  }
  return { cards: products.length, msPerCard: (performance.now() - started) / products.length };
}
