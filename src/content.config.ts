import { defineCollection, type SchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readKnownIds } from './lib/content/content-ids.ts';
import { areaSchema } from './lib/content/schemas/area.ts';
import { eventSchema } from './lib/content/schemas/event.ts';
import { groupSchema } from './lib/content/schemas/group.ts';
import { producerSchema } from './lib/content/schemas/producer.ts';
import { productSchema } from './lib/content/schemas/product.ts';
import { programmeFigureSchema } from './lib/content/schemas/programme.ts';

const known = readKnownIds();

/**
 * Astro calls a collection's schema function once per entry, to hand each its own image()
 * helper; building a fresh schema costs ~4 ms an entry (Zod compiles a parser for every new
 * object schema) against 0.04 ms to parse with one already built: 80 s of a 28,000-entry build.
 * So one schema per kind of helper (the loader's, the type generator's: told apart by their
 * code). Entries of a collection sit in one folder, so any entry's helper resolves the same paths.
 */
function builtOnce<S>(build: (context: SchemaContext) => S) {
  const built = new Map<string, S>();
  return (context: SchemaContext): S => {
    const kind = context.image.toString();
    let schema = built.get(kind);
    if (schema === undefined) {
      schema = build(context);
      built.set(kind, schema);
    }
    return schema;
  };
}

const products = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/products' }),
  schema: builtOnce(({ image }) => productSchema({ ...known, image })),
});

const producers = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/producers' }),
  schema: builtOnce(({ image }) => producerSchema({ ...known, image })),
});

const events = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/events' }),
  schema: builtOnce(({ image }) => eventSchema({ ...known, image })),
});

const groups = defineCollection({ loader: file('./content/groups.json'), schema: groupSchema });
const areas = defineCollection({ loader: file('./content/areas.json'), schema: areaSchema });
/** The province's OCOP figures over time, charted on the programme page. */
const programme = defineCollection({
  loader: file('./content/programme.json'),
  schema: programmeFigureSchema,
});

export const collections = { products, producers, events, groups, areas, programme };
