/**
 * Generates the sample dataset: content/producers, content/products, content/events and their
 * illustrative images, from the hand-kept lookup tables beside them (areas, groups, protected
 * names). Deterministic: every run writes the same bytes.
 * Usage: node scripts/sample-data/generate.ts
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from './dataset.ts';
import { eventFiles } from './events.ts';
import { productSvg, sceneSvg, writeJpeg } from './images/render.ts';
import type { Picture } from './photos.ts';
import { producerJson } from './producer-json.ts';
import { productJson } from './product-json.ts';
import { CONTENT, pruneImages, writeCollection } from './write.ts';

const { producers, products } = buildDataset();

const productFiles = products.map((p) => ({ slug: p.slug, ...productJson(p) }));
const producerFiles = producers.map((p, i) => ({ slug: p.slug, ...producerJson(p, i) }));

writeCollection('producers', producerFiles);
writeCollection('products', productFiles);
writeCollection('events', eventFiles(products));

const pictures: Picture[] = [
  ...productFiles.flatMap((f) => f.pictures),
  ...producerFiles.map((f) => f.picture),
];
for (const folder of ['products', 'producers'])
  mkdirSync(join(CONTENT, 'images', folder), { recursive: true });
const svgFor = (pic: Picture) => {
  if (pic.draw.type === 'product') return productSvg(pic.file, pic.draw.motif, pic.draw.hue);
  const [width, height] = pic.file.startsWith('producers/') ? [800, 600] : [1200, 900];
  return sceneSvg(pic.file, pic.draw.hue, pic.draw.ground, pic.draw.building, width, height);
};
// A few renders at a time: librsvg draws on one thread per image.
let bytes = 0;
const queue = [...pictures];
const worker = async () => {
  for (let pic = queue.shift(); pic; pic = queue.shift()) {
    const size = await writeJpeg(join(CONTENT, 'images', pic.file), svgFor(pic));
    bytes += size;
  }
};
await Promise.all(Array.from({ length: 4 }, worker));
const keep = new Set(pictures.map((p) => p.file));
pruneImages('products', keep);
pruneImages('producers', keep);

const onDisk = (folder: string) =>
  readdirSync(join(CONTENT, 'images', folder)).reduce(
    (n, f) => n + statSync(join(CONTENT, 'images', folder, f)).size,
    0,
  );
console.log(
  `${producers.length} producers, ${products.length} products, ${pictures.length} images ` +
    `(${(bytes / 1e6).toFixed(1)} MB; on disk ${((onDisk('products') + onDisk('producers')) / 1e6).toFixed(1)} MB)`,
);
