import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, reservedProductSlugs } from '../../src/lib/paths.ts';

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
