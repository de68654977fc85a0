import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { knownId } from './ids.ts';
import { isoDate } from './localized.ts';

/** Farming standards, certified for one product's growing. */
export const standardKinds = ['vietgap', 'organic-pgs'] as const;
/** Protected names: registered for some kinds of product from some places (content/protected-names.json). */
export const protectedNameKinds = ['geographical-indication', 'collective-mark'] as const;
export const certificationKinds = [...standardKinds, ...protectedNameKinds] as const;

export type CertificationKind = (typeof certificationKinds)[number];
export type ProtectedNameKind = (typeof protectedNameKinds)[number];

export const isProtectedNameKind = (kind: CertificationKind): kind is ProtectedNameKind =>
  (protectedNameKinds as readonly string[]).includes(kind);

/**
 * A certification one product holds besides its OCOP certificate. Whether an indication or mark
 * really covers the product (its kind and place) is checked where products meet their producers
 * (src/lib/content/certifications.ts).
 */
export const certificationSchema = (ctx: Pick<SchemaContext, 'protectedNames'>) =>
  z
    .strictObject({
      kind: z.enum(certificationKinds),
      protectedName: knownId('protected name', ctx.protectedNames)
        .optional()
        .describe(
          'For an indication or a mark: its id in content/protected-names.json, e.g. "mien-dong-bac-kan"',
        ),
      since: isoDate.optional().describe('When the product was first certified or allowed to use the name'),
    })
    .superRefine((c, issues) => {
      if (isProtectedNameKind(c.kind) && !c.protectedName)
        issues.addIssue({
          code: 'custom',
          path: ['protectedName'],
          message: `a ${c.kind} names its protected name: an id from content/protected-names.json`,
        });
      if (!isProtectedNameKind(c.kind) && c.protectedName)
        issues.addIssue({
          code: 'custom',
          path: ['protectedName'],
          message: `${c.kind} is a farming standard, not a protected name: remove "protectedName"`,
        });
    });

export type Certification = z.infer<ReturnType<typeof certificationSchema>>;
