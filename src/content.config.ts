import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readKnownIds } from './lib/content/content-ids.ts';
import { areaSchema } from './lib/content/schemas/area.ts';
import { eventSchema } from './lib/content/schemas/event.ts';
import { groupSchema } from './lib/content/schemas/group.ts';
import { producerSchema } from './lib/content/schemas/producer.ts';
import { productSchema } from './lib/content/schemas/product.ts';
import { programmeFigureSchema } from './lib/content/schemas/programme.ts';

const known = readKnownIds();

const products = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/products' }),
  schema: ({ image }) => productSchema({ ...known, image }),
});

const producers = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/producers' }),
  schema: ({ image }) => producerSchema({ ...known, image }),
});

const events = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/events' }),
  schema: ({ image }) => eventSchema({ ...known, image }),
});

const groups = defineCollection({ loader: file('./content/groups.json'), schema: groupSchema });
const areas = defineCollection({ loader: file('./content/areas.json'), schema: areaSchema });
/** The province's OCOP figures over time, charted on the programme page. */
const programme = defineCollection({
  loader: file('./content/programme.json'),
  schema: programmeFigureSchema,
});

export const collections = { products, producers, events, groups, areas, programme };
