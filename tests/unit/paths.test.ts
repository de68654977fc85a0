import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { absoluteUrl, pageInBothLanguages, paths, reservedProductSlugs } from '../../src/lib/paths.ts';
import { hreflangLinks } from '../../src/lib/seo/hreflang.ts';

describe('paths, Vietnamese at the root and English under /en/', () => {
  it('builds the page URLs with trailing slashes', () => {
    expect(paths.home('vi')).toBe('/');
    expect(paths.home('en')).toBe('/en/');
    expect(paths.products('vi')).toBe('/san-pham/');
    expect(paths.products('en')).toBe('/en/products/');
    expect(paths.product('vi', 'mien-dong-tai-hoan')).toBe('/san-pham/mien-dong-tai-hoan/');
    expect(paths.product('en', 'mien-dong-tai-hoan')).toBe('/en/products/mien-dong-tai-hoan/');
    expect(paths.producer('vi', 'htx-tai-hoan')).toBe('/chu-the/htx-tai-hoan/');
    expect(paths.producer('en', 'htx-tai-hoan')).toBe('/en/producers/htx-tai-hoan/');
    expect(paths.programme('vi')).toBe('/chuong-trinh-ocop/');
    expect(paths.programme('en')).toBe('/en/ocop-programme/');
    expect(paths.fair('vi', 'hoi-cho-ocop-ha-noi-2026')).toBe('/hoi-cho/hoi-cho-ocop-ha-noi-2026/');
    expect(paths.fair('en', 'hoi-cho-ocop-ha-noi-2026')).toBe('/en/fairs/hoi-cho-ocop-ha-noi-2026/');
    expect(paths.basket('vi')).toBe('/gio-yeu-cau/');
    expect(paths.basket('en')).toBe('/en/enquiry-basket/');
    expect(paths.enquiryThanks('en')).toBe('/en/enquiry-sent/');
    expect(paths.privacy('vi')).toBe('/bao-ve-du-lieu/');
    expect(paths.tradeSheet('vi', 'mat-ong-na-leng')).toBe('/san-pham/mat-ong-na-leng/thong-tin-thuong-mai/');
    expect(paths.tradeSheet('en', 'mat-ong-na-leng')).toBe('/en/products/mat-ong-na-leng/trade-sheet/');
  });

  it('keeps the same slug in both languages', () => {
    const slug = 'tra-shan-tuyet-khau-bjooc';
    expect(paths.product('vi', slug).split('/').at(-2)).toBe(slug);
    expect(paths.product('en', slug).split('/').at(-2)).toBe(slug);
  });

  it('builds listings by group, stars and former district', () => {
    expect(paths.productsByGroup('vi', 'thuc-pham')).toBe('/san-pham/nhom/thuc-pham/');
    expect(paths.productsByGroup('en', 'thuc-pham')).toBe('/en/products/group/thuc-pham/');
    expect(paths.productsByStars('vi', 5)).toBe('/san-pham/sao/5/');
    expect(paths.productsByStars('en', 3)).toBe('/en/products/stars/3/');
    expect(paths.productsByDistrict('vi', 'na-ri')).toBe('/san-pham/huyen/na-ri/');
    expect(paths.productsByDistrict('en', 'tp-bac-kan')).toBe('/en/products/district/tp-bac-kan/');
  });

  it('paginates from page 2 on, page 1 being the listing itself', () => {
    expect(paths.products('vi', 1)).toBe('/san-pham/');
    expect(paths.products('vi', 2)).toBe('/san-pham/trang/2/');
    expect(paths.products('en', 3)).toBe('/en/products/page/3/');
    expect(paths.productsByGroup('vi', 'do-uong', 2)).toBe('/san-pham/nhom/do-uong/trang/2/');
    expect(paths.productsByStars('en', 4, 2)).toBe('/en/products/stars/4/page/2/');
    expect(paths.productsByDistrict('vi', 'ba-be', 1)).toBe('/san-pham/huyen/ba-be/');
    expect(paths.productsByDistrict('en', 'ba-be', 5)).toBe('/en/products/district/ba-be/page/5/');
  });

  it('builds search URLs with encoded parameters, leaving out empty ones', () => {
    expect(paths.search('vi')).toBe('/tim-kiem/');
    expect(paths.search('en', { q: 'miến dong', stars: 5, group: undefined, page: '' })).toBe(
      '/en/search/?q=mi%E1%BA%BFn+dong&stars=5',
    );
  });

  it('builds the language-neutral file URLs', () => {
    expect(paths.ogImage('mien-dong-tai-hoan')).toBe('/og/mien-dong-tai-hoan.png');
    expect(paths.fairCalendar('hoi-cho-2026')).toBe('/hoi-cho/hoi-cho-2026.ics');
    expect(paths.kiosk('hoi-cho-2026')).toBe('/hoi-cho/hoi-cho-2026/kiosk/');
    expect(paths.compareFacts('mat-ong-na-leng')).toBe('/san-pham/mat-ong-na-leng/so-sanh.json');
  });

  it('makes absolute URLs on the public site', () => {
    expect(absoluteUrl('/en/products/x/', 'https://ocop.example')).toBe(
      'https://ocop.example/en/products/x/',
    );
    expect(absoluteUrl(paths.product('vi', 'x'), new URL('https://ocop.example/sub/'))).toBe(
      'https://ocop.example/san-pham/x/',
    );
  });
});

