/**
 * A national-scale catalogue for the build benchmark: producers, products and fairs in both
 * languages, shaped like the province's real data, generated from a seed.
 */
import type { Area } from '../../../src/lib/content/schemas/area.ts';
import { standardKinds } from '../../../src/lib/content/schemas/certification.ts';
import type { Group } from '../../../src/lib/content/schemas/group.ts';
import type { ProducerType } from '../../../src/lib/content/schemas/producer.ts';
import { uniqueSlug } from '../../../src/lib/content/slugs.ts';
import { slugify } from '../../../src/lib/text/slugify.ts';
import { type Random, seededRandom } from '../../lib/random.ts';
import { type ProductKind, productKinds } from './product-kinds.ts';

export type Text = { vi: string; en: string };
type Entry = Record<string, unknown>;

export interface GeneratedCatalogue {
  producers: Map<string, Entry>;
  products: Map<string, Entry>;
  events: Map<string, Entry>;
}

export interface CatalogueSize {
  products: number;
  producers: number;
  seed?: number;
}

const producerTypes: readonly (readonly [ProducerType, number])[] = [
  ['hop-tac-xa', 66],
  ['ho-kinh-doanh', 20],
  ['to-hop-tac', 9],
  ['doanh-nghiep', 5],
];

const typeNames: Record<ProducerType, Text> = {
  'hop-tac-xa': { vi: 'Hợp tác xã', en: 'Cooperative' },
  'doanh-nghiep': { vi: 'Công ty TNHH', en: 'Co., Ltd' },
  'to-hop-tac': { vi: 'Tổ hợp tác', en: 'Cooperative Group' },
  'ho-kinh-doanh': { vi: 'Hộ kinh doanh', en: 'Household Business' },
};

const brands = [
  'Thành Đạt',
  'Tân Tiến',
  'Phúc Lộc',
  'Hòa Bình',
  'Đoàn Kết',
  'Quyết Tiến',
  'Thịnh Vượng',
  'Bình Minh',
  'Xuân Trường',
  'An Khang',
  'Hưng Thịnh',
  'Tân Dân',
  'Minh Phát',
  'Khánh An',
  'Hồng Hà',
  'Sơn Lâm',
  'Thanh Tâm',
  'Phú Thượng',
  'Bảo An',
  'Trường Sơn',
  'Nông Sản Sạch',
  'Xanh Bắc Kạn',
  'Đại Phát',
  'Kim Ngân',
  'Tiến Thành',
  'Hoàng Long',
  'Vân Anh',
  'Lâm Phát',
  'Thái Bình',
  'Hữu Nghị',
];

const villages = [
  'Nà Làng',
  'Khuổi Cuồng',
  'Bản Cháo',
  'Pác Ngòi',
  'Nà Phặc',
  'Cốc Phấy',
  'Bản Vàng',
  'Nà Mòn',
  'Khau Bjooc',
  'Lủng Vài',
];

const outlets = [
  {
    kind: 'ocop-point',
    name: 'Điểm giới thiệu sản phẩm OCOP Bắc Kạn',
    address: 'Phường Đức Xuân, Thái Nguyên',
    phone: '0900 100 006',
    openingHours: ['Mo-Su 07:30-17:30'],
  },
  { kind: 'supermarket', name: 'WinMart Bắc Kạn', address: 'Phường Bắc Kạn, Thái Nguyên' },
  { kind: 'online', name: 'Postmart', url: 'https://postmart.vn/ocop-bac-kan/san-pham' },
  { kind: 'online', name: 'Sàn thương mại điện tử OCOP', url: 'https://ocopvietnam.gov.vn/san-pham/bac-kan' },
  { kind: 'shop', name: 'Cửa hàng đặc sản Ba Bể', address: 'Xã Nam Mẫu, Thái Nguyên' },
] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO date `days` after an ISO date. */
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

const randomDate = (random: Random, from: string, to: string) =>
  addDays(from, random.int(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)));

/** Unique slug for a name: the plain slug, then -2, -3, … */
function takeSlug(name: string, taken: Set<string>): string {
  const slug = uniqueSlug(slugify(name), (s) => taken.has(s), 'product');
  taken.add(slug);
  return slug;
}

