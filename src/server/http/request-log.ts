/**
 * What the request log may say of a URL: its path, without the query (a search can hold a phone
 * number), and with private links' tokens replaced, so the log holds nothing that opens a page.
 */
const privateSegments = /^(\/(?:en\/track|theo-doi)\/)[^/]+/;

export function requestLogPath(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path.replace(privateSegments, '$1…');
}
