/**
 * The promises of the sample dataset (written by scripts/sample-data/generate.ts), read from
 * content/ on disk: big enough to exercise listings and search, spread over the whole province
 * and all six OCOP groups, stars and expiries like the province's, every product named in
 * shared/domain/ocop.md present with its producer, place and stars, no claim of a protected name
 * that does not cover the product, and English for every text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { certificateStatus, isCurrent } from '../../src/lib/content/certificate-status.ts';
import { resolveCertifications } from '../../src/lib/content/certifications.ts';
import { producerToComplete, productToComplete } from '../../src/lib/content/completeness.ts';
import { confirmationDue } from '../../src/lib/content/confirmation.ts';
import { CONTENT_DIR, readKnownIds } from '../../src/lib/content/content-ids.ts';
import { type Area, formerDistricts } from '../../src/lib/content/schemas/area.ts';
import { eventSchema } from '../../src/lib/content/schemas/event.ts';
import { producerSchema } from '../../src/lib/content/schemas/producer.ts';
import { productSchema } from '../../src/lib/content/schemas/product.ts';
import { protectedNameSchema } from '../../src/lib/content/schemas/protected-name.ts';

/** The day expiry is judged against: the dataset was written for the end of November 2026. */
const TODAY = '2026-11-28';

const known = readKnownIds();
const ctx = { ...known, photo: () => z.string() };

type Product = z.infer<ReturnType<typeof productSchema>>;
type Producer = z.infer<ReturnType<typeof producerSchema>>;

function load<T>(folder: string, schema: z.ZodType<T>): Map<string, T> {
  const dir = join(CONTENT_DIR, folder);
  const out = new Map<string, T>();
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const result = schema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (result.success) out.set(file.slice(0, -'.json'.length), result.data);
    else
      problems.push(
        ...result.error.issues.map((i) => `${folder}/${file}: ${i.path.join('.')}: ${i.message}`),
      );
  }
  expect(problems).toEqual([]);
  return out;
}

const products = load('products', productSchema(ctx));
const producers = load('producers', producerSchema(ctx));
const events = load('events', eventSchema(ctx));
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8'));
const areas = new Map((readJson('areas.json') as Area[]).map((a) => [a.id, a]));
const protectedNames = new Map(
  z
    .array(protectedNameSchema(ctx))
    .parse(readJson('protected-names.json'))
    .map((p) => [p.id, p]),
);

const producerOf = (p: Product) => producers.get(p.producer) as Producer;
const areaOf = (p: Product) => areas.get(producerOf(p).address.area ?? '') as Area;
const current = (p: Product) => p.certificates[p.certificates.length - 1] as Product['certificates'][number];
const share = (n: number) => n / products.size;