const phone = (random: Random) =>
  `09${random.int(1, 9)}${random.int(0, 9)} ${pad(random.int(0, 999), 3)} ${pad(random.int(0, 999), 3)}`;

interface ProducerInfo {
  slug: string;
  name: Text;
  area: Area;
}

function producer(
  random: Random,
  index: number,
  areas: readonly Area[],
  photos: readonly string[],
  taken: Set<string>,
) {
  const type = random.weighted(producerTypes);
  const area = areas[index % areas.length] as Area;
  const brand = random.pick(brands);
  const name = {
    vi: `${typeNames[type].vi} ${brand} ${area.formerUnit}`,
    en: `${brand} ${area.formerUnit} ${typeNames[type].en}`,
  };
  const slug = takeSlug(name.vi, taken);
  const founded = random.int(1995, 2024);
  const households = random.int(5, 400);
  const grouped = type === 'hop-tac-xa' || type === 'to-hop-tac';
  const data: Entry = {
    name,
    type,
    story: {
      vi: `${name.vi} được thành lập năm ${founded} tại ${area.formerKind} ${area.formerUnit}, ${area.formerDistrict}. Các thành viên liên kết với ${households} hộ dân trong vùng để trồng, thu hái và chế biến nguyên liệu theo cách truyền thống của đồng bào Tày, Nùng, Dao, rồi đóng gói và bán sản phẩm dưới nhãn hiệu chung.`,
      en: `${name.en} was founded in ${founded} in ${area.formerUnit}, ${area.formerDistrict}. Its members work with ${households} local households who grow, harvest and process the raw material in the traditional ways of the Tày, Nùng and Dao peoples, then pack and sell the products under one brand.`,
    },
    founded,
    ...(grouped ? { members: random.int(7, 120) } : {}),
    households,
    address: { street: `Thôn ${random.pick(villages)}`, area: area.id },
    contacts: {
      phone: phone(random),
      ...(random.chance(0.6) ? { email: `${slug}@example.vn` } : {}),
      ...(random.chance(0.5) ? { zalo: phone(random) } : {}),
      ...(random.chance(0.2) ? { website: `https://${slug}.example.vn/` } : {}),
    },
    photos: random.chance(0.5)
      ? [
          {
            src: `../images/${random.pick(photos)}`,
            alt: { vi: `Cơ sở sản xuất của ${name.vi}`, en: `The workshop of ${name.en}` },
          },
        ]
      : [],
  };
  return { info: { slug, name, area } satisfies ProducerInfo, data };
}

/** Who signs a certificate of this many stars on this date (shared/domain/ocop.md). */
function issuer(stars: number, date: string, area: Area): string {
  if (stars === 5) return 'Bộ Nông nghiệp và Phát triển nông thôn';
  if (date >= '2025-07-01') return 'UBND tỉnh Thái Nguyên';
  if (stars === 3 && date >= '2023-02-24') return `UBND huyện ${area.formerDistrict}`;
  return 'UBND tỉnh Bắc Kạn';
}

function certificate(
  random: Random,
  stars: number,
  date: string,
  area: Area,
  kind: 'new' | 'reissued' | 'upgraded',
) {
  const [low, high] = stars === 5 ? [90, 99] : stars === 4 ? [70, 89] : [50, 69];
  return {
    stars,
    score: random.int(low * 100, high * 100 + 99) / 100,
    decision: `${random.int(100, 3999)}/${stars === 5 ? 'QĐ-BNN-VPĐP' : 'QĐ-UBND'}`,
    decisionDate: date,
    issuedBy: issuer(stars, date, area),
    criteria: date >= '2023-02-24' ? 'QD148' : 'QD1048',
    kind,
  };
}

function certificates(random: Random, area: Area) {
  const stars = random.weighted([
    [3, 80],
    [4, 17],
    [5, 3],
  ] as const);
  const first = randomDate(random, '2018-01-01', '2025-10-31');
  const list = [certificate(random, stars, first, area, 'new')];
  const renewal = addDays(first, 36 * 30 + random.int(-60, 30));
  if (renewal <= '2025-10-31' && random.chance(0.5)) {
    const upgraded = stars < 5 && random.chance(0.2);
    list.push(
      certificate(random, upgraded ? stars + 1 : stars, renewal, area, upgraded ? 'upgraded' : 'reissued'),
    );
  }
  const last = list.at(-1) as (typeof list)[number];
  if (random.chance(0.01)) {
    return [
      ...list.slice(0, -1),
      {
        ...last,
        revoked: {
          date: addDays(last.decisionDate, random.int(90, 400)),
          decision: `${random.int(100, 3999)}/QĐ-UBND`,
        },
      },
    ];
  }
  return list;
}

