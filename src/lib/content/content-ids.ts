import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newUnitName } from './place.ts';
import type { Area } from './schemas/area.ts';
import type { SchemaContext } from './schemas/context.ts';

/** Root of the editorial data, relative to where npm scripts run. */
export const CONTENT_DIR = join(process.cwd(), 'content');

const entryIds = (folder: string) =>
  new Set(
    readdirSync(join(CONTENT_DIR, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length)),
  );

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8')) as T;

/**
 * The ids that exist across collections, read from the files before Astro loads them, so each
 * schema can name an unknown reference in the file and field where it occurs.
 */
export function readKnownIds(): Omit<SchemaContext, 'photo'> {
  const groups = readJson<{ subGroups: { code: string }[] }[]>('groups.json');
  const areas = readJson<Area[]>('areas.json');
  return {
    producers: entryIds('producers'),
    products: entryIds('products'),
    areas: new Set(areas.map((a) => a.id)),
    newUnits: new Set(areas.map(newUnitName)),
    subGroups: new Set(groups.flatMap((g) => g.subGroups.map((s) => s.code))),
    protectedNames: new Set(readJson<{ id: string }[]>('protected-names.json').map((p) => p.id)),
  };
}
