import { describe, expect, it } from 'vitest';
import type { ProductView } from '../../src/lib/content/catalogue.ts';
import type { CertificateStatus } from '../../src/lib/content/certificate-status.ts';
import {
  countMatching,
  listingOrder,
  listingPages,
  listingParam,
  listingPath,
  PAGE_SIZE,
} from '../../src/lib/content/listings.ts';
import { relatedProducts } from '../../src/lib/content/related.ts';

interface Fake {
  stars?: number;
  status?: CertificateStatus;
  group?: string;
  subGroup?: string;
  district?: string;
  producer?: string;
}

/** Just the fields listings read; the rest of a ProductView does not matter here. */
const view = (slug: string, f: Fake = {}) =>
  ({
    slug,
    stars: f.stars ?? 3,
    certificate: { status: f.status ?? 'valid' },
    group: { id: f.group ?? 'thuc-pham' },
    subGroup: { code: f.subGroup ?? 'I.3.c' },
    area: { formerDistrictSlug: f.district ?? 'na-ri' },
    producer: { id: f.producer ?? 'htx-a' },
  }) as unknown as ProductView;

const groups = [{ id: 'thuc-pham' }, { id: 'do-uong' }] as Parameters<typeof listingPages>[0]['groups'];

describe('listing order', () => {
  it('puts current certificates first (expiring ones too), then more stars, keeping name order among equals', () => {
    const list = [
      view('a-expired-5', { stars: 5, status: 'expired' }),
      view('b-valid-3'),
      view('c-revoked-4', { stars: 4, status: 'revoked' }),
      view('d-valid-4', { stars: 4 }),
      view('e-expiring-3', { status: 'expiring' }),
      view('f-valid-3'),
    ];
    expect(listingOrder(list).map((v) => v.slug)).toEqual([
      'd-valid-4',
      'b-valid-3',
      'e-expiring-3',
      'f-valid-3',
      'a-expired-5',
      'c-revoked-4',
    ]);
  });
});

describe('listing pages', () => {
  const products = [
    ...Array.from({ length: PAGE_SIZE + 1 }, (_, i) => view(`food-${String(i).padStart(2, '0')}`)),
    view('wine', { group: 'do-uong', stars: 4, district: 'cho-don' }),
  ];
  const pages = listingPages({ groups, products });

  it('splits a listing into pages of PAGE_SIZE, first page always present', () => {
    const all = pages.filter((p) => p.filter.kind === 'all');
    expect(all.map((p) => [p.page, p.pageCount, p.items.length])).toEqual([
      [1, 2, PAGE_SIZE],
      [2, 2, 2],
    ]);
    const empty = pages.filter((p) => p.filter.kind === 'district' && p.filter.district === 'pac-nam');
    expect(empty).toHaveLength(1);
    expect(empty[0]?.items).toEqual([]);
  });

  it('has a listing for every group, every star rating and the city and seven districts', () => {
    const firstPages = pages.filter((p) => p.page === 1);
    expect(firstPages.filter((p) => p.filter.kind === 'group')).toHaveLength(2);
    expect(firstPages.filter((p) => p.filter.kind === 'stars').map((p) => p.total)).toEqual([
      0,
      1,
      PAGE_SIZE + 1,
    ]);
    expect(firstPages.filter((p) => p.filter.kind === 'district')).toHaveLength(8);
  });

  it('counts products per filter', () => {
    expect(countMatching(products, { kind: 'group', group: 'do-uong' })).toBe(1);
    expect(countMatching(products, { kind: 'district', district: 'na-ri' })).toBe(PAGE_SIZE + 1);
    expect(countMatching(products, { kind: 'stars', stars: 5 })).toBe(0);
  });
});

describe('listing URLs and route parameters', () => {
  it('uses paths.ts for every filter', () => {
    expect(listingPath('vi', { kind: 'all' }, 2)).toBe('/san-pham/trang/2/');
    expect(listingPath('en', { kind: 'group', group: 'do-uong' })).toBe('/en/products/group/do-uong/');
    expect(listingPath('vi', { kind: 'stars', stars: 4 })).toBe('/san-pham/sao/4/');
    expect(listingPath('en', { kind: 'district', district: 'ba-be' }, 3)).toBe(
      '/en/products/district/ba-be/page/3/',
    );
  });

  it('derives the [...listing] parameter from the URL under the catalogue root', () => {
    expect(listingParam('vi', { kind: 'all' }, 1)).toBeUndefined();
    expect(listingParam('vi', { kind: 'all' }, 2)).toBe('trang/2');
    expect(listingParam('en', { kind: 'group', group: 'do-uong' }, 1)).toBe('group/do-uong');
    expect(listingParam('vi', { kind: 'district', district: 'na-ri' }, 2)).toBe('huyen/na-ri/trang/2');
  });
});

describe('related products', () => {
  it('offers the producer’s other products first, then the same sub-group, then the same group, never itself', () => {
    const self = view('self', { producer: 'p1', subGroup: 'I.3.c' });
    const all = [
      self,
      view('other-group', { producer: 'p9', group: 'do-uong', subGroup: 'II.1.a' }),
      view('same-group', { producer: 'p3', subGroup: 'I.2.a' }),
      view('same-sub', { producer: 'p2', subGroup: 'I.3.c' }),
      view('same-producer', { producer: 'p1', subGroup: 'I.5.b' }),
    ];
    expect(relatedProducts(self, all).map((v) => v.slug)).toEqual([
      'same-producer',
      'same-sub',
      'same-group',
    ]);
    expect(relatedProducts(self, all, 1).map((v) => v.slug)).toEqual(['same-producer']);
  });
});
