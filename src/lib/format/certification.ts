import type { ProductCertification } from '../content/certifications.ts';
import { type Area, formerDistricts } from '../content/schemas/area.ts';
import type { ProtectedName } from '../content/schemas/protected-name.ts';
import { catalogueText } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { intlLocale } from './intl.ts';
import { districtName, formerUnitName } from './location.ts';

const lists: Record<Locale, Intl.ListFormat> = {
  vi: new Intl.ListFormat(intlLocale.vi, { type: 'conjunction' }),
  en: new Intl.ListFormat(intlLocale.en, { type: 'conjunction' }),
};

/**
 * "Chỉ dẫn địa lý Miến dong Bắc Kạn" / "Bắc Kạn arrowroot vermicelli geographical indication";
 * a farming standard by its own name ("VietGAP", "Hữu cơ (PGS)").
 */
export function certificationName(certification: ProductCertification, locale: Locale): string {
  const kind = catalogueText[locale].certificationKind[certification.kind];
  if (!('protectedName' in certification)) return kind;
  const { name } = certification.protectedName;
  return locale === 'en' && name.en ? `${name.en} ${kind.toLowerCase()}` : `${kind} ${name.vi}`;
}

/**
 * The places a protected name covers: "toàn tỉnh Bắc Kạn (cũ)", "huyện Ba Bể và huyện Chợ Đồn",
 * "xã Quang Thuận, xã Đôn Phong và xã Dương Phong (huyện Bạch Thông)"; in English likewise.
 */
export function protectedArea(
  where: ProtectedName['where'],
  areas: ReadonlyMap<string, Area>,
  locale: Locale,
): string {
  const wholeProvince = formerDistricts.every((d) => where.formerDistricts.includes(d.slug));
  const districts = wholeProvince
    ? [locale === 'vi' ? 'toàn tỉnh Bắc Kạn (cũ)' : 'the whole former Bắc Kạn province']
    : where.formerDistricts.map((slug) => districtName(slug, locale));
  const communes = where.formerCommunes.flatMap((id) => areas.get(id) ?? []);
  const byDistrict = Map.groupBy(communes, (a) => a.formerDistrictSlug);
  const communeGroups = [...byDistrict].map(
    ([district, units]) =>
      `${lists[locale].format(units.map((a) => formerUnitName(a, locale)))} (${districtName(district, locale)})`,
  );
  // Groups already hold "and": semicolons keep them apart.
  return [...(districts.length > 0 ? [lists[locale].format(districts)] : []), ...communeGroups].join('; ');
}
