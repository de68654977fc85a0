import { z } from 'astro/zod';

/**
 * A Harmonized System code as customs papers print it: the 6-digit heading and subheading
 * (0409.00), or Vietnam's 8-digit tariff line (0409.00.00). Chapters run 01–97; 77 is reserved.
 */
const hsCodePattern = /^(\d{2})\d{2}\.\d{2}(?:\.\d{2})?$/;

export const hsCode = z
  .string()
  .refine(
    (code) => {
      const chapter = Number(hsCodePattern.exec(code)?.[1] ?? 0);
      return chapter >= 1 && chapter <= 97 && chapter !== 77;
    },
    {
      error: (issue) =>
        `hsCode "${String(issue.input)}": an HS code is 4 digits, a dot and 2 digits (0409.00), or Vietnam's 8-digit line (0409.00.00), in chapters 01–97`,
    },
  )
  .describe('Harmonized System code for customs: 0409.00 (6 digits) or 0409.00.00 (Vietnam, 8 digits)');
