/**
 * The editorial data on disk (content/), checked the way the build checks it and beyond:
 * every file passes its schema, every reference resolves, slugs are URL-safe and photos exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, readKnownIds } from '../../src/lib/content/content-ids.ts';
import { areaSchema } from '../../src/lib/content/schemas/area.ts';
import { conceptSchema } from '../../src/lib/content/schemas/concept.ts';
import { eventSchema } from '../../src/lib/content/schemas/event.ts';
import { groupSchema } from '../../src/lib/content/schemas/group.ts';
import { slugPattern } from '../../src/lib/content/schemas/ids.ts';
import { producerSchema } from '../../src/lib/content/schemas/producer.ts';
import { productSchema } from '../../src/lib/content/schemas/product.ts';
import { programmeFigureSchema } from '../../src/lib/content/schemas/programme.ts';
import { reservedProductSlugs } from '../../src/lib/paths.ts';
import { namesProduct } from '../../src/lib/search/concepts.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every entry of a folder collection: its id (file name) and parsed JSON. */
const entries = (folder: string) =>
  readdirSync(join(CONTENT_DIR, folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ id: file.slice(0, -'.json'.length), file: join(CONTENT_DIR, folder, file) }))
    .map((e) => ({ ...e, data: readJson(e.file) }));

const known = readKnownIds();
const ctx = { ...known, photo: () => z.string() };
const products = entries('products');
const producers = entries('producers');
const events = entries('events');

/** Fails with "file: path: message" lines so a broken entry is easy to find. */
function expectValid(schema: z.ZodType, entry: { file: string; data: unknown }) {
  const result = schema.safeParse(entry.data);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => `${entry.file}: ${i.path.join('.')}: ${i.message}`);
  expect(problems).toEqual([]);
  return result.data as never;
}

/** Photo paths in content files are relative to the file, as the build reads them. */
const photoPath = (file: string, src: string) => resolve(dirname(file), src);

describe('content on disk', () => {
  it('has products, producers and the lookup tables', () => {
    expect(products.length).toBeGreaterThan(0);
    expect(producers.length).toBeGreaterThan(0);
    expect(known.areas.size).toBe(108);
    expect(known.subGroups.size).toBeGreaterThanOrEqual(26);
  });

  it('gives every entry an ASCII slug without diacritics that no listing segment uses', () => {
    for (const { id } of [...products, ...producers, ...events]) expect(id, id).toMatch(slugPattern);
    for (const { id } of products)
      expect(reservedProductSlugs.has(id), `${id} is a reserved listing segment`).toBe(false);
  });

  it('keeps slugs unique regardless of case', () => {
    for (const list of [products, producers, events]) {
      const lower = list.map((e) => e.id.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
    }
  });
});

describe.each(products.map((p) => [p.id, p] as const))('product %s', (_id, entry) => {
  it('passes its schema, so its producer and sub-group exist', () => {
    const product = expectValid(productSchema(ctx), entry) as { producer: string; group: string };
    expect(known.producers.has(product.producer)).toBe(true);
    expect(known.subGroups.has(product.group)).toBe(true);
  });

  it('has its photos on disk', () => {
    const { photos } = entry.data as { photos: { src: string }[] };
    for (const photo of photos) expect(existsSync(photoPath(entry.file, photo.src)), photo.src).toBe(true);
  });
});

describe.each(producers.map((p) => [p.id, p] as const))('producer %s', (_id, entry) => {
  it('passes its schema, so its area exists', () => {
    const producer = expectValid(producerSchema(ctx), entry) as { address: { area: string } };
    expect(known.areas.has(producer.address.area)).toBe(true);
  });

  it('has its photos on disk', () => {
    const { photos = [] } = entry.data as { photos?: { src: string }[] };
    for (const photo of photos) expect(existsSync(photoPath(entry.file, photo.src)), photo.src).toBe(true);
  });
});

describe.each(events.map((e) => [e.id, e] as const))('event %s', (_id, entry) => {
  it('passes its schema, so the products on show exist', () => {
    const event = expectValid(eventSchema(ctx), entry) as { products: string[] };
    for (const slug of event.products) expect(known.products.has(slug), slug).toBe(true);
  });
});

describe('lookup tables', () => {
  it('groups.json: six groups I–VI with unique sub-group codes', () => {
    const groups = z.array(groupSchema).parse(readJson(join(CONTENT_DIR, 'groups.json')));
    expect(groups.map((g) => g.numeral).sort()).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const codes = groups.flatMap((g) => g.subGroups.map((s) => s.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const g of groups) for (const s of g.subGroups) expect(s.code.startsWith(`${g.numeral}`)).toBe(true);
  });

  it('areas.json: 108 former units in the city and seven districts, unique ids', () => {
    const areas = z.array(areaSchema).parse(readJson(join(CONTENT_DIR, 'areas.json')));
    expect(new Set(areas.map((a) => a.id)).size).toBe(areas.length);
    expect(new Set(areas.map((a) => a.formerDistrictSlug)).size).toBe(8);
    expect(new Set(areas.map((a) => `${a.newKind} ${a.newUnit}`)).size).toBe(37);
  });

  it('concepts.json: at least 20 concepts, unique ids, each naming some product of the catalogue', () => {
    const concepts = z.array(conceptSchema(known)).parse(readJson(join(CONTENT_DIR, 'concepts.json')));
    expect(concepts.length).toBeGreaterThanOrEqual(20);
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
    const subjects = products.map((p) => {
      const data = p.data as { name: { vi: string }; group: string };
      return { name: data.name.vi, subGroup: data.group };
    });
    for (const c of concepts)
      expect(
        subjects.some((s) => namesProduct(c, s)),
        c.id,
      ).toBe(true);
  });

  it('programme.json: consistent figures including the 2021 round (82 = 58 + 24)', () => {
    const figures = z.array(programmeFigureSchema).parse(readJson(join(CONTENT_DIR, 'programme.json')));
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    expect(figures.find((f) => f.kind === 'round' && f.asOf.startsWith('2021'))).toMatchObject({
      registered: 82,
      met: 58,
      returned: 24,
    });
  });
});
