import { z } from 'astro/zod';
import { isoDate } from './localized.ts';

/** Criteria set a certificate was graded under: QĐ 1048/QĐ-TTg (2019) or QĐ 148/QĐ-TTg (from 24/2/2023). */
export const criteriaVersions = ['QD1048', 'QD148'] as const;
export const QD148_IN_FORCE = '2023-02-24';

/** Score bands of both criteria sets; only 3★ and above are certified. */
export const starsForScore = (score: number): number =>
  score >= 90 ? 5 : score >= 70 ? 4 : score >= 50 ? 3 : score >= 30 ? 2 : 1;

export const certificateKinds = ['new', 'reissued', 'upgraded', 'downgraded'] as const;
export type CertificateKind = (typeof certificateKinds)[number];

/**
 * The kind follows from the stars: the first certificate is new; a later one keeps the stars
 * (renewal or re-rating: re-issued), gains them (upgraded) or loses them (downgraded).
 */
export function certificateKind(previous: { stars: number } | undefined, stars: number): CertificateKind {
  if (previous === undefined) return 'new';
  if (stars > previous.stars) return 'upgraded';
  if (stars < previous.stars) return 'downgraded';
  return 'reissued';
}

export const certificateSchema = z
  .strictObject({
    stars: z
      .int()
      .min(3, 'stars must be 3, 4 or 5 (only 3★ and above are certified)')
      .max(5, 'stars must be 3, 4 or 5'),
    score: z.number().min(0).max(100).describe('Score out of 100 from the grading council'),
    decision: z
      .string()
      .trim()
      .min(3)
      .describe('Decision number as printed, e.g. 2890/QĐ-BNN-VPĐP (free text)'),
    decisionDate: isoDate,
    issuedBy: z.string().trim().min(3).describe('Issuing body, e.g. UBND tỉnh Bắc Kạn'),
    criteria: z.enum(criteriaVersions),
    kind: z.enum(certificateKinds).default('new'),
    /** Only when the decision itself states another validity; otherwise 36 months after the decision. */
    expiresOn: isoDate.optional(),
    revoked: z.strictObject({ date: isoDate, decision: z.string().trim().min(3) }).optional(),
  })
  .superRefine((c, ctx) => {
    if (starsForScore(c.score) !== c.stars) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `score ${c.score} gives ${starsForScore(c.score)}★, not ${c.stars}★`,
      });
    }
    if (c.expiresOn && c.expiresOn <= c.decisionDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: 'expiry must be after the decision date',
      });
    }
    if (c.revoked && c.revoked.date < c.decisionDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['revoked', 'date'],
        message: 'revocation cannot precede the decision',
      });
    }
    const shouldBe = c.decisionDate >= QD148_IN_FORCE ? 'QD148' : 'QD1048';
    if (c.criteria !== shouldBe) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `a decision of ${c.decisionDate} was graded under ${shouldBe}`,
      });
    }
  });

export type Certificate = z.infer<typeof certificateSchema>;

/** Every certificate a product has held, oldest first (the last one is current), each of the kind its stars give. */
export const certificateHistorySchema = z
  .array(certificateSchema)
  .min(1, 'certificates: a product needs at least one OCOP certificate')
  .refine((list) => list.every((c, i) => i === 0 || (list[i - 1]?.decisionDate ?? '') <= c.decisionDate), {
    error: 'certificates: list them oldest first',
  })
  .superRefine((list, ctx) => {
    list.forEach((c, i) => {
      const expected = i === 0 ? c.kind : certificateKind(list[i - 1], c.stars);
      if (c.kind !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'kind'],
          message: `kind follows from the stars: ${list[i - 1]?.stars}★ then ${c.stars}★ is "${expected}"`,
        });
      }
    });
  });
