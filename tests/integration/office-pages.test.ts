/**
 * The office's pages on the real server, on the build's day (OCOP_TODAY): staff see what is
 * expiring, expired and revoked (filtered and sorted without JavaScript, and as CSV), what is
 * left to complete and what is due for a check; a producer account and a visitor without a
 * session see none of it, nor the CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../scripts/lib/production-server.ts';
import { addDays, certificateStatus } from '../../src/lib/content/certificate-status.ts';
import {
  type ServerCatalogueData,
  type ServerProduct,
  serverCatalogue,
} from '../../src/lib/content/server-catalogue.ts';
import { officeText } from '../../src/lib/i18n/office.ts';
import { paths } from '../../src/lib/paths.ts';
import { addUser, type RunningServer, InboxSession as Session, startServer } from './enquiries-server.ts';

const catalogue = serverCatalogue(
  JSON.parse(readFileSync(join(projectRoot, 'dist', 'server-catalogue.json'), 'utf8')) as ServerCatalogueData,
);
// The build's own day: the pages it serves hold for it, whatever day the tests run.
const TODAY = catalogue.builtFor;
const statusOf = (p: ServerProduct) =>
  certificateStatus(p.certificates.at(-1) as ServerProduct['certificates'][0], TODAY);
const withStatus = (status: string) => catalogue.products.filter((p) => statusOf(p) === status);
const listed = catalogue.products.filter((p) => statusOf(p) !== 'valid');
const text = officeText.vi;
const officePages = [paths.admin.certificates, paths.admin.toComplete, paths.admin.confirmedOn];

const password = { staff: 'staff password 2026', producer: 'producer password 2026' };
let server: RunningServer;
let staff: Session;
let producer: Session;

/** The products of the certificates page's table, in its order, with their status and date. */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr data-product="([^"]+)" data-status="([^"]+)">.*?<time datetime="([^"]+)"/gs)].map(
    ([, slug, status, date]) => ({ slug: slug as string, status, date: date as string }),
  );

beforeAll(async () => {
  server = await startServer({ env: { OCOP_TODAY: TODAY } });
  addUser(server.dataDir, 'staff@example.org', password.staff, 'staff');
  addUser(
    server.dataDir,
    'coop@example.org',
    password.producer,
    'producer',
    catalogue.products[0]?.producer.slug,
  );
  staff = new Session(server);
  expect((await staff.login('staff@example.org', password.staff)).status).toBe(303);
  producer = new Session(server);
  expect((await producer.login('coop@example.org', password.producer)).status).toBe(303);
});
afterAll(async () => {
  await server?.stop();
});

describe('the certificates page', () => {
  test('lists every expiring, expired and revoked product on the day, soonest first, and no valid one', async () => {
    for (const status of ['expiring', 'expired', 'revoked'])
      expect(withStatus(status).length).toBeGreaterThan(0);
    const response = await staff.get(paths.admin.certificates);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<h1>${text.certificates.title}</h1>`);
    // This server has no SMTP: the page says no reminder goes.
    expect(html).toContain(text.certificates.noMail);
    const rows = rowsOf(html);
    expect(rows.map((r) => r.slug).sort()).toEqual(listed.map((p) => p.slug).sort());
    for (const row of rows) expect(row.status).toBe(statusOf(catalogue.product(row.slug) as ServerProduct));
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    // An expiring product's row gives the day it ends and its producer's contacts.
    const expiring = withStatus('expiring')[0] as ServerProduct;
    const email = catalogue.producer(expiring.producer.slug)?.contacts.email;
    expect(rows.find((r) => r.slug === expiring.slug)?.date).toBe(expiring.certificates.at(-1)?.expiresOn);
    if (email) expect(html).toContain(`mailto:${email}`);
  });

  test('filters by status, former district and group, and sorts the other way, with plain GET links', async () => {
    const expired = rowsOf(await (await staff.get(`${paths.admin.certificates}?status=expired`)).text());
    expect(expired.map((r) => r.slug).sort()).toEqual(
      withStatus('expired')
        .map((p) => p.slug)
        .sort(),
    );

    const district = catalogue.producer(listed[0]?.producer.slug ?? '')?.place.formerDistrictSlug as string;
    const inDistrict = listed.filter(
      (p) => catalogue.producer(p.producer.slug)?.place.formerDistrictSlug === district,
    );
    const byDistrict = rowsOf(
      await (await staff.get(`${paths.admin.certificates}?district=${district}`)).text(),
    );
    expect(byDistrict.map((r) => r.slug).sort()).toEqual(inDistrict.map((p) => p.slug).sort());
    expect(byDistrict.length).toBeLessThan(listed.length);

    const group = listed[0]?.group as string;
    const html = await (await staff.get(`${paths.admin.certificates}?group=${group}&order=-date`)).text();
    const byGroup = rowsOf(html);
    expect(byGroup.map((r) => r.slug).sort()).toEqual(
      listed
        .filter((p) => p.group === group)
        .map((p) => p.slug)
        .sort(),
    );
    const dates = byGroup.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // The date column's link sorts back, keeping the filter.
    expect(html).toContain(`href="?group=${group}"`);
  });

  test('in English for a browser that asks for it', async () => {
    const response = await fetch(`${server.url}${paths.admin.certificates}`, {
      headers: { cookie: staff.cookie, 'accept-language': 'en' },
    });
    const html = await response.text();
    expect(html).toContain(`<h1>${officeText.en.certificates.title}</h1>`);
    expect(html).toContain(officeText.en.certificates.exportCsv);
  });

  test('a filter value that names nothing is ignored, never an error', async () => {
    const response = await staff.get(
      `${paths.admin.certificates}?status=%3Cscript%3E&district=x&group=&order=up`,
    );
    expect(response.status).toBe(200);
    expect(rowsOf(await response.text())).toHaveLength(listed.length);
  });

  test('exports the same rows as CSV, UTF-8 with a BOM, every cell quoted', async () => {
    const response = await staff.get(`${paths.admin.certificatesCsv}?status=revoked`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="certificates-${TODAY}.csv"`,
    );
    const csv = await response.text();
    expect(csv.startsWith('\uFEFF"product","product_slug",')).toBe(true);
    const lines = csv.trim().split('\r\n').slice(1);
    expect(lines.map((line) => line.split('","')[1]).sort()).toEqual(
      withStatus('revoked')
        .map((p) => p.slug)
        .sort(),
    );
    for (const line of lines) expect(line).toMatch(/^".*"$/);
  });
});

