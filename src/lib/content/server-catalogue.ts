/**
 * The catalogue as the server sees it: what the pages rendered on request (enquiries, inbox,
 * search labels, the office's pages, open data) and the server's jobs (certificate reminders,
 * republishing when a status changes) need of each product and producer — names, places,
 * groups, the whole certificate history with its dates, public contacts, what still lacks, when
 * facts were last confirmed — and nothing more. The build writes it to a file
 * (server-catalogue.json) so the server bundle does not carry the whole content store, which at
 * national scale is tens of megabytes to bundle and to hold in the running server. Statuses are
 * not stored: they are computed from the dates for the day asked (certificate-status.ts).
 */
import {
  type EnquiryCatalogue,
  type EnquiryProduct,
  toEnquiryProduct,
} from '../enquiries/catalogue-lookup.ts';
import { showsAtBooth } from '../fairs/booth.ts';
import { certificationName } from '../format/certification.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import type { Catalogue, ProducerEntry, ProductView } from './catalogue.ts';
import { expiryDate, statusOn } from './certificate-status.ts';
import { type ProducerGap, type ProductGap, producerToComplete } from './completeness.ts';
import type { Place } from './place.ts';
import type { Certificate } from './schemas/certificate.ts';
import type { LocalizedText } from './schemas/localized.ts';
import type { ProducerType } from './schemas/producer.ts';

export interface ServerGroup {
  id: string;
  numeral: string;
  name: LocalizedText;
  subGroups: { code: string; name: LocalizedText }[];
}

/** A producer's public ways to be reached, and the day someone last confirmed them. */
export type ServerContacts = NonNullable<ProducerEntry['data']['contacts']>;

export interface ServerProducer {
  slug: string;
  name: LocalizedText;
  type: ProducerType;
  place: Place;
  contacts: ServerContacts;
  toComplete: ProducerGap[];
}

/** A certificate as decided, with its expiry worked out (the decision's own, or 36 months). */
export type ServerCertificate = Certificate & { expiresOn: string };

export interface ServerProduct extends EnquiryProduct {
  group: string;
  subGroup: string;
  /** Every certificate the product has held, oldest first; the last one is current. */
  certificates: ServerCertificate[];
  /** The names of its geographical indications, collective marks and farming standards. */
  certifications: LocalizedText[];
  toComplete: ProductGap[];
  /** The day someone last confirmed its trade data and price band. */
  tradeConfirmedOn?: string;
}

/** A fair the province shows products at (content/events/), for the office's pages. */
export interface ServerFair {
  slug: string;
  name: LocalizedText;
  start: string;
  end: string;
  city: string;
  /** The products its booth shows, in the booth's order (the lead form offers these). */
  products: string[];
}

/** The file's content: plain JSON. */
export interface ServerCatalogueData {
  /** The day the build judged statuses on (its pages show them as of that day). */
  builtFor: string;
  /** In the order of QĐ 148 (I … VI). */
  groups: ServerGroup[];
  /** By Vietnamese name, as the catalogue lists them. */
  producers: ServerProducer[];
  products: ServerProduct[];
  /** By start date. */
  fairs: ServerFair[];
}

export interface ServerCatalogue extends EnquiryCatalogue {
  builtFor: string;
  groups: ServerGroup[];
  producers: ServerProducer[];
  products: ServerProduct[];
  fairs: ServerFair[];
  product(slug: string): ServerProduct | undefined;
  producer(slug: string): ServerProducer | undefined;
  productsOf(producerSlug: string): ServerProduct[];
}

const producerOf = (producer: ProducerEntry, place: Place): ServerProducer => {
  const { name, type, contacts } = producer.data;
  return {
    slug: producer.id,
    name,
    type,
    place,
    contacts: contacts ?? {},
    toComplete: producerToComplete(producer.data),
  };
};

const productOf = (view: ProductView): ServerProduct => ({
  ...toEnquiryProduct(view),
  group: view.group.id,
  subGroup: view.subGroup.code,
  certificates: view.product.certificates.map((c) => ({ ...c, expiresOn: expiryDate(c) })),
  certifications: view.certifications.map((c) => ({
    vi: certificationName(c, 'vi'),
    en: certificationName(c, 'en'),
  })),
  toComplete: view.toComplete,
  ...(view.product.trade?.confirmedOn ? { tradeConfirmedOn: view.product.trade.confirmedOn } : {}),
});

export function serverCatalogueData(catalogue: Catalogue, builtFor: string): ServerCatalogueData {
  return {
    builtFor,
    groups: catalogue.groups.map(({ id, numeral, name, subGroups }) => ({
      id,
      numeral,
      name,
      subGroups: subGroups.map(({ code, name: subGroupName }) => ({ code, name: subGroupName })),
    })),
    producers: catalogue.producers.map((p) => producerOf(p, catalogue.place(p))),
    products: catalogue.products.map(productOf),
    fairs: catalogue.events.map(({ id, data }) => ({
      slug: id,
      name: data.name,
      start: data.start,
      end: data.end,
      city: data.city,
      products: data.products.filter((slug) => {
        const view = catalogue.product(slug);
        return view !== undefined && showsAtBooth(view);
      }),
    })),
  };
}

/** Lookups over the file's content. */
export function serverCatalogue(data: ServerCatalogueData): ServerCatalogue {
  const products = new Map(data.products.map((p) => [p.slug, p]));
  const producers = new Map(data.producers.map((p) => [p.slug, p]));
  const byProducer = Map.groupBy(data.products, (p) => p.producer.slug);
  return {
    builtFor: data.builtFor,
    groups: data.groups,
    producers: data.producers,
    products: data.products,
    fairs: data.fairs,
    product: (slug) => products.get(slug),
    producer: (slug) => producers.get(slug),
    productsOf: (producerSlug) => byProducer.get(producerSlug) ?? [],
  };
}

/**
 * The products whose status on `day` is not the one their pages were built with (an expiry
 * window opened, a certificate ran out or a revocation took effect since `builtFor`): while
 * there are any, the build is stale and must be republished.
 */
export function statusesChangedSinceBuild(
  catalogue: Pick<ServerCatalogue, 'builtFor' | 'products'>,
  day: string,
): string[] {
  return catalogue.products
    .filter(({ certificates }) => {
      const current = certificates.at(-1);
      if (!current) return false;
      const dates = { expiresOn: current.expiresOn, revokedOn: current.revoked?.date };
      return statusOn(dates, catalogue.builtFor) !== statusOn(dates, day);
    })
    .map(({ slug }) => slug);
}

/** Producers' and products' names in `locale`, by slug; a slug the catalogue lacks (gone since) reads as itself. */
export const namesIn = (
  catalogue: Pick<ServerCatalogue, 'producer' | 'product' | 'fairs'>,
  locale: Locale,
) => ({
  producer(slug: string): string {
    const producer = catalogue.producer(slug);
    return producer ? pickText(producer.name, locale) : slug;
  },
  product(slug: string): string {
    const product = catalogue.product(slug);
    return product ? pickText(product.name, locale) : slug;
  },
  fair(slug: string): string {
    const fair = catalogue.fairs.find((f) => f.slug === slug);
    return fair ? pickText(fair.name, locale) : slug;
  },
});
