import type { ProductView } from './catalogue.ts';
import { listingOrder } from './listings.ts';

const indexCache = new WeakMap<readonly ProductView[], ReturnType<typeof buildIndex>>();

/** Products by producer, sub-group and group, each list already in listing order. */
function buildIndex(all: readonly ProductView[]) {
  const ordered = listingOrder(all);
  return {
    byProducer: Map.groupBy(ordered, (p) => p.producer.id),
    bySubGroup: Map.groupBy(ordered, (p) => p.subGroup.code),
    byGroup: Map.groupBy(ordered, (p) => p.group.id),
  };
}

/**
 * Products to suggest beside one product: the producer's other products first (a buyer can
 * combine them in one order), then the same sub-group, then the same group. Indexed once per
 * product list, so a national-scale catalogue does not compare every product with every other.
 */
export function relatedProducts(view: ProductView, all: readonly ProductView[], limit = 4): ProductView[] {
  let index = indexCache.get(all);
  if (!index) {
    index = buildIndex(all);
    indexCache.set(all, index);
  }
  const seen = new Set([view.slug]);
  const picked: ProductView[] = [];
  const tiers = [
    index.byProducer.get(view.producer.id),
    index.bySubGroup.get(view.subGroup.code),
    index.byGroup.get(view.group.id),
  ];
  for (const tier of tiers) {
    for (const candidate of tier ?? []) {
      if (picked.length >= limit) return picked;
      // Only what a buyer may order as OCOP today: a lapsed or revoked product is not suggested.
      if (seen.has(candidate.slug) || candidate.currentStars === null) continue;
      seen.add(candidate.slug);
      picked.push(candidate);
    }
  }
  return picked;
}
