import { z } from 'astro/zod';
import { newUnitName } from '../../../src/lib/content/place.ts';
import type { Area } from '../../../src/lib/content/schemas/area.ts';
import type { SchemaContext } from '../../../src/lib/content/schemas/context.ts';
import { eventSchema } from '../../../src/lib/content/schemas/event.ts';
import type { Group } from '../../../src/lib/content/schemas/group.ts';
import { producerSchema } from '../../../src/lib/content/schemas/producer.ts';
import { productSchema } from '../../../src/lib/content/schemas/product.ts';
import type { GeneratedCatalogue } from './catalogue-generator.ts';

/**
 * Checks every generated entry against the site's own schemas before the build, so a generator
 * bug fails in a second with the entry and field named instead of minutes into `astro build`.
 */
export function validateCatalogue(
  catalogue: GeneratedCatalogue,
  lookups: { groups: readonly Group[]; areas: readonly Area[]; protectedNames: readonly { id: string }[] },
) {
  const context: SchemaContext = {
    // The build checks that each photo file exists (photoPath); here a photo only has to be a path.
    photo: () => z.string().min(1),
    producers: new Set(catalogue.producers.keys()),
    products: new Set(catalogue.products.keys()),
    areas: new Set(lookups.areas.map((a) => a.id)),
    newUnits: new Set(lookups.areas.map(newUnitName)),
    subGroups: new Set(lookups.groups.flatMap((g) => g.subGroups.map((s) => s.code))),
    protectedNames: new Set(lookups.protectedNames.map((p) => p.id)),
  };
  const collections = [
    ['producers', producerSchema(context), catalogue.producers],
    ['products', productSchema(context), catalogue.products],
    ['events', eventSchema(context), catalogue.events],
  ] as const;
  for (const [folder, schema, entries] of collections) {
    for (const [id, data] of entries) {
      const result = schema.safeParse(data);
      if (!result.success)
        throw new Error(`generated ${folder}/${id}.json is invalid:\n${z.prettifyError(result.error)}`);
    }
  }
}
