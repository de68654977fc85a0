/** The language and token of a tracking page's URL (/theo-doi/<token>/, /en/track/<token>/), without a query. */
import type { Locale } from '../../lib/i18n/locales.ts';
import { locales } from '../../lib/i18n/locales.ts';
import { paths } from '../../lib/paths.ts';

/** A tracking page's path split around its token, per language. */
const trackingPaths = locales.map((locale) => {
  const [before = '', after = ''] = paths.tracking(locale, '\0').split('\0');
  return { locale, before, after };
});

/** Undefined for any other URL, and for one with a query. */
export function trackingPathOf(url: string): { locale: Locale; token: string } | undefined {
  for (const { locale, before, after } of trackingPaths) {
    if (url.startsWith(before) && url.endsWith(after))
      return { locale, token: url.slice(before.length, url.length - after.length) };
  }
  return undefined;
}
