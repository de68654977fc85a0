import { z } from 'astro/zod';
import { confirmedOn } from './confirmed-on.ts';
import type { SchemaContext } from './context.ts';
import { knownId } from './ids.ts';
import { localizedText } from './localized.ts';
import { phoneNumber as phone } from './phone.ts';
import { photoSchema } from './photo.ts';

export const producerTypes = ['hop-tac-xa', 'doanh-nghiep', 'to-hop-tac', 'ho-kinh-doanh'] as const;
export type ProducerType = (typeof producerTypes)[number];

const contacts = z
  .strictObject({
    phone: phone.optional(),
    email: z.email('email: not a valid address').optional(),
    zalo: phone.optional().describe('Zalo is reached by phone number'),
    website: z.url('website: not a valid URL').optional(),
    confirmedOn: confirmedOn.describe('The day someone last confirmed these contacts with the producer'),
  })
  .refine(
    (c) => Boolean(c.phone || c.email || c.zalo || c.website),
    'contacts: give at least one way to reach the producer',
  );

/** "Chủ thể OCOP": the cooperative, company, group or household that owns the products. */
export const producerSchema = (ctx: SchemaContext) =>
  z.strictObject({
    name: localizedText('name'),
    type: z.enum(producerTypes),
    story: localizedText('story'),
    founded: z.int().min(1945).max(2026).describe('Year of founding or registration'),
    members: z.int().positive().optional().describe('Members of a cooperative or group'),
    households: z.int().positive().optional().describe('Households supplying raw material'),
    address: z.strictObject({
      street: z.string().trim().min(1).optional().describe('Village (thôn/bản) or street'),
      /** Former commune id in content/areas.json; the current unit is derived from it. */
      area: knownId('area', ctx.areas),
    }),
    contacts,
    photos: z.array(photoSchema(ctx)).default([]),
  });
