/**
 * Read access to the catalogue for pages, feeds and the search sync: entries joined with their
 * producer, area and group, and the current certificate with its computed status.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import {
  type CertificateStatus,
  certificateStatus,
  contentToday,
  expiryDate,
  isCurrent,
} from './certificate-status.ts';
import { type ProductCertification, resolveCertifications } from './certifications.ts';
import { type ProductGap, productToComplete } from './completeness.ts';
import { noPhotoYet, type Photo, resolvePhotos } from './photos.ts';
import { type Place, placeResolver } from './place.ts';
import type { Certificate } from './schemas/certificate.ts';

export type ProductEntry = CollectionEntry<'products'>;
export type ProducerEntry = CollectionEntry<'producers'>;
export type GroupEntry = CollectionEntry<'groups'>;
export type AreaEntry = CollectionEntry<'areas'>;
export type EventEntry = CollectionEntry<'events'>;

/** A certificate with its expiry and status computed for the build day. */
export interface CurrentCertificate extends Certificate {
  expiresOn: string;
  status: CertificateStatus;
}

/** A product's data with its photos as images (the neutral placeholder when it has none yet). */
export type ProductData = Omit<ProductEntry['data'], 'photos'> & { photos: Photo[] };

export interface ProductView {
  slug: string;
  product: ProductData;
  producer: ProducerEntry;
  /** The producer's place: former and current units (the former ones may be unknown). */
  area: Place;
  group: GroupEntry['data'];
  subGroup: GroupEntry['data']['subGroups'][number];
  certificate: CurrentCertificate;
  /** Every certificate the product has held, oldest first, each with its computed expiry and status. */
  certificates: CurrentCertificate[];
  /** Indications, marks and farming standards, each checked to cover this product. */
  certifications: ProductCertification[];
  /** The current certificate's stars, also once it has lapsed (history, search documents). */
  stars: number;
  /** The stars the product may show: null once its certificate has expired or been revoked. */
  currentStars: number | null;
  /** What the entry still lacks (an imported product has only what its annex row said). */
  toComplete: ProductGap[];
}

export interface Catalogue {
  products: ProductView[];
  producers: ProducerEntry[];
  groups: GroupEntry['data'][];
  areas: Map<string, AreaEntry['data']>;
  events: EventEntry[];
  productsOf: (producerSlug: string) => ProductView[];
  product: (slug: string) => ProductView | undefined;
  producer: (slug: string) => ProducerEntry | undefined;
  /** A producer's place (its schema checked the address: a miss is a bug). */
  place: (producer: ProducerEntry) => Place;
}

const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI'];
/** Groups in the order of QĐ 148 (I. Thực phẩm … VI. Du lịch), whatever the order in groups.json. */
export const byNumeral = (a: Pick<GroupEntry['data'], 'numeral'>, b: Pick<GroupEntry['data'], 'numeral'>) =>
  numerals.indexOf(a.numeral) - numerals.indexOf(b.numeral);

const byName = (a: ProductView, b: ProductView) => a.product.name.vi.localeCompare(b.product.name.vi, 'vi');

let cached: Promise<Catalogue> | undefined;

/** Loads and joins every collection once per build. */
export function loadCatalogue(): Promise<Catalogue> {
  cached ??= buildCatalogue();
  return cached;
}

async function buildCatalogue(): Promise<Catalogue> {
  const [productEntries, producers, groupEntries, areaEntries, events, protectedNameEntries] =
    await Promise.all([
      getCollection('products'),
      getCollection('producers'),
      getCollection('groups'),
      getCollection('areas'),
      getCollection('events'),
      getCollection('protectedNames'),
    ]);
  const today = contentToday();
  const producerById = new Map(producers.map((p) => [p.id, p]));
  const areas = new Map(areaEntries.map((a) => [a.id, a.data]));
  const resolvePlace = placeResolver(areas.values());
  const place = (producer: ProducerEntry): Place => {
    const found = resolvePlace(producer.data.address);
    if (!found) throw new Error(`producers/${producer.id}: unresolved address`);
    return found;
  };
  const groups = groupEntries.map((g) => g.data).sort(byNumeral);
  const subGroupIndex = new Map(
    groups.flatMap((g) => g.subGroups.map((s) => [s.code, { group: g, subGroup: s }])),
  );
  const protectedNames = new Map(protectedNameEntries.map((p) => [p.id, p.data]));
  const brokenClaims: string[] = [];

  const products = productEntries
    .map((entry): ProductView => {
      // The schemas already checked every reference; a miss here is a bug, not bad content.
      const producer = producerById.get(entry.data.producer);
      const area = producer && place(producer);
      const taxonomy = subGroupIndex.get(entry.data.group);
      const certificates = entry.data.certificates.map(
        (c): CurrentCertificate => ({ ...c, expiresOn: expiryDate(c), status: certificateStatus(c, today) }),
      );
      const certificate = certificates.at(-1);
      if (!producer || !area || !taxonomy || !certificate) {
        throw new Error(`products/${entry.id}: unresolved reference`);
      }
      const { certifications, problems } = resolveCertifications(entry.data, area, protectedNames);
      brokenClaims.push(...problems.map((p) => `content/products/${entry.id}.json, ${p}`));
      return {
        slug: entry.id,
        product: {
          ...entry.data,
          photos: entry.data.photos.length > 0 ? resolvePhotos('products', entry.data.photos) : [noPhotoYet],
        },
        producer,
        area,
        group: taxonomy.group,
        subGroup: taxonomy.subGroup,
        certificate,
        certificates,
        certifications,
        stars: certificate.stars,
        currentStars: isCurrent(certificate.status) ? certificate.stars : null,
        toComplete: productToComplete(entry.data),
      };
    })
    .sort(byName);
  if (brokenClaims.length > 0)
    throw new Error(`Certifications that do not cover their product:\n${brokenClaims.join('\n')}`);

  const bySlug = new Map(products.map((p) => [p.slug, p]));
  const byProducer = Map.groupBy(products, (p) => p.producer.id);
  return {
    products,
    producers: producers.sort((a, b) => a.data.name.vi.localeCompare(b.data.name.vi, 'vi')),
    groups,
    areas,
    events: events.sort((a, b) => a.data.start.localeCompare(b.data.start)),
    productsOf: (producerSlug) => byProducer.get(producerSlug) ?? [],
    product: (slug) => bySlug.get(slug),
    producer: (slug) => producerById.get(slug),
    place,
  };
}
