import { defaultLocale, htmlLang, type Locale, locales } from '../i18n/locales.ts';
import { absoluteUrl } from '../paths.ts';

export interface HreflangLink {
  lang: string;
  url: string;
}

/**
 * A page's hreflang alternates: each language it exists in, and x-default on the Vietnamese page
 * (the site's default). The page head and the sitemap both use this, so they cannot disagree.
 */
export function hreflangLinks(
  alternates: Partial<Record<Locale, string>>,
  site: URL | string,
): HreflangLink[] {
  const links = locales.flatMap((locale) => {
    const path = alternates[locale];
    return path ? [{ lang: htmlLang[locale], url: absoluteUrl(path, site) }] : [];
  });
  const fallback = alternates[defaultLocale];
  return fallback ? [...links, { lang: 'x-default', url: absoluteUrl(fallback, site) }] : links;
}
