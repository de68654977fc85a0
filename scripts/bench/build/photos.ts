import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const hues = ['#6b8e23', '#b5651d', '#2e8b57', '#c49a2c', '#8b4513', '#4682b4'];

/**
 * A handful of small illustrative JPEGs (1200×900, like the sample photos) that every generated
 * entry shares: astro:assets caches transforms by source and options, so the benchmark measures
 * page generation, not image encoding.
 */
export async function writePhotos(imagesDir: string, count = hues.length): Promise<string[]> {
  await mkdir(imagesDir, { recursive: true });
  const names: string[] = [];
  for (const [i, hue] of hues.slice(0, count).entries()) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hue}"/><stop offset="1" stop-color="#f5f0e1"/></linearGradient></defs>
      <rect width="1200" height="900" fill="url(#g)"/>
      <circle cx="${300 + i * 120}" cy="450" r="220" fill="#ffffff" fill-opacity="0.35"/>
      <rect x="640" y="${180 + i * 40}" width="360" height="260" rx="40" fill="#1f5130" fill-opacity="0.3"/>
    </svg>`;
    const name = `bench-photo-${i + 1}.jpg`;
    await sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toFile(join(imagesDir, name));
    names.push(name);
  }
  return names;
}
