import type { Place } from '../content/place.ts';
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
export const formerUnitName = (area: Pick<Area, 'formerKind' | 'formerUnit'>, locale: Locale): string =>
  locale === 'vi'
    ? `${area.formerKind} ${area.formerUnit}`
    : `${area.formerUnit} ${unitKindEn[area.formerKind]}`;

/** A place's short label beside a producer's name: its former district, else its unit since 1/7/2025. */
export const placeLabel = (place: Place, locale: Locale): string =>
  place.formerDistrictSlug ? districtLabel(place.formerDistrictSlug, locale) : place.newUnit;

const notYetKnown = {
  vi: { unit: 'chưa rõ xã', district: 'chưa rõ huyện' },
  en: { unit: 'commune not yet known', district: 'district not yet known' },
} as const satisfies Record<Locale, object>;

/**
 * Where the producer was before 1/7/2025, as certificates name it:
 * "xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn (cũ)" / "Côn Minh commune, Na Rì district, former Bắc Kạn province".
 * A former unit that nobody has set yet is said to be unknown, not guessed.
 */
export function formerLocation(place: Place, locale: Locale): string {
  const { formerKind, formerUnit, formerDistrictSlug: slug } = place;
  const district = slug ? districtName(slug, locale) : notYetKnown[locale].district;
  const commune =
    formerKind && formerUnit ? formerUnitName({ formerKind, formerUnit }, locale) : notYetKnown[locale].unit;
  return locale === 'vi'
    ? `${commune}, ${district}, tỉnh Bắc Kạn (cũ)`
    : `${commune}, ${district}, former Bắc Kạn province`;
}

/** The unit since 1/7/2025 (NQ 1683): "xã Côn Minh, tỉnh Thái Nguyên" / "Côn Minh commune, Thái Nguyên province". */
export function currentLocation(place: Place, locale: Locale): string {
  return locale === 'vi'
    ? `${place.newKind} ${place.newUnit}, tỉnh Thái Nguyên`
    : `${place.newUnit} ${unitKindEn[place.newKind]}, Thái Nguyên province`;
}