describe('sample dataset', () => {
  it('validates every product, producer and fair against the schemas', () => {
    expect(products.size).toBe(known.products.size);
    expect(producers.size).toBe(known.producers.size);
    expect(events.size).toBeGreaterThanOrEqual(4);
  });

  it('has nothing left to complete: every entry has its story, photos, pack sizes, trade data and contacts', () => {
    for (const [slug, p] of products) expect(productToComplete(p), `products/${slug}`).toEqual([]);
    for (const [slug, p] of producers) expect(producerToComplete(p), `producers/${slug}`).toEqual([]);
  });

  it('is big enough: at least 150 products from at least 70 producers', () => {
    expect(products.size).toBeGreaterThanOrEqual(150);
    expect(producers.size).toBeGreaterThanOrEqual(70);
  });

  it('covers TP Bắc Kạn and all seven former districts, with products and producers', () => {
    const productDistricts = new Set([...products.values()].map((p) => areaOf(p).formerDistrictSlug));
    const producerDistricts = new Set(
      [...producers.values()].map((p) => areas.get(p.address.area ?? '')?.formerDistrictSlug),
    );
    for (const d of formerDistricts) {
      expect(productDistricts.has(d.slug), d.name).toBe(true);
      expect(producerDistricts.has(d.slug), d.name).toBe(true);
    }
  });

  it('covers all six OCOP groups, with the Nam Mẫu homestay in group VI', () => {
    const numerals = new Set([...products.values()].map((p) => p.group.split('.')[0]));
    expect([...numerals].sort()).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(products.get('homestay-cong-dong-nam-mau')?.group).toBe('VI');
  });

  it('has every producer type, cooperatives the most', () => {
    const types = [...producers.values()].map((p) => p.type);
    const count = (t: string) => types.filter((x) => x === t).length;
    for (const t of ['hop-tac-xa', 'doanh-nghiep', 'ho-kinh-doanh', 'to-hop-tac'])
      expect(count(t), t).toBeGreaterThan(0);
    expect(count('hop-tac-xa') / types.length).toBeGreaterThan(0.5);
  });

  it('has stars like the province: mostly 3★, some 4★, at least three 5★', () => {
    const stars = [...products.values()].map((p) => current(p).stars);
    const count = (n: number) => stars.filter((s) => s === n).length;
    expect(share(count(3))).toBeGreaterThan(0.8);
    expect(share(count(4))).toBeGreaterThanOrEqual(0.05);
    expect(share(count(4))).toBeLessThan(0.15);
    expect(count(5)).toBeGreaterThanOrEqual(3);
  });

  it('dates certificates from 2018 to 2025, oldest first, some products with several', () => {
    const years = [...products.values()].flatMap((p) =>
      p.certificates.map((c) => Number(c.decisionDate.slice(0, 4))),
    );
    expect(Math.min(...years)).toBe(2018);
    expect(Math.max(...years)).toBe(2025);
    for (let y = 2018; y <= 2025; y++) expect(years.includes(y), String(y)).toBe(true);
    const several = [...products.values()].filter((p) => p.certificates.length > 1);
    expect(several.length).toBeGreaterThan(products.size / 4);
    expect(several.some((p) => p.certificates.some((c) => c.kind === 'upgraded'))).toBe(true);
  });

  it('names the body that certified each decision for its date and stars', () => {
    for (const [slug, p] of products) {
      for (const c of p.certificates) {
        const at = `${slug} ${c.decisionDate} ${c.stars}★`;
        if (c.stars === 5) expect(c.issuedBy, at).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
        else if (c.decisionDate < '2023-02-24') expect(c.issuedBy, at).toBe('UBND tỉnh Bắc Kạn');
        else if (c.decisionDate < '2025-07-01')
          expect(c.issuedBy, at).toMatch(c.stars === 3 ? /^UBND (huyện|thành phố) / : /^UBND tỉnh Bắc Kạn$/);
        else expect(c.issuedBy, at).toBe('UBND tỉnh Thái Nguyên');
      }
    }
  });

  it(`has about a fifth of products expired on ${TODAY}, and one or two revoked`, () => {
    const statuses = [...products.values()].map((p) => certificateStatus(current(p), TODAY));
    const expired = statuses.filter((s) => s === 'expired').length;
    expect(share(expired)).toBeGreaterThanOrEqual(0.15);
    expect(share(expired)).toBeLessThanOrEqual(0.3);
    const revoked = statuses.filter((s) => s === 'revoked').length;
    expect(revoked).toBeGreaterThanOrEqual(1);
    expect(revoked).toBeLessThanOrEqual(2);
  });

  it('features about eight products, all currently valid', () => {
    const featured = [...products.values()].filter((p) => p.featured);
    expect(featured.length).toBeGreaterThanOrEqual(6);
    expect(featured.length).toBeLessThanOrEqual(10);
    for (const p of featured) expect(isCurrent(certificateStatus(current(p), TODAY)), p.name.vi).toBe(true);
  });

  it('has English beside every Vietnamese text: names, stories, notes, in every file', () => {
    const missing: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, `${where}.${i}`);
      } else if (value && typeof value === 'object') {
        if ('vi' in value && !('en' in value)) missing.push(where);
        for (const [key, v] of Object.entries(value)) walk(v, `${where}.${key}`);
      }
    };
    for (const folder of ['products', 'producers', 'events'])
      for (const file of readdirSync(join(CONTENT_DIR, folder)))
        walk(readJson(join(folder, file)), `${folder}/${file}`);
    for (const file of ['programme.json', 'groups.json', 'protected-names.json']) walk(readJson(file), file);
    expect(missing).toEqual([]);
  });

  it('dates every contacts and trade confirmation, none after today, a fair share due for a check', () => {
    for (const dates of [
      [...producers.values()].map((p) => p.contacts?.confirmedOn),
      [...products.values()].map((p) => p.trade?.confirmedOn),
    ]) {
      const days = dates.filter((d): d is string => d !== undefined);
      expect(days).toHaveLength(dates.length);
      expect(days.filter((d) => d > TODAY)).toEqual([]);
      const due = days.filter((d) => confirmationDue(d, TODAY)).length / days.length;
      expect(due).toBeGreaterThan(0.1);
      expect(due).toBeLessThan(0.4);
    }
  });

  it('links no outlet outside the illustrative example domains: it claims no real shop page', () => {
    const outlets = [...products.values()].flatMap((p) => p.whereToBuy);
    const linked = outlets.flatMap((o) => (o.url ? [new URL(o.url).hostname] : []));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((host) => !/\.example(\.vn)?$/.test(host))).toEqual([]);
    expect(outlets.filter((o) => o.kind === 'ocop-point').length).toBeGreaterThan(100);
  });

  it('gives some products an HS code and a price measure to price their packs by', () => {
    const all = [...products.values()];
    expect(all.filter((p) => p.hsCode).length).toBeGreaterThan(10);
    expect(all.filter((p) => p.price?.measure).length / all.length).toBeGreaterThan(0.6);
  });

  it('shows at fairs only products certified and valid on the fair’s last day', () => {
    for (const [slug, fair] of events) {
      for (const id of fair.products) {
        const p = products.get(id) as Product;
        const held = p.certificates.filter((c) => c.decisionDate <= fair.start).at(-1);
        expect(held && isCurrent(certificateStatus(held, fair.end)), `${slug}: ${id}`).toBe(true);
      }
    }
    const hanoi = events.get('hoi-cho-ocop-ha-noi-2026');
    expect(hanoi?.start.startsWith('2026-12')).toBe(true);
    expect(hanoi?.products.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps the illustrative images under 12 MB', () => {
    const size = ['products', 'producers']
      .map((folder) => join(CONTENT_DIR, 'images', folder))
      .flatMap((dir) => readdirSync(dir).map((f) => statSync(join(dir, f)).size))
      .reduce((a, b) => a + b, 0);
    expect(size).toBeLessThan(12 * 1024 * 1024);
  });
});

