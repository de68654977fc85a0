import type { ProductView } from '../content/catalogue.ts';
import type { LocalizedText } from '../content/schemas/localized.ts';
import type { EnquiryContext, OrderQuantity } from './schema.ts';

/** What enquiries need to know about a product: who receives it, and in which unit it is ordered. */
export interface EnquiryProduct {
  slug: string;
  name: LocalizedText;
  producer: { slug: string; name: LocalizedText; email?: string };
  /** Unit the buyer's quantity is in: the minimum order's, else the first pack size's. */
  orderUnit: string;
  minimumOrder?: OrderQuantity;
  samples: boolean;
}

export interface EnquiryCatalogue {
  product(slug: string): EnquiryProduct | undefined;
  /** The producer's products, for the producer page form re-rendered after an error. */
  productsOf(producerSlug: string): EnquiryProduct[];
}

/** What enquiries use of a product of the catalogue. */
export function toEnquiryProduct(view: ProductView): EnquiryProduct {
  const { trade, packSizes, name } = view.product;
  const email = view.producer.data.contacts?.email;
  return {
    slug: view.slug,
    name,
    producer: { slug: view.producer.id, name: view.producer.data.name, ...(email ? { email } : {}) },
    orderUnit: trade?.minimumOrder?.unit ?? packSizes[0]?.unit ?? '',
    ...(trade?.minimumOrder ? { minimumOrder: trade.minimumOrder } : {}),
    samples: trade?.samples ?? false,
  };
}

/** The schema's product rules, answered from the catalogue. */
export const catalogueContext = (catalogue: EnquiryCatalogue): EnquiryContext => ({
  isKnownProduct: (slug) => catalogue.product(slug) !== undefined,
  minimumOrder: (slug) => catalogue.product(slug)?.minimumOrder,
  offersSamples: (slug) => catalogue.product(slug)?.samples ?? false,
});
