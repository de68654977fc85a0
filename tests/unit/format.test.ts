import { describe, expect, it } from 'vitest';
import { telHref, zaloHref } from '../../src/components/producer/contact-links.ts';
import type { ProductCertification } from '../../src/lib/content/certifications.ts';
import { formerDistrictSlugs } from '../../src/lib/content/schemas/area.ts';
import type { ProtectedName } from '../../src/lib/content/schemas/protected-name.ts';
import { certificationName, protectedArea } from '../../src/lib/format/certification.ts';
import { countryName } from '../../src/lib/format/country.ts';
import { formatConfirmedOn, formatDate, formatDateRange, monthName } from '../../src/lib/format/date.ts';
import { currentLocation, districtName, formerLocation } from '../../src/lib/format/location.ts';
import { formatNumber, formatQuantity } from '../../src/lib/format/number.ts';
import { formatOpeningHours } from '../../src/lib/format/opening-hours.ts';
import { packPrices } from '../../src/lib/format/pack-price.ts';
import { formatPriceRange, formatVnd } from '../../src/lib/format/price.ts';
import { areas } from '../support/areas.ts';

describe('numbers and prices per locale', () => {
  it('groups thousands the Vietnamese or the English way', () => {
    expect(formatNumber(12000, 'vi')).toBe('12.000');
    expect(formatNumber(12000, 'en')).toBe('12,000');
    expect(formatNumber(91.14, 'vi')).toBe('91,14');
    expect(formatQuantity({ amount: 1500, unit: 'kg' }, 'en')).toBe('1,500 kg');
    expect(formatQuantity({ amount: 2000, unit: 'chậu' }, 'vi')).toBe('2.000 chậu');
    expect(formatQuantity({ amount: 2000, unit: 'chậu' }, 'en')).toBe('2,000 pots');
    expect(formatQuantity({ amount: 1, unit: 'cái' }, 'en')).toBe('1 piece');
    expect(formatQuantity({ amount: 3, unit: 'đơn vị lạ' }, 'en')).toBe('3 đơn vị lạ');
  });

  it('formats VND without decimals', () => {
    expect(formatVnd(60000, 'vi')).toBe('60.000\u00a0₫');
    expect(formatVnd(60000, 'en')).toBe('₫60,000');
    expect(formatPriceRange(60000, 120000, 'vi')).toBe('60.000\u00a0₫ – 120.000\u00a0₫');
    expect(formatPriceRange(50000, 50000, 'en')).toBe('₫50,000');
  });
});

describe('dates per locale, by calendar day', () => {
  it('prints 30/6/2021 in Vietnamese and 30 June 2021 in English', () => {
    expect(formatDate('2021-06-30', 'vi')).toBe('30/6/2021');
    expect(formatDate('2021-06-30', 'en')).toBe('30 June 2021');
    expect(formatDate('2022-01-01', 'en')).toBe('1 January 2022');
  });

  it('prints ranges and month names', () => {
    expect(formatDateRange('2026-12-10', '2026-12-14', 'en')).toMatch(/^10\s–\s14 December 2026$/u);
    expect(formatDateRange('2026-12-10', '2026-12-10', 'vi')).toBe('10/12/2026');
    expect(monthName(9, 'vi')).toBe('tháng 9');
    expect(monthName(9, 'en')).toBe('September');
  });

  it('says when facts were confirmed, to the month', () => {
    expect(formatConfirmedOn('2026-03-14', 'vi')).toBe('xác nhận tháng 3/2026');
    expect(formatConfirmedOn('2026-03-14', 'en')).toBe('confirmed March 2026');
    expect(formatConfirmedOn('2024-12-31', 'vi')).toBe('xác nhận tháng 12/2024');
    expect(formatConfirmedOn('2025-01-01', 'en')).toBe('confirmed January 2025');
  });
});

describe('places before and after the 2025 reform', () => {
  const conMinh = {
    id: 'na-ri--con-minh',
    formerDistrict: 'Na Rì',
    formerDistrictSlug: 'na-ri',
    formerKind: 'xã',
    formerUnit: 'Côn Minh',
    newKind: 'xã',
    newUnit: 'Côn Minh',
    nq1683Item: 70,
  } as const;
  const nongThuong = {
    ...conMinh,
    id: 'tp-bac-kan--nong-thuong',
    formerDistrict: 'TP Bắc Kạn',
    formerDistrictSlug: 'tp-bac-kan',
    formerUnit: 'Nông Thượng',
    newKind: 'phường',
    newUnit: 'Bắc Kạn',
  } as const;

  it('names the former location as certificates do', () => {
    expect(formerLocation(conMinh, 'vi')).toBe('xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn (cũ)');
    expect(formerLocation(nongThuong, 'vi')).toBe('xã Nông Thượng, thành phố Bắc Kạn, tỉnh Bắc Kạn (cũ)');
    expect(formerLocation(conMinh, 'en')).toBe('Côn Minh commune, Na Rì district, former Bắc Kạn province');
  });

  it('names the unit since 1/7/2025 in tỉnh Thái Nguyên', () => {
    expect(currentLocation(conMinh, 'vi')).toBe('xã Côn Minh, tỉnh Thái Nguyên');
    expect(currentLocation(nongThuong, 'vi')).toBe('phường Bắc Kạn, tỉnh Thái Nguyên');
    expect(currentLocation(nongThuong, 'en')).toBe('Bắc Kạn ward, Thái Nguyên province');
    expect(districtName('tp-bac-kan', 'en')).toBe('Bắc Kạn city');
  });
});

