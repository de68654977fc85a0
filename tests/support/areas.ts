import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../src/lib/content/content-ids.ts';
import type { Area } from '../../src/lib/content/schemas/area.ts';

/** The former communes of content/areas.json (generated from the official mapping), by id. */
export const areas: ReadonlyMap<string, Area> = new Map(
  (JSON.parse(readFileSync(join(CONTENT_DIR, 'areas.json'), 'utf8')) as Area[]).map((a) => [a.id, a]),
);

export function area(id: string): Area {
  const found = areas.get(id);
  if (!found) throw new Error(`no area "${id}" in content/areas.json`);
  return found;
}
