import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { producerTypes } from './producer.ts';

/** "2018", "2023-07" or "2021-06-01": reports give figures at different precisions. */
const asOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'asOf: YYYY, YYYY-MM or YYYY-MM-DD');

const count = z.int().nonnegative();

const common = {
  id: z.string(),
  asOf,
  label: localizedText('label').describe('Short label for the chart axis, e.g. "7/2023"'),
  source: localizedText('source').describe('The report or article the figures come from'),
  /** ⚠️ in shared/domain/ocop.md: sources disagree or the date is unclear; the page says so. */
  uncertain: z.boolean().default(false),
  note: localizedText('note').optional(),
};

/** Certified products in the province at one date, with the star split and producers when known. */
const certified = z
  .strictObject({
    ...common,
    kind: z.literal('certified'),
    products: count,
    byStars: z.strictObject({ '3': count, '4': count, '5': count }).optional(),
    producers: z
      .strictObject({
        total: count,
        byType: z.strictObject(
          Object.fromEntries(producerTypes.map((t) => [t, count])) as Record<
            (typeof producerTypes)[number],
            typeof count
          >,
        ),
      })
      .optional(),
  })
  .superRefine((f, ctx) => {
    if (f.byStars && f.byStars['3'] + f.byStars['4'] + f.byStars['5'] !== f.products) {
      ctx.addIssue({
        code: 'custom',
        path: ['byStars'],
        message: `the star split does not add up to ${f.products}`,
      });
    }
    const types = f.producers && Object.values(f.producers.byType).reduce((a, b) => a + b, 0);
    if (f.producers && types !== f.producers.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['producers', 'byType'],
        message: `producer types add up to ${types}, not ${f.producers.total}`,
      });
    }
  });

/** One grading round: products registered, those that met the criteria, those sent back to be completed. */
const round = z
  .strictObject({
    ...common,
    kind: z.literal('round'),
    registered: count,
    met: count,
    returned: count,
  })
  .refine((r) => r.met + r.returned === r.registered, {
    path: ['returned'],
    error: 'met + returned must equal registered',
  });

/** The province's OCOP figures over time (content/programme.json), drawn as charts on the programme page. */
export const programmeFigureSchema = z.discriminatedUnion('kind', [certified, round]);

export type ProgrammeFigure = z.infer<typeof programmeFigureSchema>;
export type CertifiedFigure = Extract<ProgrammeFigure, { kind: 'certified' }>;
export type RoundFigure = Extract<ProgrammeFigure, { kind: 'round' }>;
