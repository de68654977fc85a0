import { z } from 'astro/zod';
import { certificateHistorySchema } from './certificate.ts';
import { certificationSchema } from './certification.ts';
import { confirmedOn } from './confirmed-on.ts';
import type { SchemaContext } from './context.ts';
import { hsCode } from './hs-code.ts';
import { knownId } from './ids.ts';
import { localizedList, localizedText } from './localized.ts';
import { openingHours } from './opening-hours.ts';
import { phoneNumber } from './phone.ts';
import { photoSchema } from './photo.ts';

export const packUnits = [
  'g',
  'kg',
  'ml',
  'l',
  'cái',
  'bộ',
  'hộp',
  'chai',
  'gói',
  'đêm',
  'vé',
  'suất',
] as const;

const quantity = z.strictObject({ amount: z.number().positive(), unit: z.string().trim().min(1) });

const priceBand = z
  .strictObject({
    min: z.int().positive().describe('Lowest retail price in VND'),
    max: z.int().positive().describe('Highest retail price in VND'),
    per: localizedText('price unit').describe('What the price is for, e.g. "gói 500 g"'),
    measure: z
      .strictObject({ amount: z.number().positive(), unit: z.enum(['g', 'kg', 'ml', 'l']) })
      .optional()
      .describe(
        'The weight or volume "per" stands for (kg: 1 kg; "chai 500 ml": 500 ml): pages then give the price of each pack size',
      ),
  })
  .refine((p) => p.min <= p.max, { path: ['max'], error: 'price max must not be below min' });

const tradeData = z.strictObject({
  capacityPerYear: quantity.optional(),
  minimumOrder: quantity.optional(),
  leadTimeDays: z.int().positive().optional(),
  samples: z.boolean().describe('Samples available to buyers'),
  exportMarkets: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'export market: ISO country code, e.g. CZ'))
    .default([]),
  confirmedOn: confirmedOn.describe(
    'The day someone last confirmed the price band and these figures with the producer',
  ),
});

const outlet = z
  .strictObject({
    kind: z.enum(['shop', 'supermarket', 'online', 'ocop-point']),
    name: z.string().trim().min(1),
    address: z.string().trim().min(1).optional(),
    url: z.url().optional().describe("The product's own page at this outlet, not the outlet's home page"),
    phone: phoneNumber.optional(),
    openingHours: z
      .array(openingHours)
      .min(1)
      .optional()
      .describe('e.g. ["Mo-Fr 07:30-17:00", "Sa 08:00-12:00"]'),
  })
  .superRefine((o, issues) => {
    // A shopper sent to a marketplace's home page still has to find the product there.
    if (o.kind === 'online' && o.url && new URL(o.url).pathname === '/')
      issues.addIssue({
        code: 'custom',
        path: ['url'],
        message: `url ${o.url}: give the product's own page at ${o.name}, not its home page (or leave the url out)`,
      });
    if (o.kind === 'ocop-point')
      for (const field of ['address', 'phone', 'openingHours'] as const)
        if (!o[field])
          issues.addIssue({
            code: 'custom',
            path: [field],
            message: `an OCOP sales point gives its address, phone and opening hours: ${field} is missing`,
          });
  });

/**
 * A certified OCOP product. Facts live here once; the area comes from the producer. A product
 * added from a decision's annex has only what the row says: story, pack sizes, trade data and
 * photos may be missing, and pages flag them as still to complete (src/lib/content/completeness.ts).
 */
export const productSchema = (ctx: SchemaContext) =>
  z.strictObject({
    name: localizedText('name'),
    producer: knownId('producer', ctx.producers),
    group: z.string().refine((code) => ctx.subGroups.has(code), {
      error: (issue) => `unknown OCOP sub-group "${String(issue.input)}" (QĐ 148 code such as I.5.b)`,
    }),
    certificates: certificateHistorySchema,
    /** Indications, marks and farming standards of this product (not of its producer's other products). */
    certifications: z.array(certificationSchema(ctx)).default([]),
    story: localizedText('story').optional(),
    ingredients: localizedList('ingredient').default([]),
    packSizes: z
      .array(z.strictObject({ amount: z.number().positive(), unit: z.enum(packUnits) }))
      .default([]),
    shelfLifeMonths: z.int().positive().max(120).optional(),
    hsCode: hsCode.optional(),
    storage: localizedText('storage').optional(),
    price: priceBand.optional(),
    trade: tradeData.optional(),
    season: z
      .strictObject({
        months: z.array(z.int().min(1).max(12)).min(1),
        note: localizedText('season note').optional(),
      })
      .optional(),
    whereToBuy: z.array(outlet).default([]),
    photos: z.array(photoSchema(ctx)).default([]),
    featured: z.boolean().default(false).describe('Shown on the home page'),
  });
