/**
 * The catalogue as the on-demand routes (enquiries, inbox, search, 404) see it: names, producers,
 * order units and groups, nothing more. The build writes it to a file (server-catalogue.json)
 * so the server bundle does not carry the whole content store, which at national scale is
 * tens of megabytes to bundle and to hold in the running server.
 */
import {
  type EnquiryCatalogue,
  type EnquiryProduct,
  toEnquiryProduct,
} from '../enquiries/catalogue-lookup.ts';
import type { Catalogue } from './catalogue.ts';
import type { LocalizedText } from './schemas/localized.ts';

export interface ServerGroup {
  id: string;
  numeral: string;
  name: LocalizedText;
}

export interface ServerProducer {
  slug: string;
  name: LocalizedText;
  /** For staff following up an escalated enquiry. */
  phone?: string;
  /** Where its mails go when it has no inbox account (reminders) or for a buyer's reply. */
  email?: string;
}

/** The file's content: plain JSON. */
export interface ServerCatalogueData {
  /** In the order of QĐ 148 (I … VI). */
  groups: ServerGroup[];
  /** By Vietnamese name, as the catalogue lists them. */
  producers: ServerProducer[];
  products: EnquiryProduct[];
}

export interface ServerCatalogue extends EnquiryCatalogue {
  groups: ServerGroup[];
  producers: ServerProducer[];
  producer(slug: string): ServerProducer | undefined;
}

export function serverCatalogueData(catalogue: Catalogue): ServerCatalogueData {
  return {
    groups: catalogue.groups.map(({ id, numeral, name }) => ({ id, numeral, name })),
    producers: catalogue.producers.map((p) => {
      const { phone, email } = p.data.contacts ?? {};
      return { slug: p.id, name: p.data.name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
    }),
    products: catalogue.products.map(toEnquiryProduct),
  };
}

/** Lookups over the file's content. */
export function serverCatalogue(data: ServerCatalogueData): ServerCatalogue {
  const products = new Map(data.products.map((p) => [p.slug, p]));
  const producers = new Map(data.producers.map((p) => [p.slug, p]));
  const byProducer = Map.groupBy(data.products, (p) => p.producer.slug);
  return {
    groups: data.groups,
    producers: data.producers,
    product: (slug) => products.get(slug),
    producer: (slug) => producers.get(slug),
    productsOf: (producerSlug) => byProducer.get(producerSlug) ?? [],
  };
}
