/**
 * The only place URLs are built. Vietnamese lives at the root, English under /en/; slugs are the
 * same in both languages. Search, enquiries and fair mode rely on these shapes: keep them.
 */
import type { Locale } from './i18n/locales.ts';

const segments = {
  vi: {
    products: 'san-pham',
    group: 'nhom',
    stars: 'sao',
    district: 'huyen',
    page: 'trang',
    producers: 'chu-the',
    programme: 'chuong-trinh-ocop',
    search: 'tim-kiem',
    fairs: 'hoi-cho',
    basket: 'gio-yeu-cau',
    enquiryThanks: 'yeu-cau-da-gui',
    privacy: 'bao-ve-du-lieu',
    tracking: 'theo-doi',
    tradeSheet: 'thong-tin-thuong-mai',
    openData: 'du-lieu-mo',
  },
  en: {
    products: 'products',
    group: 'group',
    stars: 'stars',
    district: 'district',
    page: 'page',
    producers: 'producers',
    programme: 'ocop-programme',
    search: 'search',
    fairs: 'fairs',
    basket: 'enquiry-basket',
    enquiryThanks: 'enquiry-sent',
    privacy: 'privacy',
    tracking: 'track',
    tradeSheet: 'trade-sheet',
    openData: 'open-data',
  },
} as const;

/** Listing segments that sit beside product slugs under /san-pham/: no product may use them. */
export const reservedProductSlugs: ReadonlySet<string> = new Set(
  (['group', 'stars', 'district', 'page'] as const).flatMap((k) => [segments.vi[k], segments.en[k]]),
);

const root = (locale: Locale) => (locale === 'vi' ? '/' : '/en/');
const join = (locale: Locale, ...parts: (string | number)[]) =>
  `${root(locale)}${parts.map(String).join('/')}/`;
const paged = (base: string, locale: Locale, page: number) =>
  page > 1 ? `${base}${segments[locale].page}/${page}/` : base;

export const paths = {
  home: (locale: Locale) => root(locale),
  products: (locale: Locale, page = 1) => paged(join(locale, segments[locale].products), locale, page),
  productsByGroup: (locale: Locale, group: string, page = 1) =>
    paged(join(locale, segments[locale].products, segments[locale].group, group), locale, page),
  productsByStars: (locale: Locale, stars: number, page = 1) =>
    paged(join(locale, segments[locale].products, segments[locale].stars, stars), locale, page),
  productsByDistrict: (locale: Locale, district: string, page = 1) =>
    paged(join(locale, segments[locale].products, segments[locale].district, district), locale, page),
  product: (locale: Locale, slug: string) => join(locale, segments[locale].products, slug),
  /** A product's printable A4 trade sheet. */
  tradeSheet: (locale: Locale, slug: string) =>
    join(locale, segments[locale].products, slug, segments[locale].tradeSheet),
  /** A product's facts for the basket's comparison, in both languages (a build file, not a page). */
  compareFacts: (slug: string) => `/${segments.vi.products}/${slug}/so-sanh.json`,
  producer: (locale: Locale, slug: string) => join(locale, segments[locale].producers, slug),
  programme: (locale: Locale) => join(locale, segments[locale].programme),
  search: (locale: Locale, params?: Record<string, string | number | undefined>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params ?? {}))
      if (value !== undefined && value !== '') query.set(key, String(value));
    const qs = query.toString();
    return `${join(locale, segments[locale].search)}${qs ? `?${qs}` : ''}`;
  },
  fair: (locale: Locale, slug: string) => join(locale, segments[locale].fairs, slug),
  fairCalendar: (slug: string) => `/${segments.vi.fairs}/${slug}.ics`,
  kiosk: (slug: string) => `/${segments.vi.fairs}/${slug}/kiosk/`,
  /** Print pages of a fair (Vietnamese only: printed for the booth): A6 cards, shelf labels, catalogue. */
  fairCards: (slug: string) => join('vi', segments.vi.fairs, slug, 'in', 'the'),
  fairLabels: (slug: string) => join('vi', segments.vi.fairs, slug, 'in', 'nhan'),
  fairCatalogue: (slug: string) => join('vi', segments.vi.fairs, slug, 'in', 'danh-muc'),
  /** The fair's products as a small JSON index for search without a connection. */
  fairSearchIndex: (slug: string) => `/${segments.vi.fairs}/${slug}/tim-kiem.json`,
  /** Served from the root so its scope covers every page a fair visitor opens. */
  serviceWorker: '/sw.js',
  basket: (locale: Locale) => join(locale, segments[locale].basket),
  enquiryThanks: (locale: Locale) => join(locale, segments[locale].enquiryThanks),
  privacy: (locale: Locale) => join(locale, segments[locale].privacy),
  /** The buyer's private page of a submission: the token is its only key (never logged, never indexed). */
  tracking: (locale: Locale, token: string) => join(locale, segments[locale].tracking, token),
  ogImage: (slug: string) => `/og/${slug}.png`,
  /** What the open data publishes, and its licence. */
  openData: (locale: Locale) => join(locale, segments[locale].openData),
  /** The open data files, one set for both languages (their names are a published contract). */
  openDataFiles: {
    productsCsv: `/${segments.vi.openData}/san-pham.csv`,
    productsJson: `/${segments.vi.openData}/san-pham.json`,
    productsSchema: `/${segments.vi.openData}/san-pham.schema.json`,
    producersCsv: `/${segments.vi.openData}/chu-the.csv`,
    producersJson: `/${segments.vi.openData}/chu-the.json`,
    producersSchema: `/${segments.vi.openData}/chu-the.schema.json`,
    certificateFeed: `/${segments.vi.openData}/chung-nhan.atom`,
  },
  /** The 404 page's own route (src/pages/404.astro), rendered for every path no page has. */
  notFound: '/404/',
  api: {
    search: '/api/search',
    /** A result of a search was opened (a beacon from the search page): counted for the office. */
    searchClick: '/api/search/click/',
    // With the slash: the Node adapter answers a slash-less URL with a 301, which turns a POST into a GET.
    enquiries: '/api/enquiries/',
    /** A producer's response figures, fetched by its static pages. */
    responseTimes: (producer: string) => `/api/response-times/${producer}.json`,
  },
  admin: {
    home: '/admin/',
    login: '/admin/login',
    csv: '/admin/enquiries.csv',
    enquiry: (id: string) => `/admin/enquiries/${id}/`,
    logout: '/admin/logout/',
    publish: '/admin/publish/',
    /** Fairs for staff: what to print and how, the kiosk (staff only). */
    fairs: '/admin/fairs/',
    /** Staff note a visitor at the fair's booth (form post, or JSON from the tablet's element). */
    fairLeads: (fair: string) => `/admin/fairs/${fair}/leads/new/`,
    /** What the fair brought: scans, leads, enquiries and answers per product and day. */
    fairReport: (fair: string) => `/admin/fairs/${fair}/report/`,
    fairReportCsv: (fair: string) => `/admin/fairs/${fair}/report.csv`,
    /** What people search for and which QR codes they scan (staff only); `days` is 7, 30 or 90. */
    statistics: (days?: number) => `/admin/statistics/${days ? `?days=${days}` : ''}`,
    certificates: '/admin/certificates/',
    certificatesCsv: '/admin/certificates.csv',
    toComplete: '/admin/to-complete/',
    confirmedOn: '/admin/confirmed-on/',
    staffOnly: '/admin/staff-only/',
    responseTimes: '/admin/response-times/',
  },
} as const;

