import type { IncomingMessage } from 'node:http';

/**
 * The site redirects slash-less page URLs to their canonical form with a 301, but a redirect
 * turns a POST into a GET and API clients should not have to follow one: the contract URLs
 * (/api/search, /api/enquiries, /admin/login) are served in place instead.
 */
export function serveSlashlessInPlace(req: IncomingMessage): void {
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const isApi = pathname.startsWith('/api/');
  const isWrite = req.method !== 'GET' && req.method !== 'HEAD';
  if ((isApi || isWrite) && !pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname)) {
    req.url = `${pathname}/${queryStart === -1 ? '' : url.slice(queryStart)}`;
  }
}
