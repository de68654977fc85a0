/**
 * What the sitemap lists (@astrojs/sitemap's filter) and the language alternates of each entry
 * (its serialize): every page a search engine may index, each with its twin in the other language.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { pageInBothLanguages, paths } from '../paths.ts';
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

/**
 * Listed: the pages in both languages, less the noindex ones above. Pages in one language only
 * (the inbox, a fair's kiosk and print pages) are noindex too.
 */
export function isListedInSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  return !noindex.some((prefix) => path.startsWith(prefix)) && pageInBothLanguages(path) !== undefined;
}

export function withAlternates(item: SitemapItem): SitemapItem {
  const both = pageInBothLanguages(new URL(item.url).pathname);
  return both ? { ...item, links: hreflangLinks(both, SITE_URL) } : item;
}
