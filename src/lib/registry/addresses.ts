/**
 * Annex addresses resolved against the area table (content/areas.json). Two forms occur:
 * before 1/7/2025 "Thôn Bản Pục, xã Cao Sơn, huyện Bạch Thông[, tỉnh Bắc Kạn]", and after it
 * "Thôn Nà Làng, xã Bằng Vân, tỉnh Thái Nguyên" (two levels, no district). A 2025 unit made of
 * one former unit gives that one; made of several, it places the producer by the new unit and
 * leaves the former one unknown. Addresses in other provinces, or in old Thái Nguyên, are outside.
 */
import { formerUnitsByNewUnit } from '../content/place.ts';
import { type Area, formerDistricts } from '../content/schemas/area.ts';
import { nameKey } from './names.ts';

export type ResolvedAddress =
  /** Placed: the former commune's id, or the 2025 unit while the former one is unknown. */
  | { kind: 'placed'; street?: string; area: string }
  | { kind: 'placed'; street?: string; newUnit: string }
  | { kind: 'outside' }
  /** Inside Bắc Kạn, but without a commune: enough for a known producer, not for a new one. */
  | { kind: 'no-commune' }
  | { kind: 'unknown-commune'; commune: string }
  | { kind: 'unknown-district'; district: string };

interface Parts {
  street?: string;
  commune?: string;
  district?: string;
  province?: string;
}

// Unit words as typed (text is NFC by now): xã, phường, thị trấn (TT); huyện, thành phố (TP), thị xã; tỉnh.
const communeWord = /^(xã|phường|thị trấn|tt|p)\.?\s+/iu;
const districtWord = /^(huyện|thành phố|tp|thị xã|tx)\.?\s+/iu;
const provinceWord = /^tỉnh\.?\s+/iu;

function parts(address: string): Parts {
  const found: Parts = {};
  const street: string[] = [];
  const after = (part: string, word: RegExp) => part.replace(word, '').trim();
  for (const part of address.split(/[,;]/).map((p) => p.trim())) {
    if (!found.commune && communeWord.test(part)) found.commune = after(part, communeWord);
    else if (!found.district && districtWord.test(part)) found.district = after(part, districtWord);
    else if (!found.province && provinceWord.test(part)) found.province = after(part, provinceWord);
    else if (!found.commune && part) street.push(part);
  }
  if (street.length > 0) found.street = street.join(', ');
  return found;
}

/** Bắc Kạn is also written Bắc Cạn. */
const provinceKey = (name: string) => nameKey(name.replace(/Cạn\b/iu, 'Kạn'));
const BAC_KAN = provinceKey('Bắc Kạn');
const THAI_NGUYEN = provinceKey('Thái Nguyên');

export function addressResolver(areas: readonly Area[]) {
  const districtByKey = new Map(
    formerDistricts.map((d) => [nameKey(d.name.replace(/^TP /, '')), d.slug] as const),
  );
  const formerByKey = Map.groupBy(areas, (a) => nameKey(a.formerUnit));
  const newUnits = new Map(
    [...formerUnitsByNewUnit(areas)].map(([name, formers]) => [
      nameKey(formers[0]?.newUnit ?? ''),
      { name, formers },
    ]),
  );

  const placed = (
    street: string | undefined,
    place: { area: string } | { newUnit: string },
  ): ResolvedAddress => ({
    kind: 'placed',
    ...(street ? { street } : {}),
    ...place,
  });

  /** A unit since 1/7/2025: its one former unit, or the new unit itself. */
  function byNewUnit(p: Parts, commune: string): ResolvedAddress | undefined {
    const unit = newUnits.get(nameKey(commune));
    if (!unit) return undefined;
    const [only, ...more] = unit.formers;
    return only && more.length === 0
      ? placed(p.street, { area: only.id })
      : placed(p.street, { newUnit: unit.name });
  }

  /** A former commune, in a former district when the address names one. */
  function byFormerUnit(p: Parts, commune: string, district?: string): ResolvedAddress | undefined {
    const candidates = (formerByKey.get(nameKey(commune)) ?? []).filter(
      (a) => !district || a.formerDistrictSlug === district,
    );
    return candidates.length === 1 && candidates[0]
      ? placed(p.street, { area: candidates[0].id })
      : undefined;
  }

  /**
   * `twoLevel`: the decision is from after 1/7/2025, so a commune without district or province
   * is a 2025 unit first (Bằng Vân is both a former commune and the unit that absorbed it).
   */
  return (address: string, twoLevel: boolean): ResolvedAddress => {
    const p = parts(address);
    const province = p.province ? provinceKey(p.province) : undefined;
    if (province && province !== BAC_KAN && province !== THAI_NGUYEN) return { kind: 'outside' };

    if (p.district) {
      const district = districtByKey.get(nameKey(p.district));
      // A district outside Bắc Kạn's former eight: old Thái Nguyên (or elsewhere) when a province says so.
      if (!district)
        return province ? { kind: 'outside' } : { kind: 'unknown-district', district: p.district };
      if (!p.commune) return { kind: 'no-commune' };
      return byFormerUnit(p, p.commune, district) ?? { kind: 'unknown-commune', commune: p.commune };
    }
    if (!p.commune) return province === BAC_KAN ? { kind: 'no-commune' } : { kind: 'outside' };
    if (province === THAI_NGUYEN) return byNewUnit(p, p.commune) ?? { kind: 'outside' };
    if (province === BAC_KAN) {
      return byFormerUnit(p, p.commune) ?? { kind: 'unknown-commune', commune: p.commune };
    }
    // Neither district nor province: the unit of the decision's time, else the other kind.
    const [first, second] = twoLevel ? [byNewUnit, byFormerUnit] : [byFormerUnit, byNewUnit];
    return first(p, p.commune) ?? second(p, p.commune) ?? { kind: 'unknown-commune', commune: p.commune };
  };
}
