/**
 * Every content rule, each with a piece of broken content: the schemas are the pure builders
 * that src/content.config.ts uses, accepting any string as a photo path (one test runs the build's file check).
 */
import { readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { areaSchema } from '../../src/lib/content/schemas/area.ts';
import { certificateSchema } from '../../src/lib/content/schemas/certificate.ts';
import { conceptSchema } from '../../src/lib/content/schemas/concept.ts';
import type { SchemaContext } from '../../src/lib/content/schemas/context.ts';
import { eventSchema } from '../../src/lib/content/schemas/event.ts';
import { groupSchema } from '../../src/lib/content/schemas/group.ts';
import { slugPattern } from '../../src/lib/content/schemas/ids.ts';
import { photoPath } from '../../src/lib/content/schemas/photo.ts';
import { producerSchema } from '../../src/lib/content/schemas/producer.ts';
import { productSchema } from '../../src/lib/content/schemas/product.ts';
import { programmeFigureSchema } from '../../src/lib/content/schemas/programme.ts';
import { protectedNameSchema } from '../../src/lib/content/schemas/protected-name.ts';

const ctx: SchemaContext = {
  photo: () => z.string(),
  producers: new Set(['htx-tai-hoan']),
  products: new Set(['mien-dong-tai-hoan']),
  areas: new Set(['na-ri--con-minh']),
  newUnits: new Set(['xã Côn Minh', 'xã Bằng Vân']),
  subGroups: new Set(['I.3.c', 'I.5.b']),
  protectedNames: new Set(['mien-dong-bac-kan']),
};

const certificate = {
  stars: 5,
  score: 91.14,
  decision: '2890/QĐ-BNN-VPĐP',
  decisionDate: '2021-06-30',
  issuedBy: 'Bộ Nông nghiệp và Phát triển nông thôn',
  criteria: 'QD1048',
};

const product = {
  name: { vi: 'Miến dong Tài Hoan', en: 'Tài Hoan arrowroot vermicelli' },
  producer: 'htx-tai-hoan',
  group: 'I.3.c',
  certificates: [certificate],
  story: { vi: 'Miến dong làm từ tinh bột dong riềng.' },
  packSizes: [{ amount: 500, unit: 'g' }],
  price: { min: 60000, max: 120000, per: { vi: 'gói', en: 'pack' } },
  trade: { samples: true, exportMarkets: ['CZ'] },
  photos: [{ src: '../images/products/mien-dong-tai-hoan-1.jpg', alt: { vi: 'Bó miến dong' } }],
};

const producer = {
  name: { vi: 'Hợp tác xã Tài Hoan' },
  type: 'hop-tac-xa',
  story: { vi: 'Làm miến dong ở Côn Minh.' },
  founded: 2014,
  address: { area: 'na-ri--con-minh' },
  contacts: { phone: '0912 345 678' },
};

const event = {
  name: { vi: 'Hội chợ OCOP Hà Nội 2026' },
  start: '2026-12-10',
  end: '2026-12-14',
  venue: { vi: 'Cung Văn hóa Hữu nghị' },
  city: 'Hà Nội',
  booths: 2,
  description: { vi: 'Gian hàng Bắc Kạn.' },
  products: ['mien-dong-tai-hoan'],
};

type Schema = { safeParse: (input: unknown) => { success: boolean; error?: z.ZodError } };

/** The issues of content that must fail, as "path: message" lines. */
function issues(schema: Schema, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success, 'broken content was accepted').toBe(false);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const products = productSchema(ctx);
const producers = producerSchema(ctx);
const events = eventSchema(ctx);
const withCertificate = (change: Record<string, unknown>) => ({
  ...product,
  certificates: [{ ...certificate, ...change }],
});

describe('valid content', () => {
  it('accepts a complete product, producer, event and certificate', () => {
    expect(products.safeParse(product).success).toBe(true);
    expect(producers.safeParse(producer).success).toBe(true);
    expect(events.safeParse(event).success).toBe(true);
    expect(certificateSchema.safeParse(certificate).success).toBe(true);
  });

  it('fills defaults: certificate kind new, no outlets, not featured, no certifications', () => {
    const parsed = products.parse(product);
    expect(parsed.certificates[0]?.kind).toBe('new');
    expect(parsed.whereToBuy).toEqual([]);
    expect(parsed.featured).toBe(false);
    expect(parsed.certifications).toEqual([]);
  });

  it('keeps certifications on products only: a producer has none', () => {
    const gi = [{ kind: 'geographical-indication', protectedName: 'mien-dong-bac-kan' }];
    expect(products.parse({ ...product, certifications: gi }).certifications).toEqual(gi);
    expect(issues(producers, { ...producer, certifications: gi })[0]).toMatch(/certifications/);
  });
});

describe('references', () => {
  it('names an unknown producer', () => {
    expect(issues(products, { ...product, producer: 'htx-khong-co' })).toContain(
      'producer: unknown producer "htx-khong-co"',
    );
  });

  it('names an unknown OCOP sub-group', () => {
    expect(issues(products, { ...product, group: 'I.9.z' })[0]).toMatch(
      /^group: unknown OCOP sub-group "I.9.z"/,
    );
  });

  it('names an unknown area', () => {
    expect(issues(producers, { ...producer, address: { area: 'na-ri--khong-co' } })).toContain(
      'address.area: unknown area "na-ri--khong-co"',
    );
  });

  it('names an unknown product on show at an event', () => {
    expect(issues(events, { ...event, products: ['mien-dong-tai-hoan', 'khong-co'] })).toContain(
      'products.1: unknown product "khong-co"',
    );
  });

  it('rejects a reference that is not an ASCII slug', () => {
    expect(issues(products, { ...product, producer: 'HTX Tài Hoan' })[0]).toMatch(
      /^producer: producer: id must be ASCII/,
    );
  });
});

describe('slugs', () => {
  it('accepts lowercase ASCII words joined by single hyphens', () => {
    for (const slug of ['mien-dong-tai-hoan', 'tra-shan-tuyet-khau-bjooc', 'ruou-2024'])
      expect(slug).toMatch(slugPattern);
  });

  it.each(['Mien-dong', 'miến-dong', 'mien_dong', 'mien--dong', '-mien', 'mien-', 'mien dong', ''])(
    'rejects "%s"',
    (slug) => {
      expect(slug).not.toMatch(slugPattern);
    },
  );
});

describe('certificates', () => {
  it.each([2, 6, 4.5])('rejects %s stars', (stars) => {
    expect(issues(certificateSchema, { ...certificate, stars }).some((i) => i.startsWith('stars:'))).toBe(
      true,
    );
  });

  it('explains that only 3★ and above are certified', () => {
    expect(issues(certificateSchema, { ...certificate, stars: 2, score: 40 })).toContain(
      'stars: stars must be 3, 4 or 5 (only 3★ and above are certified)',
    );
  });

  it('rejects a score that does not give the stars', () => {
    expect(issues(certificateSchema, { ...certificate, score: 78 })).toContain(
      'score: score 78 gives 4★, not 5★',
    );
  });

  it('accepts the band edges: 50 → 3★, 70 → 4★, 90 → 5★', () => {
    for (const [score, stars] of [
      [50, 3],
      [69.99, 3],
      [70, 4],
      [89.99, 4],
      [90, 5],
      [100, 5],
    ] as const) {
      expect(
        certificateSchema.safeParse({ ...certificate, score, stars }).success,
        `${score} → ${stars}★`,
      ).toBe(true);
    }
  });

  it('rejects an expiry on or before the decision date', () => {
    expect(issues(certificateSchema, { ...certificate, expiresOn: '2021-06-30' })).toContain(
      'expiresOn: expiry must be after the decision date',
    );
    expect(issues(certificateSchema, { ...certificate, expiresOn: '2020-01-01' })).toContain(
      'expiresOn: expiry must be after the decision date',
    );
  });

  it('rejects a revocation before the decision', () => {
    expect(
      issues(certificateSchema, { ...certificate, revoked: { date: '2021-06-29', decision: '12/QĐ-UBND' } }),
    ).toContain('revoked.date: revocation cannot precede the decision');
  });

  it('rejects the wrong criteria version for the decision date', () => {
    expect(issues(certificateSchema, { ...certificate, criteria: 'QD148' })).toContain(
      'criteria: a decision of 2021-06-30 was graded under QD1048',
    );
    expect(
      issues(certificateSchema, { ...certificate, decisionDate: '2023-02-24', criteria: 'QD1048' }),
    ).toContain('criteria: a decision of 2023-02-24 was graded under QD148');
  });

  it('accepts QĐ 148 from the day it came into force and QĐ 1048 the day before', () => {
    expect(
      certificateSchema.safeParse({ ...certificate, decisionDate: '2023-02-24', criteria: 'QD148' }).success,
    ).toBe(true);
    expect(certificateSchema.safeParse({ ...certificate, decisionDate: '2023-02-23' }).success).toBe(true);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(issues(certificateSchema, { ...certificate, decisionDate: '30/6/2021' })).toContain(
      'decisionDate: ngày phải có dạng YYYY-MM-DD',
    );
  });

  it('rejects a status typed by hand (status is computed)', () => {
    expect(issues(certificateSchema, { ...certificate, status: 'valid' })[0]).toMatch(/status/);
  });

  it('needs at least one certificate, listed oldest first', () => {
    expect(issues(products, { ...product, certificates: [] })).toContain(
      'certificates: certificates: a product needs at least one OCOP certificate',
    );
    const older = { ...certificate, stars: 4, score: 78, decisionDate: '2019-05-10' };
    expect(issues(products, { ...product, certificates: [certificate, older] })).toContain(
      'certificates: certificates: list them oldest first',
    );
    const upgrade = { ...certificate, kind: 'upgraded' };
    expect(products.safeParse({ ...product, certificates: [older, upgrade] }).success).toBe(true);
  });

  it('takes the kind from the stars: same stars re-issued, more upgraded, fewer downgraded', () => {
    const first = { ...certificate, stars: 4, score: 78, decisionDate: '2019-05-10', kind: 'new' };
    const history = (stars: number, score: number, kind: string) => ({
      ...product,
      certificates: [first, { ...certificate, stars, score, kind }],
    });
    expect(products.safeParse(history(5, 91.14, 'upgraded')).success).toBe(true);
    expect(products.safeParse(history(4, 75, 'reissued')).success).toBe(true);
    expect(products.safeParse(history(3, 60, 'downgraded')).success).toBe(true);
    expect(issues(products, history(3, 60, 'reissued'))).toContain(
      'certificates.1.kind: kind follows from the stars: 4★ then 3★ is "downgraded"',
    );
    expect(issues(products, history(5, 91.14, 'reissued'))).toContain(
      'certificates.1.kind: kind follows from the stars: 4★ then 5★ is "upgraded"',
    );
  });

  it('reports a broken certificate inside a product with its index', () => {
    expect(
      issues(products, withCertificate({ stars: 7 })).some((i) => i.startsWith('certificates.0.stars:')),
    ).toBe(true);
  });
});

describe('localized text', () => {
  it('requires the Vietnamese name', () => {
    expect(issues(products, { ...product, name: { en: 'Vermicelli' } })).toContain(
      'name.vi: name: thiếu bản tiếng Việt (vi)',
    );
    expect(issues(products, { ...product, name: { vi: '   ' } })).toContain(
      'name.vi: name: thiếu bản tiếng Việt (vi)',
    );
  });

  it('rejects an empty English text (leave it out to fall back)', () => {
    expect(issues(products, { ...product, story: { vi: 'Câu chuyện', en: '' } })).toContain(
      'story.en: story: English text is empty; remove "en" to fall back to Vietnamese',
    );
  });

  it('rejects a third language', () => {
    expect(issues(products, { ...product, name: { vi: 'Miến', fr: 'Vermicelles' } })[0]).toMatch(
      /^name: .*fr/,
    );
  });
});

describe('product fields', () => {
  it('rejects a price band whose max is below its min', () => {
    expect(issues(products, { ...product, price: { ...product.price, min: 120000, max: 60000 } })).toContain(
      'price.max: price max must not be below min',
    );
  });

  it('rejects an unknown key (strict objects catch typos)', () => {
    expect(issues(products, { ...product, prize: 1 })[0]).toMatch(/prize/);
    expect(issues(products, { ...product, trade: { ...product.trade, moq: 5 } })[0]).toMatch(/^trade: .*moq/);
  });

  it('rejects an export market that is not an ISO country code', () => {
    expect(issues(products, { ...product, trade: { samples: true, exportMarkets: ['Czech'] } })).toContain(
      'trade.exportMarkets.0: export market: ISO country code, e.g. CZ',
    );
  });

  it('accepts a product with only what an annex row says (the rest is still to complete)', () => {
    const { name, producer, group, certificates } = product;
    const parsed = products.parse({ name: { vi: name.vi }, producer, group, certificates });
    expect(parsed.photos).toEqual([]);
    expect(parsed.packSizes).toEqual([]);
    expect(parsed.story).toBeUndefined();
    expect(parsed.trade).toBeUndefined();
  });

  it('rejects a pack size in an unknown unit', () => {
    expect(issues(products, { ...product, packSizes: [{ amount: 1, unit: 'thùng' }] })[0]).toMatch(
      /^packSizes.0.unit/,
    );
  });

  it('rejects a photo that is not an image file in content/images (as the build checks it)', () => {
    const checked = productSchema({ ...ctx, photo: photoPath('products') });
    const photo = (src: string) => ({ ...product, photos: [{ src, alt: { vi: 'Ảnh' } }] });
    expect(issues(checked, photo('../images/products/khong-co.jpg'))).toEqual([
      'photos.0.src: photo not found: ../images/products/khong-co.jpg',
    ]);
    expect(issues(checked, photo('../images/products'))).toEqual([
      'photos.0.src: photo must be a .jpg, .jpeg, .png, .webp or .avif file: ../images/products',
    ]);
    expect(issues(checked, photo('../groups.json'))).toEqual([
      'photos.0.src: photo must be under content/images/: ../groups.json',
    ]);
    const onDisk = readdirSync('content/images/products')[0];
    expect(checked.safeParse(photo(`../images/products/${onDisk}`)).success).toBe(true);
  });

  it('rejects season months outside 1–12', () => {
    expect(issues(products, { ...product, season: { months: [9, 13] } })[0]).toMatch(/^season.months.1/);
  });

  it('takes an HS code of 6 or 8 digits as customs write it, in a chapter that exists', () => {
    for (const hsCode of ['0409.00', '1902.19', '0409.00.00', '9701.10'])
      expect(products.safeParse({ ...product, hsCode }).success, hsCode).toBe(true);
    for (const hsCode of ['040900', '0409', '409.00', '0409.0', '0409.00.0', '7701.10', '9801.00', '0009.00'])
      expect(issues(products, { ...product, hsCode })[0], hsCode).toMatch(
        /^hsCode: hsCode ".*": an HS code is 4 digits, a dot and 2 digits \(0409\.00\)/,
      );
  });

  it('measures a price by weight or volume only', () => {
    const price = { ...product.price, measure: { amount: 1, unit: 'kg' } };
    expect(products.safeParse({ ...product, price }).success).toBe(true);
    expect(
      issues(products, { ...product, price: { ...price, measure: { amount: 1, unit: 'cái' } } })[0],
    ).toMatch(/^price.measure.unit/);
  });
});

describe('where to buy', () => {
  const point = {
    kind: 'ocop-point',
    name: 'Điểm bán sản phẩm OCOP Na Rì',
    address: 'xã Na Rì',
    phone: '0900 100 008',
    openingHours: ['Mo-Fr 07:30-17:00', 'Sa 08:00-12:00'],
  };
  const sold = (...whereToBuy: Record<string, unknown>[]) => ({ ...product, whereToBuy });

  it('accepts an OCOP sales point with address, phone and hours, and an online shop linking the product', () => {
    const shop = { kind: 'online', name: 'VoSo', url: 'https://voso.example/p/mien-dong-tai-hoan' };
    expect(products.safeParse(sold(point, shop, { kind: 'online', name: 'Postmart' })).success).toBe(true);
  });

  it('names what an OCOP sales point leaves out', () => {
    const { phone: _phone, openingHours: _hours, ...bare } = point;
    expect(issues(products, sold(bare))).toEqual([
      'whereToBuy.0.phone: an OCOP sales point gives its address, phone and opening hours: phone is missing',
      'whereToBuy.0.openingHours: an OCOP sales point gives its address, phone and opening hours: openingHours is missing',
    ]);
  });

  it("refuses an online outlet that links its home page instead of the product's page", () => {
    expect(issues(products, sold({ kind: 'online', name: 'VoSo', url: 'https://voso.vn/' }))).toEqual([
      "whereToBuy.0.url: url https://voso.vn/: give the product's own page at VoSo, not its home page (or leave the url out)",
    ]);
  });

  it('reads opening hours as days then times, Monday first, closing after opening', () => {
    for (const hours of ['Mo-Su 07:00-24:00', 'Su 08:00-12:00'])
      expect(products.safeParse(sold({ ...point, openingHours: [hours] })).success, hours).toBe(true);
    for (const hours of [
      'Mo-Fr 7:30-17:00',
      'Fr-Mo 07:30-17:00',
      'Mo 17:00-07:30',
      'Mon 08:00-12:00',
      'Mo 24:00-24:30',
    ])
      expect(issues(products, sold({ ...point, openingHours: [hours] }))[0], hours).toMatch(
        /^whereToBuy.0.openingHours.0: openingHours ".*": write days and hours like "Mo-Fr 07:30-17:00"/,
      );
    expect(issues(products, sold({ ...point, phone: 'gọi cho tôi' }))[0]).toMatch(
      /^whereToBuy.0.phone: phone:/,
    );
  });
});

describe('product certifications', () => {
  const withCertification = (certification: Record<string, unknown>) => ({
    ...product,
    certifications: [certification],
  });

  it('accepts a farming standard with a date and an indication by its id', () => {
    expect(products.safeParse(withCertification({ kind: 'vietgap', since: '2019-09-20' })).success).toBe(
      true,
    );
    expect(
      products.safeParse(
        withCertification({ kind: 'geographical-indication', protectedName: 'mien-dong-bac-kan' }),
      ).success,
    ).toBe(true);
  });

  it('names an indication or mark that content/protected-names.json does not have', () => {
    expect(
      issues(products, withCertification({ kind: 'collective-mark', protectedName: 'gao-tam-thom' })),
    ).toContain('certifications.0.protectedName: unknown protected name "gao-tam-thom"');
  });

  it('needs the protected name of an indication or mark, and none on a farming standard', () => {
    expect(issues(products, withCertification({ kind: 'geographical-indication' }))).toContain(
      'certifications.0.protectedName: a geographical-indication names its protected name: an id from content/protected-names.json',
    );
    expect(
      issues(products, withCertification({ kind: 'vietgap', protectedName: 'mien-dong-bac-kan' })),
    ).toContain(
      'certifications.0.protectedName: vietgap is a farming standard, not a protected name: remove "protectedName"',
    );
  });

  it('rejects an unknown kind and a free-text name (the old producer-level shape)', () => {
    expect(issues(products, withCertification({ kind: 'iso-22000' }))[0]).toMatch(/^certifications.0.kind:/);
    expect(issues(products, withCertification({ kind: 'vietgap', name: 'VietGAP trồng trọt' }))[0]).toMatch(
      /^certifications.0: .*name/,
    );
  });
});

describe('confirmed on', () => {
  const tradeConfirmed = (confirmedOn: string) => ({ ...product, trade: { ...product.trade, confirmedOn } });
  const contactsConfirmed = (confirmedOn: string) => ({
    ...producer,
    contacts: { ...producer.contacts, confirmedOn },
  });

  it('accepts a past day on trade data and contacts, and leaves it out when nobody confirmed', () => {
    expect(products.safeParse(tradeConfirmed('2026-03-14')).success).toBe(true);
    expect(producers.safeParse(contactsConfirmed('2024-02-29')).success).toBe(true);
    expect(products.parse(product).trade?.confirmedOn).toBeUndefined();
  });

  it('rejects a day in the future and a date that is not YYYY-MM-DD', () => {
    expect(issues(products, tradeConfirmed('2999-01-01'))).toContain(
      'trade.confirmedOn: confirmedOn 2999-01-01 is in the future: give the day it was confirmed',
    );
    expect(issues(producers, contactsConfirmed('14/3/2026'))).toContain(
      'contacts.confirmedOn: ngày phải có dạng YYYY-MM-DD',
    );
  });

  it('does not count a confirmation date as a way to reach the producer', () => {
    expect(issues(producers, { ...producer, contacts: { confirmedOn: '2026-03-14' } })).toContain(
      'contacts: contacts: give at least one way to reach the producer',
    );
  });
});

describe('producer fields', () => {
  it('accepts a producer with only a name, a type and an address (the rest is still to complete)', () => {
    const parsed = producers.parse({ name: producer.name, type: producer.type, address: producer.address });
    expect(parsed.contacts).toBeUndefined();
    expect(parsed.founded).toBeUndefined();
  });

  it('places a producer by its 2025 unit while the former commune is unknown, never by both', () => {
    expect(producers.safeParse({ ...producer, address: { newUnit: 'xã Bằng Vân' } }).success).toBe(true);
    expect(issues(producers, { ...producer, address: { newUnit: 'xã Không Có' } })).toContain(
      'address.newUnit: unknown unit "xã Không Có" (a 2025 unit such as "xã Bằng Vân")',
    );
    const both = { area: 'na-ri--con-minh', newUnit: 'xã Côn Minh' };
    for (const address of [both, { street: 'Thôn Khuổi Cuồng' }]) {
      expect(issues(producers, { ...producer, address })).toContain(
        'address: address: give the former commune (area), or the new unit (newUnit) while the former one is unknown',
      );
    }
  });

  it('needs at least one way to reach the producer', () => {
    expect(issues(producers, { ...producer, contacts: {} })).toContain(
      'contacts: contacts: give at least one way to reach the producer',
    );
  });

  it('rejects a malformed e-mail, phone or website', () => {
    expect(issues(producers, { ...producer, contacts: { email: 'htx@' } })).toContain(
      'contacts.email: email: not a valid address',
    );
    expect(issues(producers, { ...producer, contacts: { phone: 'call us' } })[0]).toMatch(
      /^contacts.phone: phone:/,
    );
    expect(issues(producers, { ...producer, contacts: { website: 'taihoan' } })).toContain(
      'contacts.website: website: not a valid URL',
    );
  });

  it('rejects an unknown producer type and a founding year in the future', () => {
    expect(issues(producers, { ...producer, type: 'cong-ty' })[0]).toMatch(/^type:/);
    expect(issues(producers, { ...producer, founded: 2090 })[0]).toMatch(/^founded:/);
  });
});

describe('events', () => {
  it('rejects an end date before the start', () => {
    expect(issues(events, { ...event, end: '2026-12-01' })).toContain(
      'end: end date is before the start date',
    );
  });
});

describe('lookup tables', () => {
  const area = {
    id: 'na-ri--con-minh',
    formerDistrict: 'Na Rì',
    formerDistrictSlug: 'na-ri',
    formerKind: 'xã',
    formerUnit: 'Côn Minh',
    newKind: 'xã',
    newUnit: 'Côn Minh',
    nq1683Item: 70,
  };

  it('accepts an area and rejects an unknown former district', () => {
    expect(areaSchema.safeParse(area).success).toBe(true);
    expect(issues(areaSchema, { ...area, formerDistrictSlug: 'na-ry' })[0]).toMatch(/^formerDistrictSlug:/);
  });

  it('rejects a sub-group code outside the QĐ 148 pattern', () => {
    const group = {
      id: 'thuc-pham',
      numeral: 'I',
      name: { vi: 'Thực phẩm' },
      description: { vi: 'Nông sản.' },
      subGroups: [{ code: 'I-3-c', name: { vi: 'Chế biến' }, qd1048: { vi: 'Thực phẩm' } }],
    };
    expect(issues(groupSchema, group)[0]).toMatch(/^subGroups.0.code:/);
  });
});

describe('protected names', () => {
  const protectedNames = protectedNameSchema(ctx);
  const mark = {
    id: 'mien-dong-bac-kan',
    kind: 'geographical-indication',
    name: { vi: 'Miến dong Bắc Kạn', en: 'Bắc Kạn arrowroot vermicelli' },
    registered: 2021,
    covers: [{ group: 'I.3.c', name: { vi: 'Miến dong', en: 'Arrowroot vermicelli' } }],
    where: { formerDistricts: ['na-ri'] },
  };

  it('accepts an indication for a kind of product from named districts or communes', () => {
    expect(protectedNames.parse(mark).where).toEqual({ formerDistricts: ['na-ri'], formerCommunes: [] });
    expect(
      protectedNames.safeParse({ ...mark, where: { formerCommunes: ['na-ri--con-minh'] } }).success,
    ).toBe(true);
  });

  it('needs the kinds of product it covers, each in a known sub-group', () => {
    expect(issues(protectedNames, { ...mark, covers: [] })).toContain(
      'covers: covers: name at least one kind of product',
    );
    expect(issues(protectedNames, { ...mark, covers: [{ ...mark.covers[0], group: 'I.9' }] })[0]).toMatch(
      /^covers.0.group: unknown OCOP sub-group "I.9"/,
    );
  });

  it('needs a place: known former districts or communes', () => {
    expect(issues(protectedNames, { ...mark, where: {} })).toContain(
      'where: where: name the former districts or communes the protection covers',
    );
    expect(issues(protectedNames, { ...mark, where: { formerDistricts: ['ha-noi'] } })[0]).toMatch(
      /^where.formerDistricts.0:/,
    );
    expect(issues(protectedNames, { ...mark, where: { formerCommunes: ['na-ri--khong-co'] } })).toContain(
      'where.formerCommunes.0: unknown area "na-ri--khong-co"',
    );
  });

  it('takes only the two kinds of protected name', () => {
    expect(issues(protectedNames, { ...mark, kind: 'vietgap' })[0]).toMatch(/^kind:/);
  });
});

describe('concepts', () => {
  const concept = {
    id: 'thao-duoc',
    terms: { vi: ['thảo dược'], en: ['herbal'] },
    codes: ['I', 'I.5', 'I.5.b'],
  };

  it('accepts groups, parts of groups and sub-groups that exist, and fills the defaults', () => {
    expect(conceptSchema(ctx).parse(concept)).toEqual({ ...concept, nameWords: [], everything: false });
  });

  it('names a code that is not in groups.json, or not a code', () => {
    expect(issues(conceptSchema(ctx), { ...concept, codes: ['II.1'] })[0]).toMatch(
      /^codes.0: no OCOP group or sub-group "II.1"/,
    );
    expect(issues(conceptSchema(ctx), { ...concept, codes: ['I-5'] })[0]).toMatch(/^codes.0: a QĐ 148 code/);
  });

  it('needs terms in both languages and some products to name', () => {
    expect(issues(conceptSchema(ctx), { ...concept, terms: { vi: ['thảo dược'] } })[0]).toMatch(/^terms.en/);
    expect(issues(conceptSchema(ctx), { ...concept, terms: { vi: [], en: ['herbal'] } })[0]).toMatch(
      /terms.vi: give at least one term/,
    );
    expect(issues(conceptSchema(ctx), { id: 'x', terms: concept.terms })[0]).toMatch(
      /names products by codes, nameWords or everything/,
    );
  });
});

describe('programme figures', () => {
  const certified = {
    id: '2023-07',
    kind: 'certified',
    asOf: '2023-07',
    label: { vi: '7/2023' },
    products: 182,
    byStars: { '3': 163, '4': 18, '5': 1 },
    source: { vi: 'Báo chí', en: 'Press' },
  };
  const round = {
    id: '2021-round',
    kind: 'round',
    asOf: '2021-06-01',
    label: { vi: 'Đợt 2021' },
    registered: 82,
    met: 58,
    returned: 24,
    source: { vi: 'Báo cáo năm 2021' },
  };

  it('accepts consistent figures', () => {
    expect(programmeFigureSchema.safeParse(certified).success).toBe(true);
    expect(programmeFigureSchema.safeParse(round).success).toBe(true);
  });

  it('rejects a star split that does not add up to the total', () => {
    expect(issues(programmeFigureSchema, { ...certified, products: 183 })).toContain(
      'byStars: the star split does not add up to 183',
    );
  });

  it('rejects a round whose met + returned is not the registered count', () => {
    expect(issues(programmeFigureSchema, { ...round, returned: 20 })).toContain(
      'returned: met + returned must equal registered',
    );
  });

  it('rejects producer types that do not add up to the total', () => {
    const producers = {
      total: 110,
      byType: { 'hop-tac-xa': 73, 'doanh-nghiep': 5, 'to-hop-tac': 10, 'ho-kinh-doanh': 21 },
    };
    expect(issues(programmeFigureSchema, { ...certified, producers })).toContain(
      'producers.byType: producer types add up to 109, not 110',
    );
  });

  it('rejects an unknown kind, an unknown key and a malformed date', () => {
    expect(programmeFigureSchema.safeParse({ ...round, kind: 'estimate' }).success).toBe(false);
    expect(issues(programmeFigureSchema, { ...round, approved: 58 })[0]).toMatch(/approved/);
    expect(issues(programmeFigureSchema, { ...round, asOf: '6/2021' })).toContain(
      'asOf: asOf: YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});
