/**
 * Leads and the fair report on every storage, against hand-counted fixtures: a lead becomes its
 * enquiries once however often (and however concurrently) it is sent; the report counts scans,
 * leads, enquiries and answers per product and per day of the fair in Vietnam's calendar, a lead's
 * enquiries on the day it was noted, others on the day they came, and only the fair's days and
 * products; the CSV holds the same figures.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Account } from '../../src/lib/auth/account.ts';
import { newReference } from '../../src/lib/enquiries/ids.server.ts';
import type { NewEnquiry, Submission } from '../../src/lib/enquiries/records.ts';
import { fairReportCsv } from '../../src/lib/fairs/leads/report-csv.ts';
import type { LeadService } from '../../src/lib/site-runtime.ts';
import { createClock } from '../../src/server/clock.ts';
import { leadService } from '../../src/server/fairs/leads.ts';
import type { Storage } from '../../src/server/storage/storage.ts';
import { type OpenedStorage, storageKinds } from '../support/storages.ts';

const FAIR = { slug: 'hoi-cho-thu', start: '2026-12-10', end: '2026-12-12', products: ['p1', 'p2', 'p3'] };
const serverFair = { ...FAIR, name: { vi: 'Hội chợ thử', en: 'Test fair' }, city: 'Hà Nội' };
const producerOf: Record<string, string> = { p1: 'htx-a', p2: 'htx-a', p3: 'htx-b', other: 'htx-c' };
const staff: Account = { id: 1, email: 'staff@example.org', role: 'staff', producer: null };

/** One enquiry per producer of the products, as the enquiry path builds them. */
function submission(key: string, products: string[]): Submission {
  const byProducer = Map.groupBy(products, (p) => producerOf[p] ?? p);
  const enquiries: NewEnquiry[] = [...byProducer].map(([producer, mine]) => ({
    id: newReference(),
    producer,
    locale: 'vi',
    name: 'Khách hội chợ',
    phone: '0912 345 678',
    lines: mine.map((product) => ({ product, sample: false })),
  }));
  return {
    key,
    derivedKey: false,
    fingerprint: `print-${products.join()}`,
    submissionId: newReference(),
    trackingHash: `hash-${key}`,
    enquiries,
    mails: [],
  };
}

