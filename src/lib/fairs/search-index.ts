import type { ProductView } from '../content/catalogue.ts';
import { certificateDates } from '../content/certificate-status.ts';
import { placeLabel } from '../format/location.ts';
import { fold } from './fold.ts';
import type { FairSearchEntry } from './search.ts';

/** The fair's search index: a few hundred bytes per product, cached for offline use. */
export function fairSearchEntries(products: readonly ProductView[]): FairSearchEntry[] {
  return products.map((view) => {
    const { product } = view;
    const words = [
      product.name.vi,
      product.name.en,
      view.producer.data.name.vi,
      view.group.name.vi,
      view.subGroup.name.vi,
      placeLabel(view.area, 'vi'),
      view.area.formerUnit,
    ];
    const text = [...new Set(fold(words.filter(Boolean).join(' ')).split(' '))].join(' ');
    return {
      slug: view.slug,
      name: product.name.vi,
      ...(product.name.en ? { nameEn: product.name.en } : {}),
      producer: view.producer.data.name.vi,
      stars: view.stars,
      ...certificateDates(view.certificate),
      text,
    };
  });
}
