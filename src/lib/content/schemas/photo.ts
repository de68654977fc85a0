import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { localizedText } from './localized.ts';

/** A photo with its alternative text in both languages (illustrative while the dataset is sample). */
export const photoSchema = <Img extends z.ZodType>({ image }: Pick<SchemaContext<Img>, 'image'>) =>
  z.strictObject({ src: image(), alt: localizedText('photo alt text') });
