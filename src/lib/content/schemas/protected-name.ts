import { z } from 'astro/zod';
import { formerDistrictSlugs } from './area.ts';
import { protectedNameKinds } from './certification.ts';
import type { SchemaContext } from './context.ts';
import { knownId, slugPattern } from './ids.ts';
import { localizedText } from './localized.ts';

/**
 * A geographical indication or collective mark and what it protects: which kinds of product, from
 * which former districts or communes. File content/protected-names.json; a product may carry one
 * only if it is of a kind listed here and its producer is in the area.
 */
export const protectedNameSchema = (ctx: Pick<SchemaContext, 'areas' | 'subGroups'>) =>
  z.strictObject({
    id: z.string().regex(slugPattern, 'id: ASCII words joined by dashes, e.g. quyt-bac-kan'),
    kind: z.enum(protectedNameKinds),
    name: localizedText('name').describe('The protected name as registered, e.g. "Quýt Bắc Kạn"'),
    registered: z.int().min(1990).max(2100).optional().describe('Year of registration, where known'),
    covers: z
      .array(
        z.strictObject({
          group: z.string().refine((code) => ctx.subGroups.has(code), {
            error: (issue) => `unknown OCOP sub-group "${String(issue.input)}" (QĐ 148 code such as I.1.a)`,
          }),
          name: localizedText('kind name').describe(
            'What the product is called: a covered product is in this sub-group and its Vietnamese name starts with these words',
          ),
        }),
      )
      .min(1, 'covers: name at least one kind of product'),
    where: z
      .strictObject({
        formerDistricts: z.array(z.enum(formerDistrictSlugs)).default([]),
        formerCommunes: z.array(knownId('area', ctx.areas)).default([]),
      })
      .refine((w) => w.formerDistricts.length + w.formerCommunes.length > 0, {
        error: 'where: name the former districts or communes the protection covers',
      }),
  });

export type ProtectedName = z.infer<ReturnType<typeof protectedNameSchema>>;