describe.each(storageKinds)('$name storage', (kind) => {
  let opened: OpenedStorage;
  let storage: Storage;
  let leads: LeadService;
  // The fair's last day, in Vietnam.
  const clock = createClock('2026-12-12');
  const count = async (table: string) =>
    Number((await opened.rows(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

  const lead = (key: string, products: string[], capturedAt?: string) =>
    leads.record(
      { key, fingerprint: `lead-${products.join()}`, fair: FAIR.slug, capturedAt },
      submission(`lead:${key}`, products),
    );
  /** An enquiry sent on the site (no fair) at `at`. */
  const enquiry = async (products: string[], at: string) => {
    const result = await storage.enquiries.submit(submission(`key:${newReference()}`, products), {
      at,
      derivedSince: at,
    });
    if (result.status === 'conflict') throw new Error('conflict');
    return result.receipt.enquiries;
  };
  const answer = (id: string | undefined) =>
    storage.enquiries.setStatus(id ?? '', 'answered', staff, new Date('2026-12-12T08:00:00Z'));

  beforeEach(async () => {
    opened = await kind.open();
    storage = opened.storage;
    leads = leadService({
      store: storage.fairLeads,
      clock,
      submit: (s) =>
        storage.enquiries.submit(s, { at: clock.now().toISOString(), derivedSince: '2000-01-01' }),
      flushScans: async () => {},
    });
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a lead is stored once: replays, concurrent attempts and other content under its key', async () => {
    const attempts = await Promise.all([
      lead('tablet-key-1', ['p1', 'p3']),
      lead('tablet-key-1', ['p1', 'p3']),
    ]);
    expect(attempts.map((a) => a.status).sort()).toEqual(['created', 'replayed']);
    const [first] = attempts;
    if (first?.status === 'conflict' || !first) throw new Error('refused');
    expect(first.receipt.enquiries.map((e) => [e.producer, e.products])).toEqual([
      ['htx-a', ['p1']],
      ['htx-b', ['p3']],
    ]);
    expect(await lead('tablet-key-1', ['p1', 'p3'])).toEqual({ status: 'replayed', receipt: first.receipt });
    expect(await lead('tablet-key-1', ['p2'])).toEqual({ status: 'conflict' });
    expect(await count('enquiries')).toBe(2);
    expect(await count('fair_leads')).toBe(1);
    const { enquiries } = await storage.enquiries.list({}, staff, 1, 10);
    expect(enquiries.map((e) => e.fair)).toEqual([FAIR.slug, FAIR.slug]);
  });

  test('the report against hand-counted figures, and its CSV', async () => {
    // Leads: day 1 (p1, p3: two producers), day 2 at 23:30 in Vietnam (p2), and now, day 3 (p1 and p2, one producer).
    const l1 = await lead('lead-day-1', ['p1', 'p3'], '2026-12-10T03:00:00.000Z');
    await lead('lead-day-2', ['p2'], '2026-12-11T16:30:00.000Z');
    const l3 = await lead('lead-day-3', ['p1', 'p2']);
    await lead('lead-day-1', ['p1', 'p3'], '2026-12-10T03:00:00.000Z');
    if (l1.status === 'conflict' || l3.status === 'conflict') throw new Error('refused');
    // Enquiries on the site: 00:30 on day 1; a minute before the fair; the last second of day 3
    // (p3 and a product not at the fair); after the fair; one about another product only.
    const [u1] = await enquiry(['p1'], '2026-12-09T17:30:00.000Z');
    await enquiry(['p1'], '2026-12-09T16:59:00.000Z');
    await enquiry(['p3', 'other'], '2026-12-12T16:59:59.000Z');
    await enquiry(['p3'], '2026-12-13T01:00:00.000Z');
    await enquiry(['other'], '2026-12-11T02:00:00.000Z');
    // Answered: day 1's lead to the producer of p3, the site's enquiry of day 1, day 3's lead.
    await answer(l1.receipt.enquiries.find((e) => e.producer === 'htx-b')?.id);
    await answer(u1?.id);
    await answer(l3.receipt.enquiries[0]?.id);
    await storage.analytics.addScans([
      { day: '2026-12-10', fair: FAIR.slug, medium: 'card', product: 'p1', scans: 2 },
      { day: '2026-12-10', fair: FAIR.slug, medium: 'label', product: 'p1', scans: 1 },
      { day: '2026-12-11', fair: FAIR.slug, medium: 'card', product: 'p3', scans: 4 },
      { day: '2026-12-11', fair: FAIR.slug, medium: 'catalogue', product: 'p4', scans: 2 },
      { day: '2026-12-12', fair: FAIR.slug, medium: 'kiosk', product: 'p2', scans: 1 },
      { day: '2026-12-09', fair: FAIR.slug, medium: 'card', product: 'p1', scans: 5 },
      { day: '2026-12-10', fair: 'another-fair', medium: 'card', product: 'p1', scans: 7 },
    ]);

    const report = await leads.report(serverFair);
    const c = (scans: number, leadCount: number, enquiries: number, answered: number) => ({
      scans,
      leads: leadCount,
      enquiries,
      answered,
    });
    expect(report.days).toEqual(['2026-12-10', '2026-12-11', '2026-12-12']);
    // Scanned on the fair's material, though not on its list: shown after the booth's products.
    expect(report.products).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(report.cells).toEqual({
      '2026-12-10': { p1: c(3, 1, 2, 1), p2: c(0, 0, 0, 0), p3: c(0, 1, 1, 1), p4: c(0, 0, 0, 0) },
      '2026-12-11': { p1: c(0, 0, 0, 0), p2: c(0, 1, 1, 0), p3: c(4, 0, 0, 0), p4: c(2, 0, 0, 0) },
      '2026-12-12': { p1: c(0, 1, 1, 1), p2: c(1, 1, 1, 1), p3: c(0, 0, 1, 0), p4: c(0, 0, 0, 0) },
    });
    expect(report.byProduct).toEqual({
      p1: c(3, 2, 3, 2),
      p2: c(1, 2, 2, 1),
      p3: c(4, 1, 2, 1),
      p4: c(2, 0, 0, 0),
    });
    // A lead or an enquiry about two products counts once in a total.
    expect(report.byDay).toEqual({
      '2026-12-10': c(3, 1, 3, 2),
      '2026-12-11': c(6, 1, 1, 0),
      '2026-12-12': c(1, 1, 2, 1),
    });
    expect(report.total).toEqual(c(10, 3, 6, 3));

    const csv = fairReportCsv(report, (slug) => `Sản phẩm ${slug}`);
    expect(
      csv.startsWith('\uFEFF"day","product_slug","product","scans","leads","enquiries","answered"\r\n'),
    ).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows).toHaveLength(1 + 3 * 5 + 4 + 1);
    expect(rows).toContain('"2026-12-10","p1","Sản phẩm p1","3","1","2","1"');
    expect(rows).toContain('"2026-12-11","","total","6","1","1","0"');
    expect(rows).toContain('"all","p3","Sản phẩm p3","4","1","2","1"');
    expect(rows.at(-1)).toBe('"all","","total","10","3","6","3"');
  });
});
