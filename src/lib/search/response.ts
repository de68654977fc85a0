/**
 * Meilisearch's answer turned into what the API returns and the page renders: hits with their
 * URL in the reader's language and highlighted segments, facet values with labels and counts.
 */
import type { CertificateStatus } from '../content/certificate-status.ts';
import { type FormerDistrictSlug, formerDistricts } from '../content/schemas/area.ts';
import type { LocalizedText } from '../content/schemas/localized.ts';
import { type ProducerType, producerTypes } from '../content/schemas/producer.ts';
import { districtLabel } from '../format/location.ts';
import { catalogueText } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { pick, pickText } from '../i18n/localize.ts';
import { searchText } from '../i18n/search.ts';
import { paths } from '../paths.ts';
import type { SearchDocument, Thumbnail } from './documents.ts';
import { highlight, queryTerms, type Segment, snippet } from './highlight.ts';
import { type FilterParam, SEARCH_LIMITS, type SearchParams, starValues, statusValues } from './params.ts';
import { facetAttributes } from './settings.ts';
import { normalizeQuery } from './vietnamese.ts';

export interface SearchHit {
  slug: string;
  url: string;
  name: string;
  /** Language the name is really in (English falls back to Vietnamese). */
  nameLang: Locale;
  producer: string;
  producerUrl: string;
  group: string;
  groupName: string;
  subGroupName: string;
  district?: FormerDistrictSlug;
  districtName: string;
  stars: number;
  status: CertificateStatus;
  /** Retail price band in VND, and what it is for ("gói 500 g"). */
  price?: { min: number; max: number; per: string };
  thumbnail?: Thumbnail;
  highlight: { name: Segment[]; producer: Segment[]; story?: Segment[] };
}

export interface FacetValue {
  value: string;
  label: string;
  /** null where this result cannot tell (all statuses while only valid ones are searched). */
  count: number | null;
  selected: boolean;
}

export interface SearchResult {
  query: string;
  locale: Locale;
  page: number;
  hitsPerPage: number;
  totalHits: number;
  totalPages: number;
  hits: SearchHit[];
  facets: Record<FilterParam, FacetValue[]>;
  processingTimeMs: number;
}

/** The part of a federated multi-search answer that is read. */
export interface FederatedResponse {
  hits: Partial<SearchDocument>[];
  estimatedTotalHits?: number;
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs?: number;
}

export interface GroupLabel {
  id: string;
  name: LocalizedText;
}

function toHit(
  doc: Partial<SearchDocument>,
  locale: Locale,
  terms: ReturnType<typeof queryTerms>,
): SearchHit | undefined {
  const { slug, name, producer, producerSlug, group, district } = doc;
  if (!slug || !name || !producer || !producerSlug || !group) return undefined;
  const picked = pick(name, locale);
  const producerName = pickText(producer, locale);
  const story = doc.story
    ? pickText({ vi: doc.story.vi ?? '', ...(doc.story.en ? { en: doc.story.en } : {}) }, locale)
    : '';
  const storyMatch = story ? snippet(story, terms) : undefined;
  return {
    slug,
    url: paths.product(locale, slug),
    name: picked.text,
    nameLang: picked.lang,
    producer: producerName,
    producerUrl: paths.producer(locale, producerSlug),
    group,
    groupName: doc.groupName ? pickText(doc.groupName, locale) : group,
    subGroupName: doc.subGroupName ? pickText(doc.subGroupName, locale) : '',
    // A producer placed by a 2025 unit that spans former districts has no district: its unit stands in.
    ...(district ? { district } : {}),
    districtName: district ? districtLabel(district, locale) : (doc.districtName ?? ''),
    stars: doc.stars ?? 0,
    status: doc.status ?? 'valid',
    ...(doc.price
      ? { price: { min: doc.price.min, max: doc.price.max, per: pickText(doc.price.per, locale) } }
      : {}),
    ...(doc.thumbnail ? { thumbnail: doc.thumbnail } : {}),
    highlight: {
      name: highlight(picked.text, terms),
      producer: highlight(producerName, terms),
      ...(storyMatch ? { story: storyMatch } : {}),
    },
  };
}

/** Values of every facet in a fixed order (the page's), with their counts in this result. */
function facetValues(
  distribution: Record<string, Record<string, number>>,
  params: SearchParams,
  groups: readonly GroupLabel[],
): Record<FilterParam, FacetValue[]> {
  const { locale } = params;
  const text = catalogueText[locale];
  const counts = (param: FilterParam) => distribution[facetAttributes[param]] ?? {};
  const values = (param: FilterParam, options: { value: string; label: string }[]) =>
    options
      .map(({ value, label }) => ({
        value,
        label,
        count: counts(param)[value] ?? 0,
        selected: String(params[param] ?? '') === value,
      }))
      .filter((v) => v.count > 0 || v.selected);
  return {
    group: values(
      'group',
      groups.map((g) => ({ value: g.id, label: pickText(g.name, locale) })),
    ),
    stars: values(
      'stars',
      [...starValues].reverse().map((s) => ({ value: s, label: text.starsShort(Number(s)) })),
    ),
    district: values(
      'district',
      formerDistricts.map((d) => ({ value: d.slug, label: districtLabel(d.slug, locale) })),
    ),
    type: values(
      'type',
      producerTypes.map((t: ProducerType) => ({ value: t, label: text.producerType[t] })),
    ),
    status: [
      ...values(
        'status',
        statusValues.flatMap((s) => (s === 'all' ? [] : [{ value: s, label: text.status[s] }])),
      ),
      {
        value: 'all',
        label: searchText[locale].statusAll,
        count: params.status === 'all' ? Object.values(counts('status')).reduce((a, b) => a + b, 0) : null,
        selected: params.status === 'all',
      },
    ],
  };
}

export function toSearchResult(
  response: FederatedResponse,
  params: SearchParams,
  groups: readonly GroupLabel[],
): SearchResult {
  const terms = queryTerms(normalizeQuery(params.q));
  const totalHits = response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
  return {
    query: params.q,
    locale: params.locale,
    page: params.page,
    hitsPerPage: params.hitsPerPage,
    totalHits,
    totalPages: Math.min(Math.ceil(totalHits / params.hitsPerPage), SEARCH_LIMITS.maxPage),
    hits: response.hits.flatMap((doc) => toHit(doc, params.locale, terms) ?? []),
    facets: facetValues(response.facetDistribution ?? {}, params, groups),
    processingTimeMs: response.processingTimeMs ?? 0,
  };
}