function product(
  random: Random,
  code: string,
  kind: ProductKind,
  maker: ProducerInfo,
  photos: readonly string[],
  taken: Set<string>,
  featured: boolean,
) {
  const place = maker.area.formerUnit;
  const name = { vi: `${kind.name.vi} ${place}`, en: `${place} ${kind.name.en}` };
  const slug = takeSlug(name.vi, taken);
  const twin = slug !== slugify(name.vi);
  if (twin) {
    name.vi = `${kind.name.vi} ${place} ${slug.split('-').at(-1)}`;
    name.en = `${place} ${kind.name.en} ${slug.split('-').at(-1)}`;
  }
  const smallest = Math.min(...kind.amounts);
  const price = Math.round((kind.price * random.int(80, 130)) / 100 / 1000) * 1000;
  const food = code.startsWith('I.') || code.startsWith('II.');
  const photoCount = random.weighted([
    [1, 50],
    [2, 30],
    [3, 20],
  ] as const);
  return {
    slug,
    data: {
      name,
      producer: maker.slug,
      group: code,
      certificates: certificates(random, maker.area),
      certifications: [
        // The indication covers miến dong from anywhere in the former province (content/protected-names.json).
        ...(kind.name.vi === 'Miến dong'
          ? [{ kind: 'geographical-indication', protectedName: 'mien-dong-bac-kan' }]
          : []),
        ...random
          .some(
            standardKinds,
            random.weighted([
              [0, 60],
              [1, 30],
              [2, 10],
            ] as const),
          )
          .map((standard) => ({ kind: standard, since: randomDate(random, '2015-01-01', '2024-12-31') })),
      ],
      story: {
        vi: `${kind.name.vi} của ${maker.name.vi} được làm tại ${place}, ${maker.area.formerDistrict}, từ nguyên liệu của vùng núi Bắc Kạn. Người làm giữ cách làm truyền thống, kiểm soát chất lượng từng mẻ và đóng gói có tem truy xuất nguồn gốc.`,
        en: `${name.en} is made by ${maker.name.en} in ${place}, ${maker.area.formerDistrict}, from raw material grown in the mountains of Bắc Kạn. The makers keep the traditional method, check the quality of every batch and pack it with a traceability stamp.`,
      },
      ingredients: kind.ingredients,
      packSizes: kind.amounts.map((amount) => ({ amount, unit: kind.unit })),
      ...(kind.shelfLifeMonths ? { shelfLifeMonths: kind.shelfLifeMonths } : {}),
      ...(food
        ? {
            storage: {
              vi: 'Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.',
              en: 'Keep in a cool, dry place out of direct sunlight.',
            },
          }
        : {}),
      price: {
        min: price,
        max:
          Math.round((price * Math.max(...kind.amounts)) / smallest / 1000) * 1000 + random.int(0, 5) * 10000,
        per: { vi: `${smallest} ${kind.unit}`, en: `${smallest} ${kind.unit}` },
      },
      trade: {
        capacityPerYear: {
          amount: random.int(1, 200) * 10,
          unit: kind.unit === 'g' || kind.unit === 'kg' ? 't' : kind.unit,
        },
        minimumOrder: { amount: random.int(1, 20) * 10, unit: kind.unit === 'g' ? 'kg' : kind.unit },
        leadTimeDays: random.int(3, 30),
        samples: random.chance(0.7),
        exportMarkets: random.chance(0.05)
          ? random.some(['CZ', 'JP', 'KR', 'CN', 'DE'], random.int(1, 2))
          : [],
      },
      ...(random.chance(0.4)
        ? {
            season: {
              months: random.some([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], random.int(2, 5)),
              note: { vi: 'Ngon nhất khi thu hoạch đầu mùa.', en: 'Best at the start of the harvest.' },
            },
          }
        : {}),
      whereToBuy: random.some(outlets, random.int(0, 3)),
      photos: random.some(photos, photoCount).map((photo, i) => ({
        src: `../images/${photo}`,
        alt: {
          vi: `${name.vi}, ảnh minh họa ${i + 1}`,
          en: `${name.en}, illustrative photo ${i + 1}`,
        },
      })),
      featured,
    },
  };
}

