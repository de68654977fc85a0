/** The service worker queues offline only the enquiries and leads posted from the site's own pages. */
import { expect, test } from 'vitest';
import { isLeadPath, isOwnForm } from '../../src/lib/fairs/sw/enquiries.ts';

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

test("a fair's lead form is queued like an enquiry; other admin posts are not", () => {
  expect(isLeadPath('/admin/fairs/hoi-cho-ocop-ha-noi-2026/leads/new/')).toBe(true);
  expect(isLeadPath('/admin/fairs/hoi-cho-ocop-ha-noi-2026/leads/new')).toBe(true);
  expect(isLeadPath('/admin/fairs//leads/new/')).toBe(false);
  expect(isLeadPath('/admin/fairs/a/b/leads/new/')).toBe(false);
  expect(isLeadPath('/admin/fairs/hoi-cho/report/')).toBe(false);
  expect(isLeadPath('/admin/enquiries/E-1/')).toBe(false);
});
