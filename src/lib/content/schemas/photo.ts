import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { localizedText } from './localized.ts';

/** A photo with its alternative text in both languages (illustrative while the dataset is sample). */
export const photoSchema = ({ image }: Pick<SchemaContext, 'image'>) =>
  z.strictObject({ src: image(), alt: localizedText('photo alt text') });
