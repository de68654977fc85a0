import { slugify } from '../text/slugify.ts';

/**
 * Search form of Vietnamese text: no diacritics, đ → d, lower case, words separated by one space.
 * "Miến dong Tài Hoan", "mien dong tai hoan" and the NFD spelling all fold to the same string.
 */
export const fold = (text: string): string => slugify(text).replaceAll('-', ' ');
