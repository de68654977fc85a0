/**
 * Renders the illustrations with sharp and writes them as JPEG. The SVG is a pure function of
 * the slug, so the bytes are the same on every run; a file already holding them is left alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { random } from '../random.ts';
import { type Motif, motifs } from './motifs.ts';
import { type Building, type Ground, landscape } from './scenes.ts';
import { backdrop, document, ids, palette } from './svg.ts';

const JPEG = { quality: 70, chromaSubsampling: '4:2:0' } as const;

export function productSvg(slug: string, motif: Motif, hue: number): string {
  const rng = random(`photo:${slug}`);
  const id = ids('p');
  const p = palette(hue, rng);
  const drawn = motifs[motif](p, rng, id);
  // Full-bleed motifs (cloth, landscapes) bring their own background.
  const fullBleed = motif === 'fabric' || motif === 'indigo' || motif === 'house';
  const back = fullBleed ? { body: '', defs: '' } : backdrop(p, rng, id);
  // Drawn a little larger than laid out, so the product fills the frame as in a catalogue shot.
  const subject = fullBleed
    ? drawn.body
    : `<g transform="translate(600 700) scale(1.15) translate(-600 -700)">${drawn.body}</g>`;
  return document(back.body + subject, back.defs + drawn.defs, 1200, 900);
}

export function sceneSvg(
  key: string,
  hue: number,
  ground: Ground,
  building: Building,
  width: number,
  height: number,
) {
  const rng = random(`scene:${key}`);
  const art = landscape(rng, hue, ground, building, ids('s'));
  return document(art.body, art.defs, width, height);
}

/** Writes `svg` as JPEG to `file` unless the file already holds exactly those bytes. Returns the size. */
export async function writeJpeg(file: string, svg: string): Promise<number> {
  const bytes = await sharp(Buffer.from(svg)).jpeg(JPEG).toBuffer();
  if (!(existsSync(file) && readFileSync(file).equals(bytes))) writeFileSync(file, bytes);
  return bytes.length;
}
