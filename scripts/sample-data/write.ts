/**
 * Writes the generated files under content/ and removes the ones a previous run wrote that no
 * longer exist (only in the folders this generator owns).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { jsonText, writeText } from '../../src/lib/content/content-files.ts';

export const CONTENT = 'content';

/** Writes one JSON file per entry into content/<folder>/ and deletes stale .json files there. */
export function writeCollection(folder: string, entries: { slug: string; json: unknown }[]): void {
  const dir = join(CONTENT, folder);
  mkdirSync(dir, { recursive: true });
  const keep = new Set(entries.map((e) => `${e.slug}.json`));
  for (const e of entries) writeText(join(dir, `${e.slug}.json`), jsonText(e.json));
  for (const f of readdirSync(dir)) if (f.endsWith('.json') && !keep.has(f)) rmSync(join(dir, f));
}

/** Deletes images in content/images/<folder>/ that no entry refers to any more. */
export function pruneImages(folder: string, keep: Set<string>): void {
  const dir = join(CONTENT, 'images', folder);
  for (const f of readdirSync(dir))
    if (f.endsWith('.jpg') && !keep.has(`${folder}/${f}`)) rmSync(join(dir, f));
}