describe('reserved product slugs', () => {
  it('holds every listing segment beside product slugs, in both languages', () => {
    expect([...reservedProductSlugs].sort()).toEqual([
      'district',
      'group',
      'huyen',
      'nhom',
      'page',
      'sao',
      'stars',
      'trang',
    ]);
  });

  it('matches the segments the listing URLs really use', () => {
    const listingSegments = [
      paths.productsByGroup('vi', 'x'),
      paths.productsByStars('vi', 3),
      paths.productsByDistrict('vi', 'x'),
      paths.products('vi', 2),
      paths.productsByGroup('en', 'x'),
      paths.productsByStars('en', 3),
      paths.productsByDistrict('en', 'x'),
      paths.products('en', 2),
    ].map((path) =>
      path
        .split('/')
        .filter(Boolean)
        .at(path.startsWith('/en/') ? 2 : 1),
    );
    for (const segment of listingSegments) expect(reservedProductSlugs.has(segment ?? '')).toBe(true);
  });
});

describe('pageInBothLanguages: the same page in the other language, from its path', () => {
  // Every page kind that exists in both languages, built the way the pages build their links.
  const twins: ((locale: Locale) => string)[] = [
    (l) => paths.home(l),
    (l) => paths.products(l),
    (l) => paths.products(l, 3),
    (l) => paths.productsByGroup(l, 'thuc-pham'),
    (l) => paths.productsByGroup(l, 'thuc-pham', 2),
    (l) => paths.productsByStars(l, 4),
    (l) => paths.productsByStars(l, 3, 7),
    (l) => paths.productsByDistrict(l, 'ba-be', 2),
    (l) => paths.product(l, 'mien-dong-tai-hoan'),
    (l) => paths.tradeSheet(l, 'mien-dong-tai-hoan'),
    (l) => paths.producer(l, 'htx-tai-hoan'),
    (l) => paths.programme(l),
    (l) => paths.fair(l, 'hoi-cho-ocop-ha-noi-2026'),
    (l) => paths.basket(l),
    (l) => paths.privacy(l),
    (l) => paths.enquiryThanks(l),
    (l) => paths.search(l),
  ];

  it('translates section and listing words and keeps slugs and numbers, from either language', () => {
    for (const path of twins) {
      const both = { vi: path('vi'), en: path('en') };
      expect(pageInBothLanguages(both.vi)).toEqual(both);
      expect(pageInBothLanguages(both.en)).toEqual(both);
    }
  });

  it('has no twin for pages in one language, nor for paths that are not pages', () => {
    for (const path of [
      paths.kiosk('hoi-cho-ocop-ha-noi-2026'),
      paths.fairCards('hoi-cho-ocop-ha-noi-2026'),
      paths.fairCalendar('hoi-cho-ocop-ha-noi-2026'),
      paths.admin.home,
      paths.admin.enquiry('abc'),
      '/san-pham/nhom/',
      '/san-pham/nhom/thuc-pham/trang/',
      '/en/products/group/x/page/2/extra/',
      '/en/products/thuc-pham/2/',
      '/chu-the/',
      '/chu-the/a/b/',
      '/san-pham//',
      '/san-pham/mien-dong-tai-hoan',
      '/san-pham/mien-dong-tai-hoan/trade-sheet/',
      '/en/products/mien-dong-tai-hoan/thong-tin-thuong-mai/',
      paths.compareFacts('mien-dong-tai-hoan'),
      '/khong-co/',
      '/en/khong-co/',
    ]) {
      expect(pageInBothLanguages(path), path).toBeUndefined();
    }
  });
});

describe('hreflangLinks', () => {
  it('lists each language the page exists in, then x-default on the Vietnamese page', () => {
    expect(hreflangLinks({ vi: '/san-pham/x/', en: '/en/products/x/' }, 'https://example.org')).toEqual([
      { lang: 'vi', url: 'https://example.org/san-pham/x/' },
      { lang: 'en', url: 'https://example.org/en/products/x/' },
      { lang: 'x-default', url: 'https://example.org/san-pham/x/' },
    ]);
    expect(hreflangLinks({ en: '/en/x/' }, 'https://example.org')).toEqual([
      { lang: 'en', url: 'https://example.org/en/x/' },
    ]);
    expect(hreflangLinks({}, 'https://example.org')).toEqual([]);
  });
});
