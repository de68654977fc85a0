/**
 * The search document of a product: one per product, both languages side by side (as in the
 * content), so facet counts are per product and an English reader typing a Vietnamese name still
 * finds it. A pure function of the catalogue view: the build writes these, the reindex loads them.
 */

import type { ProductView } from '../content/catalogue.ts';
import { certificateDates, statusRank } from '../content/certificate-status.ts';
import type { FormerDistrictSlug } from '../content/schemas/area.ts';
import type { Concept } from '../content/schemas/concept.ts';
import type { LocalizedText } from '../content/schemas/localized.ts';
import type { ProducerType } from '../content/schemas/producer.ts';
import { certificationName } from '../format/certification.ts';
import { placeLabel } from '../format/location.ts';
import { type CertificateDays, certificateDays } from './certificate-days.ts';
import { conceptTerms } from './concepts.ts';
import { accentKeys, fold, telexLeftovers } from './vietnamese.ts';

/** A build-time image URL with its size, so results can show a photo without layout shift. */
export interface Thumbnail {
  src: string;
  width: number;
  height: number;
}

export interface SearchDocument extends CertificateDays {
  id: string;
  slug: string;
  name: LocalizedText;
  /** Folded Vietnamese name: the last tie-breaker, and the order of a search without words. */
  nameSort: string;
  producer: LocalizedText;
  producerSlug: string;
  producerType: ProducerType;
  group: string;
  groupName: LocalizedText;
  subGroup: string;
  subGroupName: LocalizedText;
  /** Unknown only for a producer placed by a 2025 unit that spans former districts. */
  district?: FormerDistrictSlug;
  districtName: string;
  /** The former commune, unknown until someone sets it for a producer placed by its 2025 unit. */
  commune?: string;
  newCommune: string;
  /** Stars of the current certificate; shown and counted only while it is current (certificate-days.ts). */
  stars: number;
  /** Current certificates first: computed for the build day, kept up to date by rankUpdates(). */
  statusRank: number;
  /** Terms of the concepts that name the product (content/concepts.json), per language. */
  concepts: { vi: string[]; en: string[] };
  story?: LocalizedText;
  ingredients: { vi: string[]; en: string[] };
  certifications: string[];
  region: string;
  /** Names and places in Telex, typing form: what the exact-accent query searches. */
  accentKeys: string[];
  /** The same words spelt tone-last, for Telex typed with the input method off. */
  telex: string;
  price?: { min: number; max: number; per: LocalizedText };
  /** Sortable copy of price.min. */
  priceMin?: number;
  thumbnail?: Thumbnail;
}

/** Every product is from Bắc Kạn, now in Thái Nguyên: either name finds the whole catalogue. */
const REGION = 'Bắc Kạn, Thái Nguyên';

const localized = (text: LocalizedText): LocalizedText =>
  text.en ? { vi: text.vi, en: text.en } : { vi: text.vi };

export function toSearchDocument(
  view: ProductView,
  extras: { thumbnail?: Thumbnail; concepts?: readonly Concept[] } = {},
): SearchDocument {
  const { product, producer, area, group, subGroup, certificate } = view;
  const districtName = placeLabel(area, 'vi');
  const concepts = conceptTerms(extras.concepts ?? [], { name: product.name.vi, subGroup: subGroup.code });
  // Where an exactly accented query should win: the names of the product, producer and places,
  // and the concepts that name it ("quà Tết" before "Khau Qua").
  const keyed = [
    product.name.vi,
    producer.data.name.vi,
    districtName,
    area.formerUnit,
    area.newUnit,
    ...concepts.vi,
  ].filter((text) => text !== undefined);
  return {
    id: view.slug,
    slug: view.slug,
    name: localized(product.name),
    nameSort: fold(product.name.vi),
    producer: localized(producer.data.name),
    producerSlug: producer.id,
    producerType: producer.data.type,
    group: group.id,
    groupName: localized(group.name),
    subGroup: subGroup.code,
    subGroupName: localized(subGroup.name),
    ...(area.formerDistrictSlug ? { district: area.formerDistrictSlug } : {}),
    districtName,
    ...(area.formerUnit ? { commune: area.formerUnit } : {}),
    newCommune: area.newUnit,
    stars: view.stars,
    ...certificateDays(certificateDates(certificate)),
    statusRank: statusRank[certificate.status],
    concepts,
    ...(product.story ? { story: localized(product.story) } : {}),
    ingredients: {
      vi: product.ingredients.map((i) => i.vi),
      en: product.ingredients.flatMap((i) => (i.en ? [i.en] : [])),
    },
    certifications: view.certifications.map((c) => certificationName(c, 'vi')),
    region: REGION,
    accentKeys: accentKeys(keyed),
    telex: telexLeftovers(keyed),
    ...(product.price
      ? {
          price: { min: product.price.min, max: product.price.max, per: localized(product.price.per) },
          priceMin: product.price.min,
        }
      : {}),
    ...(extras.thumbnail ? { thumbnail: extras.thumbnail } : {}),
  };
}
