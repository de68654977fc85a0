/**
 * Columns that products and producers share: their names and pages in both languages, where the
 * producer is (before and since the 1/7/2025 merger), and how to reach it, with the day someone
 * last confirmed that.
 */
import type { Place } from '../content/place.ts';
import { newUnitName } from '../content/place.ts';
import type { LocalizedText } from '../content/schemas/localized.ts';
import type { ServerContacts } from '../content/server-catalogue.ts';
import { districtName, formerUnitName } from '../format/location.ts';
import type { Locale } from '../i18n/locales.ts';
import { absoluteUrl } from '../paths.ts';
import { type Column, column } from './table.ts';

/** What the rows are, to word the descriptions: "sản phẩm" / "product". */
type Subject = Record<Locale, string>;

/** name_vi and name_en. */
export const nameColumns = <Row>(subject: Subject, nameOf: (row: Row) => LocalizedText): Column<Row>[] => [
  column(
    'name_vi',
    'string',
    { vi: `Tên ${subject.vi}.`, en: `The ${subject.en}’s name in Vietnamese.` },
    (r) => nameOf(r).vi,
  ),
  column(
    'name_en',
    'string',
    {
      vi: `Tên ${subject.vi} bằng tiếng Anh; trống khi chưa dịch.`,
      en: `The ${subject.en}’s name in English; empty until translated.`,
    },
    (r) => nameOf(r).en,
    { optional: true },
  ),
];

/** url_vi and url_en: the row's page in each language, on the public site. */
export const pageColumns = <Row>(
  subject: Subject,
  pathOf: (locale: Locale, row: Row) => string,
  siteOf: (row: Row) => string,
): Column<Row>[] =>
  (['vi', 'en'] as const).map((locale) =>
    column(
      `url_${locale}`,
      'url',
      locale === 'vi'
        ? { vi: `Trang ${subject.vi} (tiếng Việt).`, en: `The ${subject.en}’s page in Vietnamese.` }
        : { vi: `Trang ${subject.vi} (tiếng Anh).`, en: `The ${subject.en}’s page in English.` },
      (r) => absoluteUrl(pathOf(locale, r), siteOf(r)),
    ),
  );

export const placeColumns = <Row>(placeOf: (row: Row) => Place): Column<Row>[] => [
  column(
    'former_commune',
    'string',
    {
      vi: 'Xã, phường hoặc thị trấn trước 1/7/2025 ("xã Côn Minh"); trống khi chưa ai xác định (một đơn vị mới gộp từ nhiều đơn vị cũ).',
      en: 'Commune, ward or township before 1 July 2025 ("xã Côn Minh"); empty while nobody has set it (a new unit merged from several former ones).',
    },
    (r) => {
      const { formerKind, formerUnit } = placeOf(r);
      return formerKind && formerUnit ? formerUnitName({ formerKind, formerUnit }, 'vi') : null;
    },
    { optional: true },
  ),
  column(
    'former_district',
    'string',
    {
      vi: 'Huyện hoặc thành phố của tỉnh Bắc Kạn (cũ) ("huyện Na Rì"); trống khi chưa rõ.',
      en: 'District or city of the former Bắc Kạn province ("huyện Na Rì"); empty when not known.',
    },
    (r) => {
      const slug = placeOf(r).formerDistrictSlug;
      return slug ? districtName(slug, 'vi') : null;
    },
    { optional: true },
  ),
  column(
    'commune_2025',
    'string',
    {
      vi: 'Xã hoặc phường từ 1/7/2025, thuộc tỉnh Thái Nguyên ("xã Bằng Vân").',
      en: 'Commune or ward since 1 July 2025, in Thái Nguyên province ("xã Bằng Vân").',
    },
    (r) => newUnitName(placeOf(r)),
  ),
];

export const contactColumns = <Row>(contactsOf: (row: Row) => ServerContacts): Column<Row>[] => [
  column(
    'phone',
    'string',
    { vi: 'Số điện thoại công khai của chủ thể.', en: 'The producer’s public phone number.' },
    (r) => contactsOf(r).phone,
    { optional: true },
  ),
  column(
    'email',
    'email',
    { vi: 'Email công khai của chủ thể.', en: 'The producer’s public email address.' },
    (r) => contactsOf(r).email,
    { optional: true },
  ),
  column(
    'zalo',
    'string',
    { vi: 'Số điện thoại Zalo của chủ thể.', en: 'The phone number the producer uses on Zalo.' },
    (r) => contactsOf(r).zalo,
    { optional: true },
  ),
  column(
    'website',
    'url',
    { vi: 'Trang web của chủ thể.', en: 'The producer’s website.' },
    (r) => contactsOf(r).website,
    { optional: true },
  ),
  column(
    'contacts_confirmed_on',
    'date',
    {
      vi: 'Ngày gần nhất có người xác nhận các liên hệ trên với chủ thể.',
      en: 'The day someone last confirmed these contacts with the producer.',
    },
    (r) => contactsOf(r).confirmedOn,
    { optional: true },
  ),
];