/** The products of shared/domain/ocop.md: slug, producer, former district (and commune where given), stars. */
const named: [
  slug: string,
  producer: string,
  district: string,
  commune: string | null,
  stars: number | null,
][] = [
  ['mien-dong-tai-hoan', 'htx-tai-hoan', 'na-ri', 'na-ri--con-minh', 5],
  ['vi-cumax-nano-curcumin', 'cong-ty-curcumin-bac-ha', 'tp-bac-kan', 'tp-bac-kan--nong-thuong', 4],
  ['tra-giao-co-lam-nui-da', 'cong-ty-curcumin-bac-ha', 'tp-bac-kan', 'tp-bac-kan--nong-thuong', 4],
  ['tinh-bot-nghe-nep-do', 'htx-nong-nghiep-tan-thanh', 'tp-bac-kan', 'tp-bac-kan--nong-thuong', 4],
  ['tinh-bot-nghe-nep-den', 'htx-nong-nghiep-tan-thanh', 'tp-bac-kan', 'tp-bac-kan--nong-thuong', 4],
  ['tra-hoa-vang', 'cong-ty-tnhh-ha-diep', 'tp-bac-kan', null, 4],
  ['tra-nu-voi', 'cong-ty-tnhh-ha-diep', 'tp-bac-kan', null, 4],
  // ocop.md does not say where Asuka works.
  ['ruou-mo-asuka', 'cong-ty-asuka-viet-nam', '', null, 4],
  ['ruou-men-la-thanh-tam', 'htx-thanh-tam', 'cho-don', 'cho-don--bang-phuc', 4],
  ['ruou-men-la-bang-phuc', 'htx-bang-phuc', 'cho-don', 'cho-don--bang-phuc', 4],
  ['tra-bi-thom-yen-duong', 'htx-yen-duong', 'ba-be', null, 4],
  // Its stars are unknown (❓ in ocop.md).
  ['bi-xanh-thom-nhung-luy', 'htx-nhung-luy', 'ba-be', 'ba-be--dia-linh', null],
  ['gao-nep-khau-nua-lech', 'htx-khau-nua-lech-thuong-quan', 'ngan-son', 'ngan-son--thuong-quan', 3],
  ['bun-kho-quynh-nien', 'htx-quynh-nien', 'ngan-son', null, 3],
  ['pho-kho-quynh-nien', 'htx-quynh-nien', 'ngan-son', null, 3],
  ['tra-ca-gai-leo-bao-chau', 'htx-duoc-lieu-bao-chau', 'na-ri', 'na-ri--van-lang', 3],
  ['gao-nep-tan-son', 'htx-nong-nghiep-sach-tan-son', 'cho-moi', 'cho-moi--tan-son', 3],
  ['tra-shan-tuyet-khau-bjooc', 'htx-che-shan-tuyet-ban-chao', 'cho-moi', 'cho-moi--yen-cu', 3],
  ['mat-ong-rung-thanh-dat', 'htx-thanh-dat', 'cho-moi', 'cho-moi--nong-ha', 3],
  ['banh-gio-cho-moi', 'hkd-banh-que-cho-moi', 'cho-moi', null, 3],
  ['com-lam-cho-moi', 'hkd-banh-que-cho-moi', 'cho-moi', null, 3],
  ['cam-ngot-thanh-mai', 'hkd-vuon-cam-thanh-mai', 'cho-moi', 'cho-moi--thanh-mai', 3],
  ['lap-suon-bac-kan', 'hkd-nha-hang-bep-nui', 'tp-bac-kan', null, 3],
  ['thit-treo-gac-bep-bac-kan', 'hkd-nha-hang-bep-nui', 'tp-bac-kan', null, 3],
  ['ruou-chuoi-men-la-tan-dan', 'htx-tan-dan', 'tp-bac-kan', null, 3],
  ['giam-chuoi-tan-dan', 'htx-tan-dan', 'tp-bac-kan', null, 3],
  ['tra-hoa-du-du-duc-quan-ha', 'tht-quan-ha', 'bach-thong', null, 3],
  ['homestay-cong-dong-nam-mau', 'hkd-homestay-nam-mau', 'ba-be', 'ba-be--nam-mau', 3],
];