/** Absolute URL on the public site, for canonical links, JSON-LD and QR codes. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;

/** The product a product page's path names (either language), or undefined for any other path. */
export function productSlugOfPath(path: string): string | undefined {
  for (const locale of ['vi', 'en'] as const) {
    const prefix = join(locale, segments[locale].products);
    if (!path.startsWith(prefix)) continue;
    const slug = path.slice(prefix.length, -1);
    if (path.endsWith('/') && /^[a-z0-9-]+$/.test(slug) && !reservedProductSlugs.has(slug)) return slug;
  }
  return undefined;
}

type Segment = keyof (typeof segments)['vi'];
/** Sections whose only page is the section itself. */
const singlePageSections: readonly Segment[] = [
  'programme',
  'search',
  'basket',
  'enquiryThanks',
  'privacy',
  'openData',
];
/** Words inside a listing path (/san-pham/nhom/<group>/trang/<n>/); the values between them stay as they are. */
const listingWords: readonly Segment[] = ['group', 'stars', 'district', 'page'];

const segmentOf = (locale: Locale, word: string | undefined, among: readonly Segment[]) =>
  among.find((key) => segments[locale][key] === word);

/**
 * The same page in both languages, from the path of either: section and listing words are
 * translated, slugs and numbers kept. Undefined for a path that has no page in the other language
 * (a fair's kiosk and print pages, the inbox) or that is not a page of the site.
 */
export function pageInBothLanguages(path: string): Record<Locale, string> | undefined {
  if (!path.endsWith('/')) return undefined;
  const locale: Locale = path.startsWith(root('en')) ? 'en' : 'vi';
  const parts = path.slice(root(locale).length).split('/').slice(0, -1);
  if (parts.includes('')) return undefined;
  const [section, ...rest] = parts;
  if (section === undefined) return { vi: root('vi'), en: root('en') };
  const inBoth = (translate: (to: Locale) => string[]) => ({
    vi: join('vi', ...translate('vi')),
    en: join('en', ...translate('en')),
  });
  const single = segmentOf(locale, section, singlePageSections);
  if (single && rest.length === 0) return inBoth((to) => [segments[to][single]]);
  const withSlug = segmentOf(locale, section, ['producers', 'fairs']);
  if (withSlug && rest.length === 1) return inBoth((to) => [segments[to][withSlug], ...rest]);
  if (section !== segments[locale].products) return undefined;
  const wordOf = (part: string) => segmentOf(locale, part, listingWords);
  // Under products: all products [], one product [slug], its trade sheet [slug, sheet], or words
  // each followed by its value: [group, x], [stars, 4, page, 2], [page, 3].
  const isProduct = rest.length === 1 && wordOf(rest[0] as string) === undefined;
  const [slug, sheet] = rest;
  if (rest.length === 2 && slug && wordOf(slug) === undefined && sheet === segments[locale].tradeSheet)
    return inBoth((to) => [segments[to].products, slug, segments[to].tradeSheet]);
  const isListing =
    rest.length % 2 === 0 && rest.length <= 4 && rest.every((part, i) => i % 2 === 1 || wordOf(part));
  if (!isProduct && !isListing) return undefined;
  return inBoth((to) => [
    segments[to].products,
    ...rest.map((part, i) => {
      const word = i % 2 === 0 ? wordOf(part) : undefined;
      return word ? segments[to][word] : part;
    }),
  ]);
}
