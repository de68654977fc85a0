/** The service worker queues offline only the enquiries posted from the site's own pages. */
import { expect, test } from 'vitest';
import { isOwnForm } from '../../src/lib/fairs/sw/enquiries.ts';

const site = 'https://ocop.example.vn';
const post = (referrer: string) =>
  new Request(`${site}/api/enquiries/`, { method: 'POST', body: 'x', referrer });

test('a form or fetch from one of the site’s pages is queued', () => {
  expect(isOwnForm(post(`${site}/san-pham/mien-dong-tai-hoan/`), site)).toBe(true);
});

test('a form on another site, or one that hides where it comes from, is left to the network', () => {
  expect(isOwnForm(post('https://evil.example/form.html'), site)).toBe(false);
  expect(isOwnForm(post(''), site)).toBe(false);
  expect(isOwnForm(post('https://ocop.example.vn.evil.example/'), site)).toBe(false);
});
