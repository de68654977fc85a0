/**
 * getStaticPaths() of the catalogue's dynamic routes, shared by the Vietnamese and English route
 * files so both languages always have the same pages.
 */
import type { Locale } from '../i18n/locales.ts';
import { loadCatalogue, type ProducerEntry, type ProductView } from './catalogue.ts';
import { type ListingPage, listingOrder, listingPages, listingParam } from './listings.ts';
import type { Place } from './place.ts';
import { relatedProducts } from './related.ts';

export interface ProductRouteProps {
  view: ProductView;
  related: ProductView[];
}

export async function productRoutes() {
  const catalogue = await loadCatalogue();
  return catalogue.products.map((view) => ({
    params: { slug: view.slug },
    props: { view, related: relatedProducts(view, catalogue.products) } satisfies ProductRouteProps,
  }));
}

export interface ProductFileRouteProps {
  view: ProductView;
}

/** A route per product that needs only the product (trade sheets, comparison files): no related products. */
export async function productFileRoutes() {
  const catalogue = await loadCatalogue();
  return catalogue.products.map((view) => ({
    params: { slug: view.slug },
    props: { view } satisfies ProductFileRouteProps,
  }));
}

export interface ProducerRouteProps {
  producer: ProducerEntry;
  area: Place;
  products: ProductView[];
}

export async function producerRoutes() {
  const catalogue = await loadCatalogue();
  return catalogue.producers.map((producer) => {
    const area = catalogue.place(producer);
    const products = listingOrder(catalogue.productsOf(producer.id));
    return {
      params: { slug: producer.id },
      props: { producer, area, products } satisfies ProducerRouteProps,
    };
  });
}

export interface ListingRouteProps {
  listing: ListingPage;
}

export async function listingRoutes(locale: Locale) {
  const catalogue = await loadCatalogue();
  return listingPages(catalogue).map((listing) => ({
    params: { listing: listingParam(locale, listing.filter, listing.page) },
    props: { listing } satisfies ListingRouteProps,
  }));
}
