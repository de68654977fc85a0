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

/**
 * "Chủ thể OCOP": the cooperative, company, group or household that owns the products. One added
 * from a decision's annex has its name, type and address only: story, founding year and contacts
 * may be missing, and pages flag them as still to complete (src/lib/content/completeness.ts).
 */
export const producerSchema = (ctx: SchemaContext) =>
  z.strictObject({
    name: localizedText('name'),
    type: z.enum(producerTypes),
    story: localizedText('story').optional(),
    founded: z.int().min(1945).max(2026).optional().describe('Year of founding or registration'),
    members: z.int().positive().optional().describe('Members of a cooperative or group'),
    households: z.int().positive().optional().describe('Households supplying raw material'),
    address: z
      .strictObject({
        street: z.string().trim().min(1).optional().describe('Village (thôn/bản) or street'),
        /** Former commune id in content/areas.json; the current unit is derived from it. */
        area: knownId('area', ctx.areas).optional(),
        /**
         * The unit since 1/7/2025 ("xã Bằng Vân"), only while the former commune is unknown: a new
         * unit made of several former ones does not say which one the producer was in.
         */
        newUnit: z
          .string()
          .refine((unit) => ctx.newUnits.has(unit), {
            error: (issue) => `unknown unit "${String(issue.input)}" (a 2025 unit such as "xã Bằng Vân")`,
          })
          .optional(),
      })
      .refine((a) => (a.area === undefined) !== (a.newUnit === undefined), {
        error:
          'address: give the former commune (area), or the new unit (newUnit) while the former one is unknown',
      }),
    contacts: contacts.optional(),
    photos: z.array(photoSchema(ctx)).default([]),
  });
