/**
 * The search parameters, validated once for the API and the search page alike: the same URL
 * query string works in both (`/tim-kiem/?q=…&group=…` and `/api/search?q=…&group=…`).
 */
import { z } from 'astro/zod';
import { certificateStatuses } from '../content/certificate-status.ts';
import { type FormerDistrictSlug, formerDistricts } from '../content/schemas/area.ts';
import { type ProducerType, producerTypes } from '../content/schemas/producer.ts';
import { isLocale, type Locale, locales } from '../i18n/locales.ts';
import { searchText } from '../i18n/search.ts';

export const SEARCH_LIMITS = {
  /** Longer texts are not searches a person types; they only cost work. */
  queryLength: 120,
  /** Deep pages are for crawlers; the listings pages cover browsing. */
  maxPage: 50,
  maxHitsPerPage: 50,
  hitsPerPage: 20,
} as const;

export const starValues = ['3', '4', '5'] as const;
export const statusValues = [...certificateStatuses, 'all'] as const;
export const sortValues = ['relevance', 'stars', 'price'] as const;

export type StatusParam = (typeof statusValues)[number];
export type SortParam = (typeof sortValues)[number];

export interface SearchParams {
  q: string;
  group?: string | undefined;
  stars?: number | undefined;
  district?: FormerDistrictSlug | undefined;
  type?: ProducerType | undefined;
  /** Every status unless the reader picks one: a product looked up by name is found whatever its status. */
  status: StatusParam;
  sort: SortParam;
  page: number;
  hitsPerPage: number;
  locale: Locale;
}

/** The filters a reader can set, in the order the page lists them. */
export const filterParams = ['group', 'stars', 'district', 'type', 'status'] as const;
export type FilterParam = (typeof filterParams)[number];

const paramNames = ['q', ...filterParams, 'sort', 'page', 'hitsPerPage', 'locale'] as const;

export interface ParamError {
  param: string;
  message: string;
}

export type ParseResult = { ok: true; params: SearchParams } | { ok: false; errors: ParamError[] };

const wholeNumber = /^[1-9][0-9]{0,5}$/;

function schemaFor(messagesIn: Locale, groups: readonly [string, ...string[]]) {
  const text = searchText[messagesIn].error;
  const oneOf = <T extends readonly [string, ...string[]]>(param: string, values: T) =>
    z.enum(values, { error: text.invalidValue(param, values.join(', ')) });
  const boundedInt = (max: number, message: string) =>
    z.string().regex(wholeNumber, message).transform(Number).pipe(z.number().max(max, message));
  return z.object({
    q: z.string().max(SEARCH_LIMITS.queryLength, text.queryTooLong(SEARCH_LIMITS.queryLength)).default(''),
    group: oneOf('group', groups).optional(),
    stars: oneOf('stars', starValues).transform(Number).optional(),
    district: oneOf(
      'district',
      formerDistricts.map((d) => d.slug) as [FormerDistrictSlug, ...FormerDistrictSlug[]],
    ).optional(),
    type: oneOf('type', producerTypes).optional(),
    status: oneOf('status', statusValues).default('all'),
    sort: oneOf('sort', sortValues).default('relevance'),
    page: boundedInt(SEARCH_LIMITS.maxPage, text.page(SEARCH_LIMITS.maxPage)).default(1),
    hitsPerPage: boundedInt(
      SEARCH_LIMITS.maxHitsPerPage,
      text.hitsPerPage(SEARCH_LIMITS.maxHitsPerPage),
    ).default(SEARCH_LIMITS.hitsPerPage),
    locale: oneOf('locale', locales).optional(),
  });
}

const schemas = new Map<string, ReturnType<typeof schemaFor>>();

/**
 * Reads the parameters of a search URL. Unknown parameters are ignored (links get tracking
 * tags); empty ones count as absent (an empty select submits `group=`). Messages are in the
 * requested `locale`, else in `fallbackLocale` (the page's language or the Accept-Language).
 */
export function parseSearchParams(
  input: URLSearchParams,
  options: { groups: readonly string[]; fallbackLocale: Locale },
): ParseResult {
  const requested = input.get('locale');
  const locale = isLocale(requested) ? requested : options.fallbackLocale;
  const [first, ...rest] = options.groups;
  if (first === undefined) throw new Error('parseSearchParams: no product groups given');
  const key = `${locale}|${options.groups.join(',')}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = schemaFor(locale, [first, ...rest]);
    schemas.set(key, schema);
  }

  const raw: Record<string, string> = {};
  const errors: ParamError[] = [];
  for (const name of paramNames) {
    const values = input.getAll(name).filter((v) => v !== '');
    if (values.length > 1) errors.push({ param: name, message: searchText[locale].error.repeated(name) });
    if (values[0] !== undefined) raw[name] = values[0];
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push({ param: String(issue.path[0] ?? ''), message: issue.message });
  }
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, params: { ...parsed.data, locale } };
}

/**
 * The query string of a search, without defaults, for links between search pages (facets,
 * pagination): the same parameters the parser reads, so a link always parses back.
 */
export function searchQuery(params: Partial<SearchParams>): Record<string, string | number | undefined> {
  return {
    q: params.q?.trim() || undefined,
    group: params.group,
    stars: params.stars,
    district: params.district,
    type: params.type,
    status: params.status === 'all' ? undefined : params.status,
    sort: params.sort === 'relevance' ? undefined : params.sort,
    page: params.page && params.page > 1 ? params.page : undefined,
  };
}

/** Which language a client wants, from Accept-Language (Vietnamese unless English comes first). */
export function localeFromAcceptLanguage(header: string | null): Locale {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
