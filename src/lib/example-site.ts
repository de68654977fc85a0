/**
 * The public origin when SITE_URL is not set: the sample site. Links made for it (QR codes on
 * print, links in mails) open nothing, so what is printed for a fair warns while it is in use.
 */
export const EXAMPLE_SITE_URL = 'https://ocop.backan.example';

export const isExampleSite = (site: URL | string): boolean =>
  new URL(site).host === new URL(EXAMPLE_SITE_URL).host;
