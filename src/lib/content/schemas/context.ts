import type { z } from 'astro/zod';

/**
 * What a schema needs to know beyond one file: the ids that exist elsewhere and how to check a
 * photo's path. The build checks that the file exists (photoPath in photo.ts); tests may accept any string.
 */
export interface SchemaContext {
  photo: () => z.ZodString;
  producers: ReadonlySet<string>;
  products: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  /** The units since 1/7/2025 as content names them: "xã Bằng Vân" (see newUnitName in place.ts). */
  newUnits: ReadonlySet<string>;
  subGroups: ReadonlySet<string>;
  /** Ids of content/protected-names.json. */
  protectedNames: ReadonlySet<string>;
}