describe.each(named)('named product %s', (slug, producer, district, commune, stars) => {
  it('is present with its producer, place and stars', () => {
    const p = products.get(slug);
    expect(p, slug).toBeDefined();
    if (!p) return;
    expect(p.producer).toBe(producer);
    if (district) expect(areaOf(p).formerDistrictSlug).toBe(district);
    if (commune) expect(producerOf(p).address.area).toBe(commune);
    if (stars) expect(current(p).stars).toBe(stars);
  });
});

describe('Miến dong Tài Hoan', () => {
  it('was upgraded to 5★ by decision 2890/QĐ-BNN-VPĐP of 30/6/2021 with 91.14 points, and is valid today', () => {
    const p = products.get('mien-dong-tai-hoan') as Product;
    expect(p.certificates).toContainEqual(
      expect.objectContaining({
        stars: 5,
        score: 91.14,
        decision: '2890/QĐ-BNN-VPĐP',
        decisionDate: '2021-06-30',
        kind: 'upgraded',
      }),
    );
    expect(isCurrent(certificateStatus(current(p), TODAY))).toBe(true);
    expect(p.trade?.exportMarkets).toContain('CZ');
  });
});

describe('claims of protected names (geographical indications, collective marks)', () => {
  const marks = [...protectedNames.values()];
  const carries = (p: Product, id: string) => p.certifications.some((c) => c.protectedName === id);
  const says = (text: string, phrase: string | undefined) =>
    phrase !== undefined &&
    text.normalize('NFC').toLowerCase().includes(phrase.normalize('NFC').toLowerCase());
  const storyOf = (story: Product['story']) => `${story?.vi ?? ''}\n${story?.en ?? ''}`;
  const GENERIC = ['chỉ dẫn địa lý', 'nhãn hiệu tập thể', 'geographical indication', 'collective mark'];

  it('puts an indication or mark only on products of a kind and place it protects', () => {
    const problems = [...products].flatMap(([slug, p]) =>
      resolveCertifications(p, areaOf(p), protectedNames).problems.map((m) => `${slug}: ${m}`),
    );
    expect(problems).toEqual([]);
  });

  it('names a protected name in a product story only where the product carries it', () => {
    for (const [slug, p] of products) {
      const story = storyOf(p.story);
      for (const mark of marks)
        if (says(story, mark.name.vi) || says(story, mark.name.en))
          expect(carries(p, mark.id), `${slug}: ${mark.id}`).toBe(true);
      if (GENERIC.some((phrase) => says(story, phrase)))
        expect(
          p.certifications.some((c) => c.protectedName),
          `${slug} speaks of a protected name`,
        ).toBe(true);
    }
  });

  it('names a protected name in a producer story only where one of its products carries it', () => {
    for (const [slug, producer] of producers) {
      const own = [...products.values()].filter((p) => p.producer === slug);
      for (const mark of marks)
        if (says(storyOf(producer.story), mark.name.vi) || says(storyOf(producer.story), mark.name.en))
          expect(
            own.some((p) => carries(p, mark.id)),
            `${slug}: ${mark.id}`,
          ).toBe(true);
    }
  });

  it('uses every protected name of ocop.md on at least one product, Miến dong Tài Hoan its indication', () => {
    for (const mark of marks)
      expect(
        [...products.values()].some((p) => carries(p, mark.id)),
        mark.id,
      ).toBe(true);
    expect(carries(products.get('mien-dong-tai-hoan') as Product, 'mien-dong-bac-kan')).toBe(true);
  });
});
