/**
 * Columns that products and producers share: where the producer is (before and since the
 * 1/7/2025 merger) and how to reach it, with the day someone last confirmed that.
 */
import type { Place } from '../content/place.ts';
import { newUnitName } from '../content/place.ts';
import type { ServerContacts } from '../content/server-catalogue.ts';
import { districtName, formerUnitName } from '../format/location.ts';
import type { Column } from './table.ts';

export function placeColumns<Row>(placeOf: (row: Row) => Place): Column<Row>[] {
  return [
    {
      name: 'former_commune',
      type: 'string',
      optional: true,
      description: {
        vi: 'Xã, phường hoặc thị trấn trước 1/7/2025 ("xã Côn Minh"); trống khi chưa ai xác định (một đơn vị mới gộp từ nhiều đơn vị cũ).',
        en: 'Commune, ward or township before 1 July 2025 ("xã Côn Minh"); empty while nobody has set it (a new unit merged from several former ones).',
      },
      value: (row) => {
        const { formerKind, formerUnit } = placeOf(row);
        return formerKind && formerUnit ? formerUnitName({ formerKind, formerUnit }, 'vi') : null;
      },
    },
    {
      name: 'former_district',
      type: 'string',
      optional: true,
      description: {
        vi: 'Huyện hoặc thành phố của tỉnh Bắc Kạn (cũ) ("huyện Na Rì"); trống khi chưa rõ.',
        en: 'District or city of the former Bắc Kạn province ("huyện Na Rì"); empty when not known.',
      },
      value: (row) => {
        const slug = placeOf(row).formerDistrictSlug;
        return slug ? districtName(slug, 'vi') : null;
      },
    },
    {
      name: 'commune_2025',
      type: 'string',
      description: {
        vi: 'Xã hoặc phường từ 1/7/2025, thuộc tỉnh Thái Nguyên ("xã Bằng Vân").',
        en: 'Commune or ward since 1 July 2025, in Thái Nguyên province ("xã Bằng Vân").',
      },
      value: (row) => newUnitName(placeOf(row)),
    },
  ];
}

export function contactColumns<Row>(contactsOf: (row: Row) => ServerContacts): Column<Row>[] {
  const contact = (
    name: 'phone' | 'email' | 'zalo' | 'website',
    type: Column<Row>['type'],
    description: Column<Row>['description'],
  ): Column<Row> => ({
    name,
    type,
    optional: true,
    description,
    value: (row) => contactsOf(row)[name] ?? null,
  });
  return [
    contact('phone', 'string', {
      vi: 'Số điện thoại công khai của chủ thể.',
      en: 'The producer’s public phone number.',
    }),
    contact('email', 'email', {
      vi: 'Email công khai của chủ thể.',
      en: 'The producer’s public email address.',
    }),
    contact('zalo', 'string', {
      vi: 'Số điện thoại Zalo của chủ thể.',
      en: 'The phone number the producer uses on Zalo.',
    }),
    contact('website', 'url', { vi: 'Trang web của chủ thể.', en: 'The producer’s website.' }),
    {
      name: 'contacts_confirmed_on',
      type: 'date',
      optional: true,
      description: {
        vi: 'Ngày gần nhất có người xác nhận các liên hệ trên với chủ thể.',
        en: 'The day someone last confirmed these contacts with the producer.',
      },
      value: (row) => contactsOf(row).confirmedOn ?? null,
    },
  ];
}
