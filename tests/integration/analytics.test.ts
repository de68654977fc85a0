/**
 * The office's statistics on the real production server (its own Meilisearch, a SQLite file):
 * searches through the API and the search page, clicks by beacon and QR code scans are counted
 * per day and query, fair, medium and product; what looks like an email address or a phone
 * number is never stored; suggestions typed in the header and later pages are not searches; the
 * counts reach the database on a clean stop. The database is read directly, as an operator would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentToday } from '../../src/lib/content/certificate-status.ts';
import { paths } from '../../src/lib/paths.ts';
import { AS_YOU_TYPE_HEADER } from '../../src/lib/search/as-you-type.ts';
import { type RunningSite, startSite } from '../support/production-server.ts';
import { contentProducts, readDatabase } from './enquiries-server.ts';

const product = contentProducts()[0]?.slug as string;
const fair = 'hoi-cho-ocop-ha-noi-2026';
const personal = [
  'an.nguyen@example.vn',
  'lien he an.nguyen@example.vn',
  '0912 345 678',
  '0912.345.678',
  '+84 912 345 678',
  '(024) 3825 1234',
  'mật ong 0987654321',
];

let dataDir: string;
let site: RunningSite;
let tables: { searches: Record<string, unknown>[]; scans: Record<string, unknown>[] };

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${site.url}${path}`, { headers });
  await response.arrayBuffer();
  return response.status;
};
const search = (q: string, more = '', headers: Record<string, string> = {}) =>
  get(`${paths.api.search}?q=${encodeURIComponent(q)}${more}`, headers);
const click = (body: string) =>
  fetch(`${site.url}${paths.api.searchClick}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
const scan = (query: string, slug = product) => get(`${paths.product('vi', slug)}?${query}`);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ocop-analytics-'));
  site = await startSite({}, { dataDir });
  for (const q of personal) {
    expect(await search(q)).toBe(200);
    expect(await get(paths.search('vi', { q }))).toBe(200);
    expect(await click(new URLSearchParams({ q }).toString())).toBe(204);
  }
  // One query however it is typed: accents, case, spacing.
  for (const q of ['Miến dong', 'mien dong', 'MIẾN   DONG']) expect(await search(q)).toBe(200);
  expect(await get(paths.search('vi', { q: 'miến dong' }))).toBe(200);
  expect(await get(paths.search('en', { q: 'miến dong' }))).toBe(200);
  // Not searches: a suggestion while typing, a later page, no query at all.
  expect(await search('miến dong', '', { [AS_YOU_TYPE_HEADER]: '1' })).toBe(200);
  expect(await search('miến dong', '&page=2')).toBe(200);
  expect(await search('', '&group=thuc-pham')).toBe(200);
  for (let i = 0; i < 3; i++) expect(await search('xyzzy quokka')).toBe(200);
  for (let i = 0; i < 2; i++) expect(await click('q=mi%E1%BA%BFn+dong')).toBe(204);

  const fairTags = `utm_source=fair&utm_medium=card&utm_campaign=${fair}`;
  for (let i = 0; i < 3; i++) expect(await scan(fairTags)).toBe(200);
  expect(await scan(`utm_source=fair&utm_medium=label&utm_campaign=${fair}`)).toBe(200);
  expect(await scan('utm_source=trade-sheet&utm_medium=qr')).toBe(200);
  // Not scans: a medium no QR code carries, a product that does not exist, a page that is no product.
  expect(await scan(`utm_source=fair&utm_medium=billboard&utm_campaign=${fair}`)).toBe(200);
  expect(await scan(fairTags, 'no-such-product')).toBe(404);
  expect(await get(`${paths.products('vi')}?${fairTags}`)).toBe(200);

  // A clean stop writes what was counted since the last flush.
  await site.stop();
  const db = readDatabase(dataDir);
  tables = {
    searches: db.prepare('SELECT * FROM search_counts ORDER BY query').all() as Record<string, unknown>[],
    scans: db.prepare('SELECT * FROM scan_counts ORDER BY medium').all() as Record<string, unknown>[],
  };
  db.close();
}, 120_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('searches', () => {
  test('nothing that looks like an email address or a phone number is stored', () => {
    const stored = JSON.stringify(tables);
    expect(stored).not.toContain('@');
    expect(stored).not.toMatch(/\d{3}[\s.]?\d{3}/);
    expect(tables.searches.map((row) => row.query)).toEqual(['mien dong', 'xyzzy quokka']);
  });

  test('counted per day by the query as search folds it, with what found nothing and what was opened', () => {
    expect(tables.searches).toEqual([
      { day: contentToday(), query: 'mien dong', text: 'miến dong', searches: 5, empty: 0, clicks: 2 },
      { day: contentToday(), query: 'xyzzy quokka', text: 'xyzzy quokka', searches: 3, empty: 3, clicks: 0 },
    ]);
  });
});

test('QR code scans are counted per fair, medium and product', () => {
  expect(tables.scans).toEqual([
    { day: contentToday(), fair, medium: 'card', product, scans: 3 },
    { day: contentToday(), fair, medium: 'label', product, scans: 1 },
    { day: contentToday(), fair: '', medium: 'trade-sheet', product, scans: 1 },
  ]);
});

test('a click beacon without a query is refused, and only POST is one', async () => {
  site = await startSite({}, { dataDir });
  try {
    expect(await click('')).toBe(400);
    expect(await click(`q=${'x'.repeat(2000)}`)).toBe(400);
    expect(await get(paths.api.searchClick)).toBe(405);
  } finally {
    await site.stop();
  }
});