describe('to complete and confirmed on', () => {
  test('"confirmed on" lists contacts and trade data confirmed over 12 months ago, oldest first, and not recent ones', async () => {
    const html = await (await staff.get(paths.admin.confirmedOn)).text();
    expect(html).toContain(`<h1>${text.confirmedOn.title}</h1>`);
    const stale = catalogue.products.find(
      (p) => p.tradeConfirmedOn && p.tradeConfirmedOn < addDays(TODAY, -400),
    );
    const fresh = catalogue.products.find(
      (p) => p.tradeConfirmedOn && p.tradeConfirmedOn > addDays(TODAY, -300),
    );
    const staleProducer = catalogue.producers.find(
      (p) => p.contacts.confirmedOn && p.contacts.confirmedOn < addDays(TODAY, -400),
    );
    expect(stale && fresh && staleProducer).toBeTruthy();
    expect(html).toContain(`data-product="${stale?.slug}"`);
    expect(html).not.toContain(`data-product="${fresh?.slug}"`);
    expect(html).toContain(`data-producer="${staleProducer?.slug}"`);
  });

  test('the certificates page shows the contacts nobody has confirmed for a year too: what goes stale, on one page', async () => {
    const html = await (await staff.get(paths.admin.certificates)).text();
    const staleProducer = catalogue.producers.find(
      (p) => p.contacts.confirmedOn && p.contacts.confirmedOn < addDays(TODAY, -400),
    );
    const freshProducer = catalogue.producers.find(
      (p) => p.contacts.confirmedOn && p.contacts.confirmedOn > addDays(TODAY, -300),
    );
    expect(staleProducer && freshProducer).toBeTruthy();
    expect(html).toContain(`${text.confirmedOn.producers} (`);
    expect(html).toContain(`data-producer="${staleProducer?.slug}"`);
    expect(html).not.toContain(`data-producer="${freshProducer?.slug}"`);
  });

  test('"to complete" answers staff', async () => {
    const response = await staff.get(paths.admin.toComplete);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<h1>${text.toComplete.title}</h1>`);
  });

  test('the admin home links the office pages for staff only', async () => {
    const home = await (await staff.get(paths.admin.home)).text();
    for (const path of officePages) expect(home).toContain(`href="${path}"`);
    const producerHome = await (await producer.get(paths.admin.home)).text();
    for (const path of officePages) expect(producerHome).not.toContain(`href="${path}"`);
  });
});

describe('who may see them', () => {
  test('a producer account is told they are for staff (403), the CSV included', async () => {
    for (const path of [...officePages, paths.admin.certificatesCsv]) {
      const response = await producer.get(path);
      expect(response.status, path).toBe(403);
      const body = await response.text();
      expect(body).toContain(text.staffOnly);
      expect(body).not.toContain('data-product=');
      expect(body).not.toContain('"product_slug"');
    }
  });

  test('without a session: the pages go to sign-in, the CSV is refused', async () => {
    const anonymous = new Session(server);
    for (const path of officePages) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toContain(`${paths.admin.login}?next=`);
    }
    expect((await anonymous.get(paths.admin.certificatesCsv)).status).toBe(401);
  });
});
