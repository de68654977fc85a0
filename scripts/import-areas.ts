/**
 * Rebuilds content/areas.json from the province's mapping of former commune-level units to the
 * units of 1/7/2025 (NQ 1683/NQ-UBTVQH15). Usage: node scripts/import-areas.ts <areas-2025.csv>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formerDistricts } from '../src/lib/content/schemas/area.ts';
import { slugify } from '../src/lib/text/slugify.ts';

const [csvPath = '../shared/domain/areas-2025.csv'] = process.argv.slice(2);
const [, ...rows] = readFileSync(csvPath, 'utf8').trim().split('\n');

const areas = rows.map((row) => {
  const [district = '', formerKind, formerUnit = '', newKind, newUnit, item] = row.split(',');
  const districtEntry = formerDistricts.find((d) => d.name === district);
  if (!districtEntry) throw new Error(`${csvPath}: unknown former district "${district}"`);
  return {
    id: `${districtEntry.slug}--${slugify(formerUnit)}`,
    formerDistrict: district,
    formerDistrictSlug: districtEntry.slug,
    formerKind,
    formerUnit,
    newKind,
    newUnit,
    nq1683Item: Number(item),
  };
});

writeFileSync('content/areas.json', `${JSON.stringify(areas, null, 2)}\n`);
console.log(`content/areas.json: ${areas.length} former units`);
