import { z } from 'astro/zod';

/** URL slugs: ASCII without diacritics, the same in both languages (mien-dong-tai-hoan). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference to another entry, checked against the ids that exist so that a typo fails the
 * build with the unknown id named (Astro's reference() does not check existence).
 */
export const knownId = (kind: string, known: ReadonlySet<string>) =>
  z
    .string()
    .regex(/^[a-z0-9-]+$/, `${kind}: id must be ASCII (a-z, 0-9, -)`)
    .refine((id) => known.has(id), { error: (issue) => `unknown ${kind} "${String(issue.input)}"` });
