/**
 * Keeps rendered Open Graph cards between builds, keyed by a digest of their SVG, the way
 * astro:assets keeps transformed photos: a rebuild only rasterises the cards whose text changed
 * (sharp takes tens of milliseconds per card, one card per product).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type OgCard, ogImageSvg, rasteriseSvg } from './og-image.server.ts';

export const OG_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'ocop-og-cards');
// Part of every key: change it when rasteriseSvg() changes, so old cards are not served.
const RASTER_VERSION = 'png-zlib6';

export async function cachedOgImage(card: OgCard, dir = OG_CACHE_DIR): Promise<Buffer> {
  const svg = ogImageSvg(card);
  const key = createHash('sha256').update(RASTER_VERSION).update(svg).digest('hex').slice(0, 32);
  const file = join(dir, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not rendered yet.
  }
  const png = await rasteriseSvg(svg);
  await mkdir(dir, { recursive: true });
  // Written beside and renamed: an interrupted build never leaves a truncated card in the cache.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
