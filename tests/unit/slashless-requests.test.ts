import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serveSlashlessInPlace } from '../../src/server/http/slashless-requests.ts';

const rewrite = (method: string, url: string) => {
  const req = { method, url } as IncomingMessage;
  serveSlashlessInPlace(req);
  return req.url;
};

describe('contract URLs without a trailing slash', () => {
  it('serves API calls in place, keeping the query', () => {
    expect(rewrite('GET', '/api/search?q=mien&page=2')).toBe('/api/search/?q=mien&page=2');
    expect(rewrite('POST', '/api/enquiries')).toBe('/api/enquiries/');
  });

  it('serves form posts in place instead of a redirect that would drop the body', () => {
    expect(rewrite('POST', '/admin/login')).toBe('/admin/login/');
  });

  it('leaves page visits to the canonical redirect, and files and slashed URLs alone', () => {
    expect(rewrite('GET', '/san-pham')).toBe('/san-pham');
    expect(rewrite('GET', '/admin/enquiries.csv')).toBe('/admin/enquiries.csv');
    expect(rewrite('POST', '/api/enquiries/')).toBe('/api/enquiries/');
  });
});
