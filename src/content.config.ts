import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readKnownIds } from './lib/content/content-ids.ts';
import { areaSchema } from './lib/content/schemas/area.ts';
import { conceptSchema } from './lib/content/schemas/concept.ts';
import { eventSchema } from './lib/content/schemas/event.ts';
import { groupSchema } from './lib/content/schemas/group.ts';
import { photoPath } from './lib/content/schemas/photo.ts';
import { producerSchema } from './lib/content/schemas/producer.ts';
import { productSchema } from './lib/content/schemas/product.ts';
import { programmeFigureSchema } from './lib/content/schemas/programme.ts';
import { protectedNameSchema } from './lib/content/schemas/protected-name.ts';

const known = readKnownIds();

const products = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/products' }),
  schema: productSchema({ ...known, photo: photoPath('products') }),
});

const producers = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/producers' }),
  schema: producerSchema({ ...known, photo: photoPath('producers') }),
});

const events = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/events' }),
  schema: eventSchema(known),
});

const groups = defineCollection({ loader: file('./content/groups.json'), schema: groupSchema });
const areas = defineCollection({ loader: file('./content/areas.json'), schema: areaSchema });
/** Geographical indications and collective marks, with the kinds of product and places each covers. */
const protectedNames = defineCollection({
  loader: file('./content/protected-names.json'),
  schema: protectedNameSchema(known),
});
/** The province's OCOP figures over time, charted on the programme page. */
const programme = defineCollection({
  loader: file('./content/programme.json'),
  schema: programmeFigureSchema,
});

/** How people name kinds of products against how the registry does; search applies them. */
const concepts = defineCollection({ loader: file('./content/concepts.json'), schema: conceptSchema(known) });

export const collections = {
  products,
  producers,
  events,
  groups,
  areas,
  protectedNames,
  programme,
  concepts,
};
