import { EXAMPLE_SITE_URL } from './example-site.ts';

/** Public origin of the site: canonical URLs, sitemap, Open Graph and QR codes point here. */
export const SITE_URL = process.env.SITE_URL ?? EXAMPLE_SITE_URL;

/**
 * Every value that no public source gives (prices, minimum orders, capacities, contacts) is
 * illustrative while this flag is on, and every page says so in its footer.
 */
export const SAMPLE_DATASET = true;
