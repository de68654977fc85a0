import type { Area } from './schemas/area.ts';

/** How content names a unit since 1/7/2025 (a producer's address.newUnit): "xã Bằng Vân", "phường Bắc Kạn". */
export const newUnitName = (area: Pick<Area, 'newKind' | 'newUnit'>): string =>
  `${area.newKind} ${area.newUnit}`;

/**
 * Where a producer is. The unit since 1/7/2025 is always known. The former commune (and its `id`
 * in content/areas.json) is not for a
 * producer placed by its new unit only (shown as unknown, never guessed), and then the former
 * district is known only when every former unit of that new unit lay in one district.
 */
export type Place = Pick<Area, 'newKind' | 'newUnit'> &
  Partial<Pick<Area, 'id' | 'formerDistrict' | 'formerDistrictSlug' | 'formerKind' | 'formerUnit'>>;

/** The former units of each unit since 1/7/2025, keyed by its name as content writes it. */
export const formerUnitsByNewUnit = (areas: Iterable<Area>): Map<string, Area[]> =>
  Map.groupBy(areas, newUnitName);

/** The place of a producer's address: its former commune, or its new unit while that is unknown. */
export function placeResolver(areas: Iterable<Area>) {
  const list = [...areas];
  const byId = new Map(list.map((a) => [a.id, a]));
  const byNewUnit = formerUnitsByNewUnit(list);
  return (address: { area?: string | undefined; newUnit?: string | undefined }): Place | undefined => {
    if (address.area) return byId.get(address.area);
    const formers = byNewUnit.get(address.newUnit ?? '') ?? [];
    const [first] = formers;
    if (!first) return undefined;
    const oneDistrict = formers.every((a) => a.formerDistrictSlug === first.formerDistrictSlug);
    return {
      newKind: first.newKind,
      newUnit: first.newUnit,
      ...(oneDistrict
        ? { formerDistrict: first.formerDistrict, formerDistrictSlug: first.formerDistrictSlug }
        : {}),
    };
  };
}
