/**
 * The static listing pages of the catalogue: all products, by OCOP group, by star rating and by
 * former district, each split into pages. URLs come from paths.ts; this module decides what is on them.
 */
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../paths.ts';
import type { Catalogue, ProductView } from './catalogue.ts';
import { statusRank } from './certificate-status.ts';
import { type FormerDistrictSlug, formerDistricts } from './schemas/area.ts';

export const PAGE_SIZE = 24;
export const STAR_RATINGS = [5, 4, 3] as const;
export type StarRating = (typeof STAR_RATINGS)[number];

export type ListingFilter =
  | { kind: 'all' }
  | { kind: 'group'; group: string }
  | { kind: 'stars'; stars: StarRating }
  | { kind: 'district'; district: FormerDistrictSlug };

export function listingPath(locale: Locale, filter: ListingFilter, page = 1): string {
  switch (filter.kind) {
    case 'all':
      return paths.products(locale, page);
    case 'group':
      return paths.productsByGroup(locale, filter.group, page);
    case 'stars':
      return paths.productsByStars(locale, filter.stars, page);
    case 'district':
      return paths.productsByDistrict(locale, filter.district, page);
  }
}

export function matches(view: ProductView, filter: ListingFilter): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'group':
      return view.group.id === filter.group;
    case 'stars':
      return view.stars === filter.stars;
    case 'district':
      return view.area.formerDistrictSlug === filter.district;
  }
}

/** Current certificates first (expiring ones too), then more stars, then by name (the catalogue's own order). */
export const listingOrder = (products: readonly ProductView[]): ProductView[] =>
  products
    .map((view, index) => ({ view, index }))
    .sort(
      (a, b) =>
        statusRank[a.view.certificate.status] - statusRank[b.view.certificate.status] ||
        b.view.stars - a.view.stars ||
        a.index - b.index,
    )
    .map(({ view }) => view);

/** Every filter that has a listing page; groups and districts get one even while empty. */
export const allFilters = (catalogue: Pick<Catalogue, 'groups'>): ListingFilter[] => [
  { kind: 'all' },
  ...catalogue.groups.map((g): ListingFilter => ({ kind: 'group', group: g.id })),
  ...STAR_RATINGS.map((stars): ListingFilter => ({ kind: 'stars', stars })),
  ...formerDistricts.map((d): ListingFilter => ({ kind: 'district', district: d.slug })),
];

const filterKey = (filter: ListingFilter): string => {
  switch (filter.kind) {
    case 'all':
      return 'all';
    case 'group':
      return `group:${filter.group}`;
    case 'stars':
      return `stars:${filter.stars}`;
    case 'district':
      return `district:${filter.district}`;
  }
};

// Filter navigation shows counts on every listing page: count each product list once, not per link.
const countCache = new WeakMap<readonly ProductView[], Map<string, number>>();

export function countMatching(products: readonly ProductView[], filter: ListingFilter): number {
  let counts = countCache.get(products);
  if (!counts) {
    counts = new Map();
    for (const view of products) {
      for (const key of [
        'all',
        `group:${view.group.id}`,
        `stars:${view.stars}`,
        `district:${view.area.formerDistrictSlug}`,
      ]) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    countCache.set(products, counts);
  }
  return counts.get(filterKey(filter)) ?? 0;
}

export interface ListingPage {
  filter: ListingFilter;
  page: number;
  pageCount: number;
  total: number;
  items: ProductView[];
}

/** One entry per page of every listing, the first page always present (an empty listing says so). */
export function listingPages(catalogue: Pick<Catalogue, 'groups' | 'products'>): ListingPage[] {
  return allFilters(catalogue).flatMap((filter) => {
    const selected = listingOrder(catalogue.products.filter((view) => matches(view, filter)));
    const pageCount = Math.max(1, Math.ceil(selected.length / PAGE_SIZE));
    return Array.from({ length: pageCount }, (_, i) => ({
      filter,
      page: i + 1,
      pageCount,
      total: selected.length,
      items: selected.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
    }));
  });
}

/**
 * Route parameter of a listing page for a `[...listing]` route under the catalogue root: the
 * part of its URL after paths.products(locale), without slashes at the ends; undefined for the root.
 */
export function listingParam(locale: Locale, filter: ListingFilter, page: number): string | undefined {
  const root = paths.products(locale);
  const path = listingPath(locale, filter, page);
  if (!path.startsWith(root)) throw new Error(`${path} is not under ${root}`);
  return path.slice(root.length).replace(/\/$/, '') || undefined;
}
