/**
 * What the office's statistics keep of a search or a request: the query folded as search folds
 * it, nothing that looks personal, scans recognised from the QR codes' own links, concept entries
 * the build accepts once completed, and the periods and retention in calendar days.
 */
import { describe, expect, it } from 'vitest';
import { conceptLine } from '../../src/lib/analytics/concept-line.ts';
import { parsePeriod, periodRange, retainedFrom } from '../../src/lib/analytics/records.ts';
import { scanOf } from '../../src/lib/analytics/scan.ts';
import { countedQuery, looksPersonal } from '../../src/lib/analytics/search-query.ts';
import { conceptSchema } from '../../src/lib/content/schemas/concept.ts';
import { fairProductUrl } from '../../src/lib/fairs/fair-link.ts';
import { paths } from '../../src/lib/paths.ts';
import { taggedUrl, tradeSheetCampaign } from '../../src/lib/seo/campaign.ts';

describe('a counted query', () => {
  it('is folded as search folds it, and shown as typed', () => {
    for (const typed of ['Trà thảo dược', 'tra thao duoc', '  TRÀ   thảo  dược ', 'trà tha\u0309o dược'])
      expect(countedQuery(typed)?.key).toBe('tra thao duoc');
    expect(countedQuery('Trà  Thảo dược')?.text).toBe('trà thảo dược');
    expect(countedQuery('   ')).toBeUndefined();
  });

  it('is not kept when it holds an email address or a phone number', () => {
    for (const typed of [
      'an.nguyen@example.vn',
      'gửi cho an@gmail.com',
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '0912-345-678',
      '+84 912 345 678',
      '84912345678',
      '(024) 3825 1234',
      'mật ong 0987 654 321',
    ]) {
      expect(looksPersonal(typed), typed).toBe(true);
      expect(countedQuery(typed), typed).toBeUndefined();
    }
  });

  it('keeps queries with a few digits: stars, weights, years', () => {
    for (const typed of ['5 sao', 'miến dong 500 g', 'hội chợ 2026', 'gạo 25 kg 2026']) {
      expect(looksPersonal(typed), typed).toBe(false);
    }
  });
});

describe('a QR code scan', () => {
  const site = 'https://ocop.example.vn';
  const path = (url: string) => url.slice(site.length);

  it('is read from the links the fair material and trade sheets carry', () => {
    for (const medium of ['kiosk', 'card', 'label', 'catalogue'] as const)
      expect(scanOf(path(fairProductUrl('mien-dong-tai-hoan', 'hoi-cho-2026', medium, site)))).toEqual({
        fair: 'hoi-cho-2026',
        medium,
        product: 'mien-dong-tai-hoan',
      });
    const sheet = taggedUrl(paths.product('en', 'mien-dong-tai-hoan'), tradeSheetCampaign, site);
    expect(scanOf(path(sheet))).toEqual({ fair: '', medium: 'trade-sheet', product: 'mien-dong-tai-hoan' });
  });

  it('is nothing for other pages, other tags or untagged product pages', () => {
    const tags = 'utm_source=fair&utm_medium=card&utm_campaign=hoi-cho-2026';
    expect(scanOf('/san-pham/mien-dong-tai-hoan/')).toBeUndefined();
    expect(scanOf(`/san-pham/?${tags}`)).toBeUndefined();
    expect(scanOf(`/san-pham/nhom/?${tags}`)).toBeUndefined();
    expect(scanOf(`/chu-the/htx/?${tags}`)).toBeUndefined();
    expect(
      scanOf('/san-pham/x/?utm_source=fair&utm_medium=poster&utm_campaign=hoi-cho-2026'),
    ).toBeUndefined();
    expect(scanOf('/san-pham/x/?utm_source=fair&utm_medium=card&utm_campaign=<b>')).toBeUndefined();
    expect(scanOf('/san-pham/x/?utm_source=newsletter&utm_medium=email')).toBeUndefined();
  });
});

describe('a concept entry for a query that found nothing', () => {
  const schema = conceptSchema({ subGroups: new Set(['III.1.a']) });
  const entry = (line: string) => JSON.parse(line.replace(/,$/, '')) as Record<string, unknown>;

  it('is one line of JSON with its comma, refused by the build until a person completes it', () => {
    const line = conceptLine('trà "thảo" dược');
    expect(line).toBe(
      '{ "id": "tra-thao-duoc", "terms": { "vi": ["trà \\"thảo\\" dược"], "en": [] }, "codes": [] },',
    );
    expect(schema.safeParse(entry(line)).success).toBe(false);
    const completed = {
      ...entry(line),
      terms: { vi: ['trà "thảo" dược'], en: ['herbal tea'] },
      codes: ['III'],
    };
    expect(schema.parse(completed)).toMatchObject({ id: 'tra-thao-duoc', codes: ['III'] });
  });
});

describe('periods and retention', () => {
  it('counts whole calendar days up to today', () => {
    expect(periodRange('2026-03-02', 7)).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(periodRange('2026-03-02', 90)).toEqual({ from: '2025-12-03', to: '2026-03-02' });
    expect(parsePeriod('90')).toBe(90);
    expect(parsePeriod('8')).toBe(30);
    expect(parsePeriod(null)).toBe(30);
  });

  it('keeps 13 months', () => {
    expect(retainedFrom('2026-12-05')).toBe('2025-11-05');
  });
});
