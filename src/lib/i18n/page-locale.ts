import { defaultLocale, isLocale, type Locale } from './locales.ts';

/**
 * The language of the page being rendered, from its URL through Astro's i18n routing (English
 * under /en/): leaf components read it instead of being handed a `locale` prop by every parent.
 */
export const pageLocale = (astro: { currentLocale: string | undefined }): Locale =>
  isLocale(astro.currentLocale) ? astro.currentLocale : defaultLocale;