/**
 * Generates `size.producers` producers spread over every former commune and `size.products`
 * products spread over every sub-group, each producer with at least one product, and four fairs.
 * `photos` are file names under content/images/ that every entry shares.
 */
export function generateCatalogue(
  size: CatalogueSize,
  lookups: { groups: readonly Group[]; areas: readonly Area[]; photos: readonly string[] },
): GeneratedCatalogue {
  if (size.products < size.producers) throw new Error('need at least one product per producer');
  const random = seededRandom(size.seed ?? 2025);
  const taken = new Set<string>();
  const makers: ProducerInfo[] = [];
  const producers = new Map<string, Entry>();
  for (let i = 0; i < size.producers; i++) {
    const { info, data } = producer(random, i, lookups.areas, lookups.photos, taken);
    makers.push(info);
    producers.set(info.slug, data);
  }

  const codes = lookups.groups.flatMap((g) => g.subGroups.map((s) => s.code));
  const missing = codes.filter((code) => !productKinds[code]);
  if (missing.length > 0) throw new Error(`no product kinds for sub-groups ${missing.join(', ')}`);
  const productSlugs = new Set<string>();
  const products = new Map<string, Entry>();
  // 24 featured products whatever the size, as the home page would show at national scale.
  const featuredEvery = Math.max(1, Math.floor(size.products / 24));
  for (let i = 0; i < size.products; i++) {
    // The first pass gives every producer a product; the rest go to random producers.
    const maker = i < makers.length ? (makers[i] as ProducerInfo) : random.pick(makers);
    const code =
      i < codes.length
        ? (codes[i] as string)
        : random.weighted(codes.map((c) => [c, c.startsWith('I.') ? 4 : 1] as const));
    const { slug, data } = product(
      random,
      code,
      random.pick(productKinds[code] ?? []),
      maker,
      lookups.photos,
      productSlugs,
      i % featuredEvery === 0,
    );
    products.set(slug, data);
  }

  const slugs = [...products.keys()];
  const events = new Map<string, Entry>();
  const fairs = [
    { slug: 'hoi-cho-ocop-ha-noi', city: 'Hà Nội', name: 'Hội chợ OCOP Hà Nội', en: 'Hanoi OCOP Fair' },
    {
      slug: 'hoi-cho-nong-san-thai-nguyen',
      city: 'Thái Nguyên',
      name: 'Hội chợ nông sản Thái Nguyên',
      en: 'Thái Nguyên Farm Produce Fair',
    },
    {
      slug: 'tuan-le-ocop-ho-chi-minh',
      city: 'TP Hồ Chí Minh',
      name: 'Tuần lễ OCOP TP Hồ Chí Minh',
      en: 'Ho Chi Minh City OCOP Week',
    },
    {
      slug: 'hoi-cho-xuan-bac-kan',
      city: 'Thái Nguyên',
      name: 'Hội chợ xuân Bắc Kạn',
      en: 'Bắc Kạn Spring Fair',
    },
  ];
  for (const [i, fair] of fairs.entries()) {
    const start = addDays('2026-03-01', i * 60);
    events.set(`${fair.slug}-2026`, {
      name: { vi: `${fair.name} 2026`, en: `${fair.en} 2026` },
      start,
      end: addDays(start, 4),
      venue: { vi: `Trung tâm triển lãm ${fair.city}`, en: `${fair.city} Exhibition Centre` },
      city: fair.city,
      booths: 6,
      boothNumbers: ['A01', 'A02', 'A03', 'A04', 'A05', 'A06'],
      description: {
        vi: `Gian hàng OCOP Bắc Kạn tại ${fair.name}.`,
        en: `The Bắc Kạn OCOP booths at the ${fair.en}.`,
      },
      products: random.some(slugs, Math.min(slugs.length, 40)),
    });
  }
  return { producers, products, events };
}
