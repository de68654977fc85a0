import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { slugPattern } from './ids.ts';

/** QĐ 148 codes: a group ("III"), a part of one ("I.5") or a sub-group ("I.5.b"). */
const codePattern = /^[IVX]+(\.\d+(\.[a-z])?)?$/;

const terms = z
  .array(z.string().trim().min(2, 'a term needs at least 2 letters'))
  .min(1, 'give at least one term');

/**
 * How people name a kind of product ("thảo dược", "quà Tết", "đồ khô") against how the registry
 * names it: sub-groups of QĐ 148, or words in the products' names. File content/concepts.json;
 * search finds the products it names by any of its terms (src/lib/search/concepts.ts).
 */
export const conceptSchema = (ctx: Pick<SchemaContext, 'subGroups'>) =>
  z
    .strictObject({
      id: z.string().regex(slugPattern, 'id: ASCII without diacritics, e.g. qua-tet'),
      terms: z
        .strictObject({ vi: terms, en: terms })
        .describe(
          'What people type, in Vietnamese and in English: { "vi": ["quà Tết", "đồ Tết"], "en": ["Tết gifts"] }. The products are tagged with the first of each; the others find it as synonyms, so put the least ambiguous first',
        ),
      codes: z
        .array(
          z
            .string()
            .regex(codePattern, 'a QĐ 148 code such as III, I.5 or I.5.b')
            .refine((code) => [...ctx.subGroups].some((s) => s === code || s.startsWith(`${code}.`)), {
              error: (issue) => `no OCOP group or sub-group "${String(issue.input)}" in groups.json`,
            }),
        )
        .default([])
        .describe(
          'Every product of these groups or sub-groups: "III" is the whole group, "I.5.b" one sub-group',
        ),
      nameWords: z
        .array(z.string().trim().min(2))
        .default([])
        .describe('Every product whose Vietnamese name contains one of these words: "khô", "mật ong"'),
      everything: z.boolean().default(false).describe('Every product (for "đặc sản")'),
    })
    .refine((c) => c.everything || c.codes.length > 0 || c.nameWords.length > 0, {
      error: 'a concept names products by codes, nameWords or everything: give at least one',
    });

export type Concept = z.infer<ReturnType<typeof conceptSchema>>;
