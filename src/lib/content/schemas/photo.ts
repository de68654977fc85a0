import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_DIR } from '../content-ids.ts';
import type { SchemaContext } from './context.ts';
import { localizedText } from './localized.ts';

/** A photo with its alternative text in both languages (illustrative while the dataset is sample). */
export const photoSchema = ({ photo }: Pick<SchemaContext, 'photo'>) =>
  z.strictObject({ src: photo(), alt: localizedText('photo alt text') });

/**
 * A photo's path as an entry writes it, relative to the entry's folder (../images/products/x.jpg),
 * checked to exist. Kept a string in the content store: src/lib/content/photos.ts turns it into an
 * image at render time, one import per image file (Astro's image() made one per entry).
 */
export const photoPath = (folder: 'products' | 'producers' | 'events') => () =>
  z.string().superRefine((path, ctx) => {
    if (!existsSync(join(CONTENT_DIR, folder, path)))
      ctx.addIssue({ code: 'custom', message: `photo not found: ${path}` });
  });