describe('contacts and countries', () => {
  it('makes dialable tel: and Zalo links from written phone numbers', () => {
    expect(telHref('0912 345 678')).toBe('tel:0912345678');
    expect(telHref('+84 912.345.678')).toBe('tel:+84912345678');
    expect(zaloHref('0912-345-678')).toBe('https://zalo.me/0912345678');
  });

  it('names export markets in the page language', () => {
    expect(countryName('CZ', 'en')).toBe('Czechia');
    expect(countryName('JP', 'vi')).toBe('Nhật Bản');
  });
});

describe('certifications', () => {
  const quyt: ProtectedName = {
    id: 'quyt-bac-kan',
    kind: 'geographical-indication',
    name: { vi: 'Quýt Bắc Kạn', en: 'Bắc Kạn mandarin' },
    covers: [{ group: 'I.1.a', name: { vi: 'Quýt', en: 'Mandarins' } }],
    where: {
      formerDistricts: [],
      formerCommunes: ['bach-thong--quang-thuan', 'bach-thong--don-phong', 'ba-be--nam-mau'],
    },
  };
  it('names an indication or mark the way each language does, a standard by its own name', () => {
    const gi: ProductCertification = { kind: 'geographical-indication', protectedName: quyt };
    expect(certificationName(gi, 'vi')).toBe('Chỉ dẫn địa lý Quýt Bắc Kạn');
    expect(certificationName(gi, 'en')).toBe('Bắc Kạn mandarin geographical indication');
    const untranslated = { ...gi, protectedName: { ...quyt, name: { vi: 'Quýt Bắc Kạn' } } };
    expect(certificationName(untranslated, 'en')).toBe('Geographical indication Quýt Bắc Kạn');
    expect(certificationName({ kind: 'organic-pgs' }, 'vi')).toBe('Hữu cơ (PGS)');
    expect(certificationName({ kind: 'vietgap', since: '2020-01-01' }, 'en')).toBe('VietGAP');
  });

  it('says where a protected name applies: communes by former district, districts, or the whole province', () => {
    expect(protectedArea(quyt.where, areas, 'vi')).toBe(
      'xã Quang Thuận và xã Đôn Phong (huyện Bạch Thông); xã Nam Mẫu (huyện Ba Bể)',
    );
    expect(protectedArea(quyt.where, areas, 'en')).toBe(
      'Quang Thuận commune and Đôn Phong commune (Bạch Thông district); Nam Mẫu commune (Ba Bể district)',
    );
    expect(protectedArea({ formerDistricts: ['ba-be', 'cho-don'], formerCommunes: [] }, areas, 'vi')).toBe(
      'huyện Ba Bể và huyện Chợ Đồn',
    );
    const province = { formerDistricts: formerDistrictSlugs, formerCommunes: [] };
    expect(protectedArea(province, areas, 'vi')).toBe('toàn tỉnh Bắc Kạn (cũ)');
    expect(protectedArea(province, areas, 'en')).toBe('the whole former Bắc Kạn province');
  });
});

describe('what a pack costs', () => {
  const litre = {
    min: 250000,
    max: 450000,
    per: { vi: 'lít', en: 'litre' },
    measure: { amount: 1, unit: 'l' as const },
  };

  it('prices each pack of the same kind of measure pro rata, in whole thousands of đồng', () => {
    const per = (amount: number, unit: 'g' | 'ml' | 'l', min: number, max: number) => ({
      min,
      max,
      per: { vi: `${amount} ${unit}` },
      measure: { amount, unit },
    });
    const pack = (amount: number, unit: string) => ({ amount, unit });
    expect(packPrices(litre, [pack(500, 'ml'), pack(1, 'l'), pack(2, 'l')])).toEqual([
      { pack: pack(500, 'ml'), min: 125000, max: 225000 },
      { pack: pack(2, 'l'), min: 500000, max: 900000 },
    ]);
    expect(packPrices(per(500, 'g', 45000, 65000), [pack(300, 'g'), pack(1, 'kg')])).toEqual([
      { pack: pack(300, 'g'), min: 27000, max: 39000 },
      { pack: pack(1, 'kg'), min: 90000, max: 130000 },
    ]);
    // Below 10.000 ₫, to the hundred.
    expect(packPrices(per(500, 'ml', 4000, 6000), [pack(350, 'ml')])).toEqual([
      { pack: pack(350, 'ml'), min: 2800, max: 4200 },
    ]);
  });

  it('prices nothing it cannot measure: no measure, a pack by count, or weight against volume', () => {
    expect(packPrices({ ...litre, measure: undefined }, [{ amount: 500, unit: 'ml' }])).toEqual([]);
    expect(
      packPrices(litre, [
        { amount: 1, unit: 'chai' },
        { amount: 500, unit: 'g' },
      ]),
    ).toEqual([]);
    expect(packPrices(undefined, [{ amount: 500, unit: 'ml' }])).toEqual([]);
  });
});

describe('opening hours', () => {
  it('names the days in the page language, hours on the 24-hour clock', () => {
    expect(formatOpeningHours(['Mo-Su 07:30-17:30'], 'vi')).toBe('Thứ Hai – Chủ Nhật 7:30–17:30');
    expect(formatOpeningHours(['Mo-Fr 07:30-20:00', 'Sa 08:00-12:00'], 'en')).toBe(
      'Monday – Friday 7:30–20:00; Saturday 8:00–12:00',
    );
  });
});
