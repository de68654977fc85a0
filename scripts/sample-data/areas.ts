/** The former communes of content/areas.json, read once, with the names the prose needs. */
import { readFileSync } from 'node:fs';
import type { Area } from '../../src/lib/content/schemas/area.ts';

const areas: Area[] = JSON.parse(readFileSync('content/areas.json', 'utf8'));
const byId = new Map(areas.map((a) => [a.id, a]));

export function area(id: string): Area {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown area "${id}" (not in content/areas.json)`);
  return found;
}

/** "Côn Minh, Na Rì" as a certificate before 7/2025 would name it. */
export const formerPlace = (id: string): string => {
  const a = area(id);
  return `${a.formerUnit}, ${a.formerDistrict}`;
};

/** The former district in running prose: "huyện Na Rì" or "thành phố Bắc Kạn". */
export const districtPhrase = (id: string): { vi: string; en: string } => {
  const a = area(id);
  return a.formerDistrictSlug === 'tp-bac-kan'
    ? { vi: 'thành phố Bắc Kạn', en: 'Bắc Kạn city' }
    : { vi: `huyện ${a.formerDistrict}`, en: `${a.formerDistrict} district` };
};

/** The issuing district committee for 3★ decisions between 2/2023 and 7/2025. */
export const districtCommittee = (id: string): string => {
  const a = area(id);
  return a.formerDistrictSlug === 'tp-bac-kan' ? 'UBND thành phố Bắc Kạn' : `UBND huyện ${a.formerDistrict}`;
};
