import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_DIR } from '../content-ids.ts';
import type { SchemaContext } from './context.ts';
import { localizedText } from './localized.ts';

/** A photo with its alternative text in both languages (illustrative while the dataset is sample). */
export const photoSchema = ({ photo }: Pick<SchemaContext, 'photo'>) =>
  z.strictObject({ src: photo(), alt: localizedText('photo alt text') });

const IMAGES_DIR = join(CONTENT_DIR, 'images') + sep;
/** The image files src/lib/content/photos.ts globs (its pattern must be a literal: keep the two in step). */
const photoExtension = /\.(jpg|jpeg|png|webp|avif)$/;

function photoProblem(file: string): string | undefined {
  if (!file.startsWith(IMAGES_DIR)) return 'photo must be under content/images/';
  if (!photoExtension.test(file)) return 'photo must be a .jpg, .jpeg, .png, .webp or .avif file';
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return 'photo not found';
  return undefined;
}

/**
 * A photo's path as an entry writes it, relative to the entry's folder (../images/products/x.jpg),
 * checked to name an image file in content/images. Kept a string in the content store:
 * src/lib/content/photos.ts turns it into an image at render time, one import per image file
 * (Astro's image() made one per entry).
 */
export const photoPath = (folder: 'products' | 'producers') => () =>
  z.string().superRefine((path, ctx) => {
    const problem = photoProblem(join(CONTENT_DIR, folder, path));
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}: ${path}` });
  });
