/**
 * The open data files as the real production server serves them from the last build: headers
 * (types, caching, the security headers), the files against the build's catalogue, the JSON
 * against the schema it links to, the Atom feed; then, with the same build, a server told it is
 * the day after a certificate's expiry (OCOP_TODAY) says so in every file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProductionServer, startProductionServer } from '../../scripts/lib/production-server.ts';
import {
  addDays,
  certificateStatus,
  contentToday,
  isCurrent,
  statusOn,
} from '../../src/lib/content/certificate-status.ts';
import { type ServerCatalogueData, serverCatalogue } from '../../src/lib/content/server-catalogue.ts';
import { SERVER_CATALOGUE_FILE } from '../../src/lib/content/server-catalogue-file.ts';
import { FEED_ENTRIES } from '../../src/lib/open-data/feed.ts';
import { paths } from '../../src/lib/paths.ts';
import { parseAtom, parseCsv, schemaValidator } from '../support/open-data.ts';

const catalogue = serverCatalogue(
  JSON.parse(readFileSync(join(process.cwd(), 'dist', SERVER_CATALOGUE_FILE), 'utf8')) as ServerCatalogueData,
);
const files = paths.openDataFiles;
const today = contentToday();

// The certificate that ends next after today (and is not revoked): the server is moved past it.
const next = catalogue.products
  .filter((p) => {
    const current = p.certificates.at(-1);
    return current && !current.revoked && current.expiresOn > today;
  })
  .sort((a, b) =>
    (a.certificates.at(-1)?.expiresOn ?? '').localeCompare(b.certificates.at(-1)?.expiresOn ?? ''),
  )[0];
if (!next) throw new Error('no certificate in the sample ends after today');
const nextCertificate = next.certificates.at(-1);
if (!nextCertificate) throw new Error('unreachable: the product has a certificate');
const dayAfterExpiry = addDays(nextCertificate.expiresOn, 1);

let server: ProductionServer;
let later: ProductionServer;

beforeAll(async () => {
  [server, later] = await Promise.all([
    startProductionServer({ search: 'none' }),
    startProductionServer({ search: 'none', env: { OCOP_TODAY: dayAfterExpiry } }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), later?.stop()]);
});

const get = (origin: string, path: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { headers });
const bytes = async (origin: string, path: string) =>
  new Uint8Array(await (await get(origin, path)).arrayBuffer());
const json = async (origin: string, path: string) => (await get(origin, path)).json();

describe('how the files are served', () => {
  it.each([
    [files.productsCsv, 'text/csv; charset=utf-8'],
    [files.producersCsv, 'text/csv; charset=utf-8'],
    [files.productsJson, 'application/json; charset=utf-8'],
    [files.producersJson, 'application/json; charset=utf-8'],
    [files.certificateFeed, 'application/atom+xml; charset=utf-8'],
  ])(
    '%s: %s, cached briefly, validated by ETag, open to other origins, with the security headers',
    async (path, type) => {
      const response = await get(server.url, path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('strict-transport-security')).toBeTruthy();
      await response.arrayBuffer();
      const etag = response.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(server.url, path, { 'If-None-Match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      // Another day's statuses are another file.
      const otherDay = await get(later.url, path, { 'If-None-Match': etag });
      expect(otherDay.status).toBe(200);
      await otherDay.arrayBuffer();
    },
  );

  it('gzips a file for readers that accept it, each representation with its own ETag', async () => {
    const zipped = await get(server.url, files.productsCsv, { 'Accept-Encoding': 'gzip' });
    const plain = await get(server.url, files.productsCsv, { 'Accept-Encoding': 'identity' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(zipped.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    // fetch inflates the gzipped body: both are the same file.
    expect(await zipped.text()).toBe(await plain.text());
  });

  it('answers HEAD without a body, and an unknown file with a 404', async () => {
    const head = await fetch(`${server.url}${files.productsCsv}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(server.url, '/du-lieu-mo/khong-co.csv')).status).toBe(404);
  });
});

describe('the files against the build’s catalogue, on the server’s today', () => {
  it('has every product in the CSV, the named one with its certificate, group and place', async () => {
    const rows = await parseCsv(await bytes(server.url, files.productsCsv));
    expect(rows).toHaveLength(catalogue.products.length);
    const row = rows.find((r) => r.slug === next.slug);
    const producer = catalogue.producer(next.producer.slug);
    expect(row).toMatchObject({
      name_vi: next.name.vi,
      producer_slug: next.producer.slug,
      group: next.group,
      sub_group: next.subGroup,
      status: statusOn({ expiresOn: nextCertificate.expiresOn }, today),
      stars: String(nextCertificate.stars),
      certificate_score: String(nextCertificate.score),
      certificate_decision: nextCertificate.decision,
      certificate_date: nextCertificate.decisionDate,
      certificate_issuer: nextCertificate.issuedBy,
      certificate_expires_on: nextCertificate.expiresOn,
      status_on: today,
      commune_2025: `${producer?.place.newKind} ${producer?.place.newUnit}`,
    });
  });

  it('has every product and producer in the JSON, valid against the schema each file links to', async () => {
    for (const [path, key, count] of [
      [files.productsJson, 'products', catalogue.products.length],
      [files.producersJson, 'producers', catalogue.producers.length],
    ] as const) {
      const file = await json(server.url, path);
      expect(file[key]).toHaveLength(count);
      expect(file.statuses_on).toBe(today);
      const schemaPath = new URL(file.$schema).pathname;
      expect([files.productsSchema, files.producersSchema]).toContain(schemaPath);
      const schema = await json(server.url, schemaPath);
      expect(schemaValidator(schema)(file), path).toEqual([]);
    }
  });

  it('has every producer in the CSV with its products', async () => {
    const rows = await parseCsv(await bytes(server.url, files.producersCsv));
    expect(rows).toHaveLength(catalogue.producers.length);
    const row = rows.find((r) => r.slug === next.producer.slug);
    expect(row?.products?.split('; ')).toEqual(catalogue.productsOf(next.producer.slug).map((p) => p.slug));
  });

  it('has an Atom feed of certificate changes, newest first', async () => {
    const feed = parseAtom(await (await get(server.url, files.certificateFeed)).text());
    expect(feed.entries.length).toBeGreaterThan(10);
    expect(feed.entries.length).toBeLessThanOrEqual(FEED_ENTRIES);
    const updated = feed.entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
    expect((updated[0] ?? '').slice(0, 10) <= today).toBe(true);
  });
});

describe(`the day after a certificate’s expiry (OCOP_TODAY), with the same build`, () => {
  it('lists the product as expired, without stars, in the CSV and the JSON', async () => {
    const expected = { status: 'expired', status_date: nextCertificate.expiresOn, status_on: dayAfterExpiry };
    const rows = await parseCsv(await bytes(later.url, files.productsCsv));
    expect(rows.find((r) => r.slug === next.slug)).toMatchObject({ ...expected, stars: '' });
    const file = await json(later.url, files.productsJson);
    expect(file.statuses_on).toBe(dayAfterExpiry);
    expect(file.products.find((p: { slug: string }) => p.slug === next.slug)).toMatchObject({
      ...expected,
      stars: null,
      certificate_stars: nextCertificate.stars,
    });
  });

  it('counts it out of its producer’s current products', async () => {
    const served = async (origin: string) =>
      (
        (await json(origin, files.producersJson)).producers as { slug: string; products_certified: number }[]
      ).find((p) => p.slug === next.producer.slug)?.products_certified;
    const current = (day: string) =>
      catalogue
        .productsOf(next.producer.slug)
        .filter((p) => isCurrent(certificateStatus(p.certificates.at(-1) ?? nextCertificate, day))).length;
    expect(await served(server.url)).toBe(current(today));
    expect(await served(later.url)).toBe(current(dayAfterExpiry));
    expect(current(dayAfterExpiry)).toBeLessThan(current(today));
  });

  it('puts its expiry at the top of the feed', async () => {
    const feed = parseAtom(await (await get(later.url, files.certificateFeed)).text());
    const expiry = feed.entries.findIndex((e) =>
      e.id.endsWith(`/${next.slug}/#chung-nhan-${nextCertificate.expiresOn}-expired`),
    );
    expect(expiry).toBeGreaterThanOrEqual(0);
    // Only changes of the day after (none in the sample's decisions, other expiries at most) come before it.
    expect(
      feed.entries
        .slice(0, expiry)
        .every(
          (e) => e.updated.startsWith(dayAfterExpiry) || e.updated.startsWith(nextCertificate.expiresOn),
        ),
    ).toBe(true);
    expect(feed.entries[expiry]).toMatchObject({ categories: ['expired'] });
  });
});
