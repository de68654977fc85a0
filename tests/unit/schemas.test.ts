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

const ctx: SchemaContext = {
  photo: () => z.string(),
  producers: new Set(['htx-tai-hoan']),
  products: new Set(['mien-dong-tai-hoan']),
  areas: new Set(['na-ri--con-minh']),
  subGroups: new Set(['I.3.c', 'I.5.b']),
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
    expect(producers.parse(producer).certifications).toEqual([]);
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
    expect(products.safeParse({ ...product, certificates: [older, certificate] }).success).toBe(true);
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

  it('needs at least one photo and one pack size, with a known unit', () => {
    expect(issues(products, { ...product, photos: [] })).toContain('photos: photos: at least one photo');
    expect(issues(products, { ...product, packSizes: [] }).some((i) => i.startsWith('packSizes:'))).toBe(
      true,
    );
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
});

describe('producer fields', () => {
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
    source: 'Báo chí',
  };
  const round = {
    id: '2021-round',
    kind: 'round',
    asOf: '2021-06-01',
    label: { vi: 'Đợt 2021' },
    registered: 82,
    met: 58,
    returned: 24,
    source: 'Báo cáo năm 2021',
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
