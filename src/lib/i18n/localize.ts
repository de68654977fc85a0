import type { LocalizedText } from '../content/schemas/localized.ts';
import type { Locale } from './locales.ts';

/** Text picked for a page, with the language it is really in (English falls back to Vietnamese). */
export interface PickedText {
  text: string;
  lang: Locale;
  fallback: boolean;
}

export function pick(text: LocalizedText, locale: Locale): PickedText {
  if (locale === 'en' && text.en) return { text: text.en, lang: 'en', fallback: false };
  return { text: text.vi, lang: 'vi', fallback: locale !== 'vi' };
}

/** Plain string for attributes and metadata, where a fallback notice cannot be shown. */
export const pickText = (text: LocalizedText, locale: Locale): string => pick(text, locale).text;
