/**
 * What the sitemap lists (@astrojs/sitemap's filter) and the language alternates of each entry
 * (its serialize): every page a search engine may index, each with its twin in the other language.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { locales } from '../i18n/locales.ts';
import { absoluteUrl, pageInBothLanguages, paths } from '../paths.ts';
import { SITE_URL } from '../site.ts';
import { hreflangLinks } from './hreflang.ts';

/** Pages in both languages that are marked noindex: the enquiry basket, after posting, search results. */
const noindex = [
  paths.basket('vi'),
  paths.basket('en'),
  paths.enquiryThanks('vi'),
  paths.enquiryThanks('en'),
  paths.search('vi'),
  paths.search('en'),
];

/** The open data files (rendered on request, so the build does not see them): the sitemap's custom pages. */
const { productsSchema, producersSchema, ...openData } = paths.openDataFiles;
export const openDataFileUrls: readonly string[] = Object.values(openData).map((path) =>
  absoluteUrl(path, SITE_URL),
);

/**
 * Listed: the pages in both languages, less the noindex ones above, and the open data files.
 * Pages in one language only (the inbox, a fair's kiosk and print pages) are noindex.
 */
/**
 * Trade sheets are print documents of the product page's facts (noindex, like the fairs' print
 * pages): the product page is the one to index, and 40,000 sheets at national scale would double
 * the sitemap the build holds in memory.
 */
const isTradeSheet = (path: string): boolean =>
  locales.some((locale) => path.endsWith(`/${paths.tradeSheet(locale, 'x').split('/').at(-2)}/`));

export function isListedInSitemap(url: string): boolean {
  if (openDataFileUrls.includes(url)) return true;
  const path = new URL(url).pathname;
  return (
    !noindex.some((prefix) => path.startsWith(prefix)) &&
    !isTradeSheet(path) &&
    pageInBothLanguages(path) !== undefined
  );
}

export function withAlternates(item: SitemapItem): SitemapItem {
  const both = pageInBothLanguages(new URL(item.url).pathname);
  return both ? { ...item, links: hreflangLinks(both, SITE_URL) } : item;
}
