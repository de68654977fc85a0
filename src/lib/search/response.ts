/**
 * Meilisearch's answers turned into what the API returns and the page renders: hits with their
 * URL in the reader's language, highlighted segments and their status on the day asked, facet
 * values with labels and counts.
 */
import {
  type CertificateStatus,
  certificateStatuses,
  isCurrent,
  statusOn,
} from '../content/certificate-status.ts';
import { type FormerDistrictSlug, formerDistricts } from '../content/schemas/area.ts';
import type { LocalizedText } from '../content/schemas/localized.ts';
import { type ProducerType, producerTypes } from '../content/schemas/producer.ts';
import { districtLabel } from '../format/location.ts';
import { statusLabel } from '../format/status.ts';
import { catalogueText } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { pick, pickText } from '../i18n/localize.ts';
import { searchText } from '../i18n/search.ts';
import { paths } from '../paths.ts';
import { datesOf } from './certificate-days.ts';
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
  /** Stars of the current certificate; null once it has expired or been revoked (no current stars). */
  stars: number | null;
  /** Status on the day of the search (SearchResult.today). */
  status: CertificateStatus;
  /** The status in the reader's language, dated: "Sắp hết hạn (31/3/2026)", "Expired since 18 December 2025". */
  statusLabel: string;
  /** The current certificate's expiry day and, if it was revoked, the revocation day (ISO dates). */
  expiresOn: string;
  revokedOn?: string;
  /** Retail price band in VND, and what it is for ("gói 500 g"). */
  price?: { min: number; max: number; per: string };
  thumbnail?: Thumbnail;
  highlight: { name: Segment[]; producer: Segment[]; story?: Segment[] };
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
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
  /**
   * Stars count current certificates only; statuses count the search whatever status was chosen.
   * Other facets count the results.
   */
  facets: Record<FilterParam, FacetValue[]>;
  /** No product matched every word: these match the most words (close-matches.ts). */
  closeMatches: boolean;
  /** The day statuses were computed for (ISO date, Asia/Ho_Chi_Minh). */
  today: string;
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

/** The answer to the counts request (request.ts): per status, the star ratings of its products. */
export interface CountsResponse {
  results: { facetDistribution?: Record<string, Record<string, number>> }[];
}

/** How many products a federated search found (Meilisearch estimates beyond one page). */
export const totalHitsOf = (response: FederatedResponse): number =>
  response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;

export interface GroupLabel {
  id: string;
  name: LocalizedText;
}

function toHit(
  doc: Partial<SearchDocument>,
  locale: Locale,
  terms: ReturnType<typeof queryTerms>,
  today: string,
): SearchHit | undefined {
  const { slug, name, producer, producerSlug, group, district, expiryDay } = doc;
  if (!slug || !name || !producer || !producerSlug || !group || !expiryDay) return undefined;
  const dates = datesOf({ expiryDay, ...(doc.revocationDay ? { revocationDay: doc.revocationDay } : {}) });
  const status = statusOn(dates, today);
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
    stars: isCurrent(status) ? (doc.stars ?? null) : null,
    status,
    statusLabel: statusLabel(status, locale, dates),
    expiresOn: dates.expiresOn,
    ...(dates.revokedOn ? { revokedOn: dates.revokedOn } : {}),
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

/** Per status, how many products the search finds; and the star ratings of the current ones among the results. */
function datedCounts(counts: CountsResponse, params: SearchParams) {
  const byStatus = {} as Record<CertificateStatus, number>;
  const currentStars: Record<string, number> = {};
  for (const [i, status] of certificateStatuses.entries()) {
    const stars = counts.results[i]?.facetDistribution?.[facetAttributes.stars] ?? {};
    byStatus[status] = Object.values(stars).reduce((a, b) => a + b, 0);
    if (!isCurrent(status) || (params.status !== 'all' && params.status !== status)) continue;
    for (const [value, n] of Object.entries(stars)) currentStars[value] = (currentStars[value] ?? 0) + n;
  }
  return { byStatus, currentStars };
}

/** Values of every facet in a fixed order (the page's), with their counts in this result. */
function facetValues(
  distribution: Record<string, Record<string, number>>,
  counts: CountsResponse,
  params: SearchParams,
  groups: readonly GroupLabel[],
): Record<FilterParam, FacetValue[]> {
  const { locale } = params;
  const text = catalogueText[locale];
  const { byStatus, currentStars } = datedCounts(counts, params);
  const all = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const countsOf: Record<FilterParam, Record<string, number>> = {
    group: distribution[facetAttributes.group] ?? {},
    stars: currentStars,
    district: distribution[facetAttributes.district] ?? {},
    type: distribution[facetAttributes.type] ?? {},
    status: { ...byStatus, all },
  };
  const values = (param: FilterParam, options: { value: string; label: string }[]) =>
    options
      .map(({ value, label }) => ({
        value,
        label,
        count: countsOf[param][value] ?? 0,
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
    status: values(
      'status',
      statusValues.map((s) => ({
        value: s,
        label: s === 'all' ? searchText[locale].statusAll : text.status[s],
      })),
    ),
  };
}

export function toSearchResult(
  answers: { results: FederatedResponse; counts: CountsResponse },
  context: { params: SearchParams; groups: readonly GroupLabel[]; today: string; closeMatches: boolean },
): SearchResult {
  const { params, groups, today } = context;
  const response = answers.results;
  const terms = queryTerms(normalizeQuery(params.q));
  const totalHits = totalHitsOf(response);
  return {
    query: params.q,
    locale: params.locale,
    page: params.page,
    hitsPerPage: params.hitsPerPage,
    totalHits,
    totalPages: Math.min(Math.ceil(totalHits / params.hitsPerPage), SEARCH_LIMITS.maxPage),
    hits: response.hits.flatMap((doc) => toHit(doc, params.locale, terms, today) ?? []),
    facets: facetValues(response.facetDistribution ?? {}, answers.counts, params, groups),
    closeMatches: context.closeMatches,
    today,
    processingTimeMs: response.processingTimeMs ?? 0,
  };
}
