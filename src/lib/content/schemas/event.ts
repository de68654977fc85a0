import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { knownId } from './ids.ts';
import { isoDate, localizedText } from './localized.ts';

/** A trade fair where Bắc Kạn products are shown. */
export const eventSchema = (ctx: Omit<SchemaContext, 'photo'>) =>
  z
    .strictObject({
      name: localizedText('name'),
      start: isoDate,
      end: isoDate,
      venue: localizedText('venue'),
      city: z.string().trim().min(1),
      organiser: z.string().trim().min(1).optional(),
      booths: z.int().positive().describe('Booths of the Bắc Kạn delegation'),
      boothNumbers: z.array(z.string().trim().min(1)).default([]),
      description: localizedText('description'),
      products: z.array(knownId('product', ctx.products)).min(1),
    })
    .refine((e) => e.start <= e.end, { path: ['end'], error: 'end date is before the start date' });
