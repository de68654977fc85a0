import type { z } from 'astro/zod';

/**
 * What a schema needs to know beyond one file: the ids that exist elsewhere and how to read
 * an image. Astro passes its image() helper; tests pass a plain string schema.
 */
export interface SchemaContext<Img extends z.ZodType = z.ZodType> {
  /** Generic so entries keep the image type the caller's helper gives (ImageMetadata in Astro). */
  image: () => Img;
  producers: ReadonlySet<string>;
  products: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  subGroups: ReadonlySet<string>;
}
