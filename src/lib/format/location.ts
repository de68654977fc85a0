import type { Area } from '../content/schemas/area.ts';
import { type FormerDistrictSlug, formerDistricts } from '../content/schemas/area.ts';
import type { Locale } from '../i18n/locales.ts';

const CITY: FormerDistrictSlug = 'tp-bac-kan';

const unitKindEn: Record<Area['formerKind'], string> = {
  xã: 'commune',
  phường: 'ward',
  'thị trấn': 'township',
};

const bareName = (slug: FormerDistrictSlug) => formerDistricts.find((d) => d.slug === slug)?.name ?? slug;

/** "huyện Na Rì" / "thành phố Bắc Kạn", or "Na Rì district" / "Bắc Kạn city". */
export function districtName(slug: FormerDistrictSlug, locale: Locale): string {
  const name = slug === CITY ? 'Bắc Kạn' : bareName(slug);
  if (locale === 'vi') return slug === CITY ? `thành phố ${name}` : `huyện ${name}`;
  return slug === CITY ? `${name} city` : `${name} district`;
}

/** Short label for navigation: "Na Rì", "TP Bắc Kạn" (vi) or "Bắc Kạn city" (en). */
export const districtLabel = (slug: FormerDistrictSlug, locale: Locale): string =>
  locale === 'en' && slug === CITY ? 'Bắc Kạn city' : bareName(slug);

export const isFormerDistrict = (slug: string): slug is FormerDistrictSlug =>
  formerDistricts.some((d) => d.slug === slug);

/** The former commune-level unit: "xã Côn Minh" / "Côn Minh commune". */
export const formerUnitName = (area: Area, locale: Locale): string =>
  locale === 'vi'
    ? `${area.formerKind} ${area.formerUnit}`
    : `${area.formerUnit} ${unitKindEn[area.formerKind]}`;

/**
 * Where the producer was before 1/7/2025, as certificates name it:
 * "xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn (cũ)" / "Côn Minh commune, Na Rì district, former Bắc Kạn province".
 */
export function formerLocation(area: Area, locale: Locale): string {
  const where = `${formerUnitName(area, locale)}, ${districtName(area.formerDistrictSlug, locale)}`;
  return locale === 'vi' ? `${where}, tỉnh Bắc Kạn (cũ)` : `${where}, former Bắc Kạn province`;
}

/** The unit since 1/7/2025 (NQ 1683): "xã Côn Minh, tỉnh Thái Nguyên" / "Côn Minh commune, Thái Nguyên province". */
export function currentLocation(area: Area, locale: Locale): string {
  return locale === 'vi'
    ? `${area.newKind} ${area.newUnit}, tỉnh Thái Nguyên`
    : `${area.newUnit} ${unitKindEn[area.newKind]}, Thái Nguyên province`;
}
