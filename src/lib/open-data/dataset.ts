/**
 * The open data set as a whole: its title, licence and keeper, its files, and its schema.org
 * Dataset description. The page, the JSON files' heads, the feed and the sitemap read it here.
 */
import type { Locale } from '../i18n/locales.ts';
import { absoluteUrl, paths } from '../paths.ts';
import type { JsonFileHead } from './table.ts';

export const LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  deed: {
    vi: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
    en: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;

/** Who keeps the registry (content/programme.json names it as the source of its reports). */
export const CREATOR = {
  vi: 'Văn phòng Điều phối Chương trình OCOP tỉnh Bắc Kạn',
  en: 'Bắc Kạn provincial OCOP coordination office',
} as const satisfies Record<Locale, string>;

export const DATASET_TITLE = {
  vi: 'Sản phẩm và chủ thể OCOP tỉnh Bắc Kạn',
  en: 'OCOP products and producers of Bắc Kạn',
} as const satisfies Record<Locale, string>;

export const DATASET_DESCRIPTION = {
  vi: 'Mọi sản phẩm OCOP của tỉnh Bắc Kạn (cũ, nay thuộc tỉnh Thái Nguyên) và chủ thể của chúng: chứng nhận hiện hành (số sao, điểm, quyết định, ngày, cơ quan cấp, ngày hết hạn, trạng thái), nhóm sản phẩm, địa bàn trước và sau sáp nhập, liên hệ công khai; kèm nguồn tin Atom về các thay đổi chứng nhận.',
  en: 'Every OCOP product of the former Bắc Kạn province (now part of Thái Nguyên) and its producer: the current certificate (stars, score, decision, date, issuer, expiry, status), product group, commune before and after the 2025 merger, public contacts; with an Atom feed of certificate changes.',
} as const satisfies Record<Locale, string>;

export type OpenDataFileId = keyof typeof paths.openDataFiles;

export interface OpenDataFile {
  id: OpenDataFileId;
  path: string;
  /** IANA media type as served. */
  mediaType: string;
  format: string;
  title: Record<Locale, string>;
}

const file = (id: OpenDataFileId, mediaType: string, format: string, title: Record<Locale, string>) => ({
  id,
  path: paths.openDataFiles[id],
  mediaType,
  format,
  title,
});

/** Every file, in the order the page lists them. */
export const openDataFiles: readonly OpenDataFile[] = [
  file('productsCsv', 'text/csv', 'CSV', { vi: 'Sản phẩm (CSV)', en: 'Products (CSV)' }),
  file('productsJson', 'application/json', 'JSON', { vi: 'Sản phẩm (JSON)', en: 'Products (JSON)' }),
  file('productsSchema', 'application/schema+json', 'JSON Schema', {
    vi: 'Lược đồ JSON của tệp sản phẩm',
    en: 'JSON Schema of the products file',
  }),
  file('producersCsv', 'text/csv', 'CSV', { vi: 'Chủ thể (CSV)', en: 'Producers (CSV)' }),
  file('producersJson', 'application/json', 'JSON', { vi: 'Chủ thể (JSON)', en: 'Producers (JSON)' }),
  file('producersSchema', 'application/schema+json', 'JSON Schema', {
    vi: 'Lược đồ JSON của tệp chủ thể',
    en: 'JSON Schema of the producers file',
  }),
  file('certificateFeed', 'application/atom+xml', 'Atom', {
    vi: 'Thay đổi chứng nhận (Atom)',
    en: 'Certificate changes (Atom feed)',
  }),
];

/** The head of a JSON file: its schema, licence, keeper, and the day its statuses are for. */
export const jsonFileHead = (
  schema: 'productsSchema' | 'producersSchema',
  site: string,
  statusesOn: string,
): JsonFileHead => ({
  $schema: absoluteUrl(paths.openDataFiles[schema], site),
  title: `${DATASET_TITLE.vi} · ${DATASET_TITLE.en}`,
  license: LICENSE.url,
  creator: CREATOR.vi,
  source: absoluteUrl(paths.openData('vi'), site),
  statuses_on: statusesOn,
});

export interface DatasetFacts {
  /** The day the catalogue was last published (the build's day). */
  modifiedOn: string;
  /** The first and the latest decision date in the registry. */
  firstDecision: string;
  latestDecision: string;
}

/** schema.org Dataset for the open data page (Google Dataset Search reads it). */
export function datasetJsonLd(facts: DatasetFacts, locale: Locale, site: URL | string) {
  const creator = {
    '@type': 'GovernmentOrganization',
    name: CREATOR[locale],
    alternateName: CREATOR[locale === 'vi' ? 'en' : 'vi'],
    url: absoluteUrl(paths.home(locale), site),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${absoluteUrl(paths.openData('vi'), site)}#dataset`,
    name: DATASET_TITLE[locale],
    description: DATASET_DESCRIPTION[locale],
    url: absoluteUrl(paths.openData(locale), site),
    inLanguage: ['vi', 'en'],
    license: LICENSE.url,
    isAccessibleForFree: true,
    creator,
    publisher: creator,
    dateModified: facts.modifiedOn,
    // Open-ended: the registry goes on.
    temporalCoverage: `${facts.firstDecision}/..`,
    spatialCoverage: {
      '@type': 'Place',
      name:
        locale === 'vi'
          ? 'Tỉnh Bắc Kạn (cũ), nay thuộc tỉnh Thái Nguyên'
          : 'Former Bắc Kạn province, now part of Thái Nguyên',
      containedInPlace: { '@type': 'Country', name: locale === 'vi' ? 'Việt Nam' : 'Vietnam' },
    },
    keywords: [
      'OCOP',
      'Bắc Kạn',
      'Thái Nguyên',
      locale === 'vi' ? 'Mỗi xã một sản phẩm' : 'One Commune One Product',
    ],
    distribution: openDataFiles.map((f) => ({
      '@type': 'DataDownload',
      name: f.title[locale],
      encodingFormat: f.mediaType,
      contentUrl: absoluteUrl(f.path, site),
    })),
  };
}
