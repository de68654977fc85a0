import { z } from 'astro/zod';

/**
 * Prose in both languages, side by side. Vietnamese is the source of truth and required;
 * English may be missing, in which case pages show the Vietnamese with a visible notice.
 */
export const localizedText = (what: string) =>
  z.strictObject({
    vi: z
      .string({ error: `${what}: thiếu bản tiếng Việt (vi)` })
      .trim()
      .min(1, `${what}: thiếu bản tiếng Việt (vi)`),
    en: z
      .string()
      .trim()
      .min(1, `${what}: English text is empty; remove "en" to fall back to Vietnamese`)
      .optional(),
  });

export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

/** A list of short localized strings (ingredients, export markets, …). */
export const localizedList = (what: string) => z.array(localizedText(what));

/** ISO calendar date as written in content files: 2021-06-30. */
export const isoDate = z.iso.date('ngày phải có dạng YYYY-MM-DD');
