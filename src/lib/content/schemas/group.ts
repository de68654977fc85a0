import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** A leaf of the QĐ 148 taxonomy, e.g. code "I.5.b" (chè từ thực vật khác). */
const subGroup = z.strictObject({
  code: z.string().regex(/^[IVX]+(\.\d+(\.[a-z])?)?$/),
  name: localizedText('sub-group name'),
  /** Label of the closest QĐ 1048 "ngành", shown on certificates graded before 2023. */
  qd1048: localizedText('QĐ 1048 label'),
});

/** One of the six OCOP groups; file content/groups.json, keyed by slug. */
export const groupSchema = z.strictObject({
  id: z.string(),
  numeral: z.enum(['I', 'II', 'III', 'IV', 'V', 'VI']),
  name: localizedText('group name'),
  description: localizedText('group description'),
  subGroups: z.array(subGroup).min(1),
});

export type Group = z.infer<typeof groupSchema>;
