/**
 * schema.org structured data for search engines: Product, Organization and BreadcrumbList.
 * Pure builders; BaseLayout prints each object in its own application/ld+json block.
 */
import type { ProducerEntry, ProductView } from '../content/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import { paths } from '../paths.ts';

export interface Crumb {
  name: string;
  path: string;
}

const url = (path: string, site: URL) => new URL(path, site).href;

export const breadcrumbJsonLd = (crumbs: readonly Crumb[], site: URL) => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: crumb.name,
    item: url(crumb.path, site),
  })),
});

/** The producer as an Organization; `nested` leaves out @context for use inside a Product. */
export function organizationJsonLd(producer: ProducerEntry, locale: Locale, site: URL, nested = false) {
  const { data } = producer;
  return {
    ...(nested ? {} : { '@context': 'https://schema.org' }),
    '@type': 'Organization',
    '@id': `${url(paths.producer('vi', producer.id), site)}#organization`,
    name: pickText(data.name, locale),
    url: url(paths.producer(locale, producer.id), site),
    ...(data.contacts?.phone ? { telephone: data.contacts.phone } : {}),
    ...(data.contacts?.email ? { email: data.contacts.email } : {}),
    ...(data.contacts?.website ? { sameAs: [data.contacts.website] } : {}),
    ...(data.founded ? { foundingDate: String(data.founded) } : {}),
    ...(nested || !data.story ? {} : { description: pickText(data.story, locale) }),
  };
}

interface ProductJsonLdInput {
  view: ProductView;
  locale: Locale;
  site: URL;
  /** Site-relative URLs of the built photos. */
  images: readonly string[];
}

export function productJsonLd({ view, locale, site, images }: ProductJsonLdInput) {
  const { product } = view;
  const organization = organizationJsonLd(view.producer, locale, site, true);
  const page = url(paths.product(locale, view.slug), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${page}#product`,
    name: pickText(product.name, locale),
    ...(product.story ? { description: pickText(product.story, locale) } : {}),
    url: page,
    image: images.map((src) => url(src, site)),
    category: pickText(view.subGroup.name, locale),
    brand: organization,
    manufacturer: organization,
    // Only while the certificate is current: a lapsed one no longer entitles the product to its stars.
    ...(view.currentStars === null
      ? {}
      : {
          award: `OCOP ${view.currentStars}★ (${view.certificate.decision}, ${view.certificate.decisionDate})`,
        }),
    ...(product.price
      ? {
          offers: {
            '@type': 'AggregateOffer',
            lowPrice: product.price.min,
            highPrice: product.price.max,
            priceCurrency: 'VND',
          },
        }
      : {}),
  };
}
