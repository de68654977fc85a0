import type { ProductView } from './catalogue.ts';
import { listingOrder } from './listings.ts';

/**
 * Products to suggest beside one product: the producer's other products first (a buyer can
 * combine them in one order), then the same sub-group, then the same group.
 */
export function relatedProducts(view: ProductView, all: readonly ProductView[], limit = 4): ProductView[] {
  const others = all.filter((p) => p.slug !== view.slug);
  const tiers = [
    others.filter((p) => p.producer.id === view.producer.id),
    others.filter((p) => p.producer.id !== view.producer.id && p.subGroup.code === view.subGroup.code),
    others.filter(
      (p) =>
        p.producer.id !== view.producer.id &&
        p.subGroup.code !== view.subGroup.code &&
        p.group.id === view.group.id,
    ),
  ];
  return tiers.flatMap((tier) => listingOrder(tier)).slice(0, limit);
}
