/**
 * The office's lists (src/lib/office/): certificates by status on the day with their reminders,
 * filters read from a query string, the CSV export, what is left to complete, what is due for a check.
 */
import { describe, expect, test } from 'vitest';
import type { SentReminder } from '../../src/lib/content/reminders.ts';
import {
  type ServerCatalogueData,
  type ServerProducer,
  type ServerProduct,
  serverCatalogue,
} from '../../src/lib/content/server-catalogue.ts';
import {
  certificateRows,
  certificatesQuery,
  parseCertificatesFilter,
} from '../../src/lib/office/certificates.ts';
import { certificatesCsv } from '../../src/lib/office/certificates-csv.ts';
import { confirmationsDue, entriesToComplete } from '../../src/lib/office/stale-facts.ts';

const TODAY = '2026-12-05';

const producer = (slug: string, district: string, over: Partial<ServerProducer> = {}): ServerProducer => ({
  slug,
  name: { vi: `HTX ${slug}` },
  type: 'hop-tac-xa',
  place: { newKind: 'xã', newUnit: 'Na Rì', formerDistrict: district, formerDistrictSlug: district as never },
  contacts: { phone: '0900 000 001', email: `${slug}@example.vn`, confirmedOn: '2026-01-10' },
  toComplete: [],
  ...over,
});

const product = (
  slug: string,
  producerSlug: string,
  certificate: { decisionDate: string; expiresOn: string; revoked?: { date: string; decision: string } },
  over: Partial<ServerProduct> = {},
): ServerProduct => ({
  slug,
  name: { vi: slug },
  producer: { slug: producerSlug, name: { vi: `HTX ${producerSlug}` } },
  orderUnit: 'kg',
  samples: false,
  group: 'I',
  subGroup: 'I.1.a',
  certificates: [
    {
      stars: 3,
      score: 60,
      decision: '123/QĐ-UBND',
      issuedBy: 'UBND tỉnh Bắc Kạn',
      criteria: 'QD148',
      kind: 'new',
      ...certificate,
    },
  ],
  certifications: [],
  toComplete: [],
  tradeConfirmedOn: '2026-02-01',
  ...over,
});

/** Created by the importer: no story nor photos yet, and trade data nobody has confirmed. */
const { tradeConfirmedOn: _, ...imported } = product(
  '=HYPERLINK("http://evil")',
  'pac-nam',
  { decisionDate: '2024-03-01', expiresOn: '2027-03-01', revoked: { date: '2026-10-01', decision: '9/QĐ' } },
  { toComplete: ['story', 'photos'] },
);

const data: ServerCatalogueData = {
  builtFor: TODAY,
  fairs: [],
  groups: [
    { id: 'I', numeral: 'I', name: { vi: 'Thực phẩm' }, subGroups: [] },
    { id: 'II', numeral: 'II', name: { vi: 'Đồ uống' }, subGroups: [] },
  ],
  producers: [
    producer('na-ri', 'na-ri'),
    producer('pac-nam', 'pac-nam', { contacts: { phone: '0900 000 002', confirmedOn: '2024-05-01' } }),
  ],
  products: [
    product('valid', 'na-ri', { decisionDate: '2025-01-01', expiresOn: '2028-01-01' }),
    product('expiring', 'na-ri', { decisionDate: '2024-01-20', expiresOn: '2027-01-20' }),
    product('expired', 'pac-nam', { decisionDate: '2021-06-01', expiresOn: '2024-06-01' }, { group: 'II' }),
    imported,
  ],
};
const catalogue = serverCatalogue(data);
const sent: SentReminder[] = [
  { product: 'expiring', expiresOn: '2027-01-20', milestone: '90-days', sentAt: '2026-10-22T00:05:00.000Z' },
  // A reminder of an earlier certificate of the product is not this one's.
  { product: 'expiring', expiresOn: '2024-01-20', milestone: 'expiry', sentAt: '2024-01-20T00:05:00.000Z' },
];
const slugs = (rows: { product: { slug: string } }[]) => rows.map((r) => r.product.slug);
const filter = (query: string) => parseCertificatesFilter(new URLSearchParams(query), data.groups);

describe('the certificates list', () => {
  test('expiring, expired and revoked on the day, by the day their status refers to, with their own reminders', () => {
    const rows = certificateRows(catalogue, TODAY, sent, filter(''));
    expect(rows.map((r) => [r.product.slug, r.status, r.date])).toEqual([
      ['expired', 'expired', '2024-06-01'],
      ['=HYPERLINK("http://evil")', 'revoked', '2026-10-01'],
      ['expiring', 'expiring', '2027-01-20'],
    ]);
    expect(rows[2]?.reminders.map((r) => r.milestone)).toEqual(['90-days']);
    expect(slugs(certificateRows(catalogue, TODAY, sent, filter('order=-date')))).toEqual([
      'expiring',
      '=HYPERLINK("http://evil")',
      'expired',
    ]);
  });

  test('filters by status, former district and group; values that name nothing are left out', () => {
    expect(slugs(certificateRows(catalogue, TODAY, sent, filter('status=expiring')))).toEqual(['expiring']);
    expect(slugs(certificateRows(catalogue, TODAY, sent, filter('district=na-ri')))).toEqual(['expiring']);
    expect(slugs(certificateRows(catalogue, TODAY, sent, filter('group=II')))).toEqual(['expired']);
    expect(filter('status=valid&district=hanoi&group=IX&order=up')).toEqual({ order: 'date' });
    expect(certificatesQuery(filter('group=II&district=na-ri&order=date'))).toBe('?district=na-ri&group=II');
    expect(certificatesQuery(filter('order=-date'))).toBe('?order=-date');
  });

  test('the CSV: a BOM, every cell quoted, formulas neutralised, contacts and reminders', () => {
    const csv = certificatesCsv(certificateRows(catalogue, TODAY, sent, filter('')));
    expect(csv.startsWith('\uFEFF"product","product_slug","producer","status",')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)","'=HYPERLINK/);
    expect(lines[3]).toContain('"na-ri@example.vn"');
    expect(lines[3]).toContain('"90-days 2026-10-22"');
    expect(lines).toHaveLength(5);
  });
});

describe('to complete and due for a check', () => {
  test('entries still lacking details', () => {
    expect(entriesToComplete(catalogue).products.map((p) => p.slug)).toEqual(['=HYPERLINK("http://evil")']);
    expect(entriesToComplete(catalogue).producers).toEqual([]);
  });

  test('contacts and trade data confirmed over 12 months ago or never, never first, then the oldest', () => {
    const due = confirmationsDue(catalogue, TODAY);
    expect(due.producers.map((d) => [d.entry.slug, d.confirmedOn])).toEqual([['pac-nam', '2024-05-01']]);
    expect(confirmationsDue(catalogue, '2027-01-11').producers.map((d) => d.entry.slug)).toEqual([
      'pac-nam',
      'na-ri',
    ]);
    // It has trade data (only its story and photos are missing), never confirmed.
    expect(due.products.map((d) => [d.entry.slug, d.confirmedOn])).toEqual([
      ['=HYPERLINK("http://evil")', undefined],
    ]);
  });
});
