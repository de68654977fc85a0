/**
 * Relevance on the real sample catalogue (the documents of the last build) through the site's own
 * search path, against a real Meilisearch: Vietnamese typed every way people type it, synonyms
 * from the domain notes, typos, short queries, fields, filters and both languages; close matches,
 * concepts (content/concepts.json) and precision judged on queries people type; statuses by date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, certificateStatuses, statusOn } from '../../src/lib/content/certificate-status.ts';
import { datesOf, dayFromNumber } from '../../src/lib/search/certificate-days.ts';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import type { SearchParams } from '../../src/lib/search/params.ts';
import type { SearchHit } from '../../src/lib/search/response.ts';
import { builtDocuments, indexDocuments, rankedOn, SEARCH_DAY, search } from '../support/meilisearch.ts';

let catalogueSize = 0;
let documents: SearchDocument[];

beforeAll(async () => {
  documents = await builtDocuments();
  catalogueSize = documents.length;
  await indexDocuments(rankedOn(documents, SEARCH_DAY));
});

const hits = async (q: string, overrides: Partial<SearchParams> = {}): Promise<SearchHit[]> =>
  (await search(q, { hitsPerPage: 50, ...overrides })).hits;
const slugs = async (q: string, overrides: Partial<SearchParams> = {}) =>
  (await hits(q, overrides)).map((h) => h.slug);
const sameSet = async (a: string, b: string) =>
  expect((await slugs(a)).sort()).toEqual((await slugs(b)).sort());

const MIEN_DONG = [
  'mien-dong-ban-chang',
  'mien-dong-ban-qua',
  'mien-dong-khau-slom',
  'mien-dong-khuoi-ma',
  'mien-dong-na-khon',
  'mien-dong-slam-ve',
  'mien-dong-tai-hoan',
];

describe('typed without accents, in another form, or another case: the same results', () => {
  it.each([
    ['mien dong', 'miến dong'],
    ['MIẾN DONG', 'miến dong'],
    ['mie\u0302\u0301n dong', 'miến dong'],
    ['mat ong', 'mật ong'],
    ['hoà mục', 'hòa mục'],
    ['liêm thuỷ', 'liêm thủy'],
    ['dau goi', 'dầu gội'],
    ['dan tinh', 'đàn tính'],
  ])('%s finds what %s finds', async (variant, correct) => {
    const correctHits = await slugs(correct);
    expect(correctHits.length).toBeGreaterThan(0);
    await sameSet(variant, correct);
  });

  it.each(['Bắc Cạn', 'bac can', 'backan', 'Bắc Kạn'])(
    '%s puts the products named after Bắc Kạn first',
    async (q) => {
      expect((await slugs(q)).slice(0, 2).sort()).toEqual(['lap-suon-bac-kan', 'thit-treo-gac-bep-bac-kan']);
    },
  );

  it('reads "Bắc Cạn" inside a longer query', async () => {
    expect((await slugs('lạp sườn bắc cạn'))[0]).toBe('lap-suon-bac-kan');
  });
});

describe('exactly accented matches rank first', () => {
  it.each([
    ['đông', ['banh-chung-den-na-dong', 'gao-nep-na-dong']],
    ['mơ', ['ruou-mo-asuka']],
    ['dương', ['tra-bi-thom-yen-duong']],
    ['nà đông', ['banh-chung-den-na-dong', 'gao-nep-na-dong']],
  ])('%s', async (q, first) => {
    expect((await slugs(q)).slice(0, first.length).sort()).toEqual([...first].sort());
  });

  it('quê (home) before quế (cinnamon), and the other way round', async () => {
    const que = await hits('quê');
    const cinnamon = await hits('quế');
    expect(que.slice(0, 2).every((h) => /Quê(?!\p{L})/u.test(h.name))).toBe(true);
    expect(cinnamon.slice(0, 2).every((h) => /quế/iu.test(h.name))).toBe(true);
    expect(new Set(que.map((h) => h.slug))).toEqual(new Set(cinnamon.map((h) => h.slug)));
  });
});

describe('synonyms from the domain notes', () => {
  it('trà finds chè too, trà first', async () => {
    const found = await hits('trà');
    expect(found[0]?.name).toMatch(/^Trà/);
    expect(found.map((h) => h.slug)).toEqual(
      expect.arrayContaining(['che-shan-tuyet-phja-dam', 'tra-hoa-vang']),
    );
  });

  it('chè finds trà too, chè first', async () => {
    const found = await hits('chè');
    expect(found[0]?.name).toMatch(/^Chè/);
    expect(found.map((h) => h.slug)).toEqual(expect.arrayContaining(['tra-hoa-vang', 'tra-nu-voi']));
  });

  it.each([
    ['lạp xưởng', ['lap-suon-bac-kan', 'lap-suon-huong-dong', 'lap-suon-huong-que', 'lap-suon-vi-rung']],
    ['miến củ dong', MIEN_DONG],
    ['miến dong riềng', MIEN_DONG],
    ['cam quýt', ['quyt-khuoi-chang', 'quyt-na-leng', 'quyt-na-lin', 'quyt-phieng-khit']],
    ['hồng ngâm', ['hong-khong-hat-khau-qua', 'hong-khong-hat-pu-mo']],
    ['bí phấn', ['bi-xanh-thom-coc-toc', 'bi-xanh-thom-nhung-luy', 'tra-bi-thom-yen-duong']],
    ['nếp thép', ['gao-nep-khau-nua-lech', 'gao-nep-khau-nua-lech-na-ngan']],
    ['curcumin', ['vi-cumax-nano-curcumin', 'tinh-bot-nghe-nep-den', 'tinh-bot-nghe-nep-do']],
    ['tinh nghệ', ['tinh-bot-nghe-nep-den', 'tinh-bot-nghe-pac-cap']],
    ['thịt hun khói', ['thit-treo-gac-bep-bac-kan']],
    ['htx tài hoan', ['mien-dong-tai-hoan']],
  ])('%s', async (q, expected) => {
    expect(await slugs(q)).toEqual(expect.arrayContaining(expected));
  });

  it('nấm mèo finds exactly the mộc nhĩ', async () => {
    expect((await slugs('nấm mèo')).sort()).toEqual([
      'moc-nhi-ban-qua',
      'moc-nhi-ban-sung',
      'moc-nhi-khau-qua',
      'moc-nhi-khuoi-dang',
      'moc-nhi-na-phai',
      'moc-nhi-phja-bjooc',
    ]);
  });

  it('hợp tác xã and htx are one', async () => {
    expect((await slugs('hợp tác xã tài hoan'))[0]).toBe('mien-dong-tai-hoan');
  });
});

describe('Telex leftovers and typos', () => {
  it('mieens dong (input method off) finds miến dong', async () => {
    expect(await slugs('mieens dong')).toEqual(expect.arrayContaining(MIEN_DONG));
  });

  it('maatj ong finds mật ong', async () => {
    expect(await slugs('maatj ong')).toEqual(expect.arrayContaining(['mat-ong-lung-phac', 'mat-ong-na-sli']));
  });

  it('forgives a typo in a longer word', async () => {
    expect((await slugs('xa phongg')).slice(0, 3).sort()).toEqual([
      'xa-phong-thao-duoc-huong-rung',
      'xa-phong-thao-duoc-na-vi',
      'xa-phong-thao-duoc-pac-cap',
    ]);
    expect(await slugs('cymbidum', { locale: 'en' })).toEqual(['lan-kiem-lung-quang', 'lan-kiem-pu-co']);
    expect(await slugs('vermicelly', { locale: 'en' })).toEqual(expect.arrayContaining(MIEN_DONG));
  });

  it('does not mistake one short syllable for another', async () => {
    expect(await slugs('dương')).not.toContain('mien-dong-tai-hoan');
  });
});

describe('short queries and words typed halfway', () => {
  it.each(['t', 'm', 'a', 'cà', 'mo'])('%s does not return the whole catalogue', async (q) => {
    const { totalHits } = await search(q);
    expect(totalHits).toBeLessThan(catalogueSize / 2);
  });

  it('gà finds the chickens, not every word starting with ga', async () => {
    expect((await slugs('gà')).sort()).toEqual([
      'ga-doi-ban-chieng',
      'ga-doi-ban-dam',
      'ga-doi-coc-toc',
      'ga-doi-na-ngo',
    ]);
  });

  it.each(['mie', 'miế', 'miến d'])('%s (typing) already shows the miến dong', async (q) => {
    expect((await slugs(q)).slice(0, MIEN_DONG.length).sort()).toEqual(MIEN_DONG);
  });
});

describe('fields, filters and languages', () => {
  it('finds a product by its commune, before and after the 2025 reform', async () => {
    expect(await slugs('côn minh')).toEqual(['mien-dong-tai-hoan']);
    expect((await slugs('đồng phúc'))[0]).toBe('ruou-men-la-bang-phuc');
  });

  it('finds the products of a producer by its name', async () => {
    expect((await slugs('tân thành')).slice(0, 2).sort()).toEqual([
      'tinh-bot-nghe-nep-den',
      'tinh-bot-nghe-nep-do',
    ]);
  });

  it('finds by former district, and combines words across fields', async () => {
    expect((await hits('na rì')).slice(0, 10).every((h) => h.district === 'na-ri')).toBe(true);
    // The four miến dong of Na Rì, among the first five (the fifth: the starch of a Na Rì miến dong cooperative).
    expect((await slugs('miến dong na rì')).slice(0, 5)).toEqual(
      expect.arrayContaining([
        'mien-dong-ban-chang',
        'mien-dong-khuoi-ma',
        'mien-dong-na-khon',
        'mien-dong-tai-hoan',
      ]),
    );
  });

  it('finds by OCOP sub-group name, in both languages', async () => {
    // None of the six herbal cosmetics (soaps, shampoos, a Dao bath) says "mỹ phẩm" in its name:
    // the concept "mỹ phẩm" names sub-group III.2; other products match the words elsewhere
    // ("Mỹ Phương" and "thực phẩm"), after them.
    for (const [q, locale, name] of [
      ['mỹ phẩm', 'vi', 'Mỹ phẩm từ dược liệu'],
      ['cosmetics', 'en', 'Herbal cosmetics'],
    ] as const) {
      const firstSix = (await hits(q, { locale })).slice(0, 6);
      expect(firstSix.map((h) => h.subGroupName)).toEqual(Array(6).fill(name));
    }
  });

  it('finds by certification', async () => {
    expect(await slugs('chỉ dẫn địa lý miến dong')).toContain('mien-dong-tai-hoan');
  });

  it('applies filters', async () => {
    const inNaRi = await hits('mật ong', { district: 'na-ri' });
    expect(inNaRi.map((h) => h.slug)).toContain('mat-ong-lung-phac');
    expect(inNaRi.every((h) => h.district === 'na-ri')).toBe(true);
    expect((await hits('trà', { stars: 4 })).every((h) => h.stars === 4)).toBe(true);
  });

  it('filters by the status on the day asked', async () => {
    const valid = await hits('mật ong', { status: 'valid' });
    expect(valid.map((h) => h.slug)).not.toContain('mat-ong-khau-vac');
    expect(valid.length).toBeGreaterThan(0);
    expect(valid.every((h) => h.status === 'valid')).toBe(true);
    expect((await hits('mật ong', { status: 'expired' })).every((h) => h.status === 'expired')).toBe(true);
  });

  it('answers English readers in English, with English URLs', async () => {
    const honey = await hits('honey', { locale: 'en' });
    expect(honey.map((h) => h.slug)).toEqual(expect.arrayContaining(['mat-ong-lung-phac', 'mat-ong-na-sli']));
    expect(honey[0]?.url).toMatch(/^\/en\/products\//);
    expect(honey[0]?.name).toMatch(/honey/i);
    expect(await slugs('tea', { locale: 'en' })).toContain('tra-hoa-vang');
  });

  it('finds nothing for nonsense', async () => {
    expect((await search('xyzzy')).totalHits).toBe(0);
  });
});

describe('close matches: when no product matches every word', () => {
  it('"mat ong ba be": no honey from Ba Bể, so the honey, marked as close, not the jerky', async () => {
    const result = await search('mat ong ba be', { hitsPerPage: 50 });
    expect(result.closeMatches).toBe(true);
    expect(result.hits.length).toBeGreaterThanOrEqual(5);
    // The five honeys (all the catalogue has) first, then the turmeric-and-honey pills.
    expect(result.hits.slice(0, 5).every((h) => h.name.startsWith('Mật ong'))).toBe(true);
    expect(result.hits.every((h) => /mật ong/i.test(h.name))).toBe(true);
    expect(result.hits.map((h) => h.slug)).not.toContain('thit-trau-gac-bep-vi-rung');
  });

  it('drops the words nothing matches, with or without accents', async () => {
    for (const q of ['mật ong xyzzy', 'miến dong hà nội']) {
      const result = await search(q);
      expect(result.closeMatches, q).toBe(true);
      expect(result.hits.length, q).toBeGreaterThan(0);
    }
    expect((await search('mật ong xyzzy')).hits.every((h) => /mật ong/i.test(h.name))).toBe(true);
  });

  it('keeps only the products matching the most words: the counts and pages agree with them', async () => {
    const result = await search('gạo nếp chợ đồn xyzzy', { hitsPerPage: 2 });
    expect(result.closeMatches).toBe(true);
    const all = result.facets.status.find((f) => f.value === 'all');
    expect(all?.count).toBe(result.totalHits);
    expect(result.totalPages).toBe(Math.ceil(result.totalHits / 2));
    const next = await search('gạo nếp chợ đồn xyzzy', { hitsPerPage: 2, page: 2 });
    expect(next.closeMatches).toBe(true);
    expect(next.hits.map((h) => h.slug)).not.toEqual(result.hits.map((h) => h.slug));
    // Glutinous rice of Chợ Đồn matches four words of five; nothing that matches fewer is shown.
    const full = await search('gạo nếp chợ đồn xyzzy', { hitsPerPage: 50 });
    expect(full.hits.every((h) => h.district === 'cho-don')).toBe(true);
  });

  it('looks in what products mention (their stories) only when no product is named by the words', async () => {
    // "quay mật" (spinning honey) is in a honey's story; "mật" names the honey, and they come first.
    const honey = await search('quay mật', { hitsPerPage: 50 });
    expect(honey.closeMatches).toBe(true);
    expect(honey.hits.every((h) => /mật/i.test(h.name))).toBe(true);
    // No product is named "thác" (waterfall): the places whose stories have one are close matches.
    const waterfall = await search('thác', { hitsPerPage: 50 });
    expect(waterfall.closeMatches).toBe(true);
    const stories = new Map(documents.map((d) => [d.slug, d.story?.vi ?? '']));
    expect(waterfall.hits.length).toBeGreaterThan(0);
    expect(waterfall.hits.every((h) => /thác/i.test(stories.get(h.slug) ?? ''))).toBe(true);
  });

  it('is not claimed when every word matches', async () => {
    expect((await search('mật ong')).closeMatches).toBe(false);
  });

  it('leaves nothing when no word matches anything', async () => {
    const result = await search('xyzzy qwxv');
    expect(result).toMatchObject({ totalHits: 0, closeMatches: false });
  });
});

describe('concepts: how people name kinds of products (content/concepts.json)', () => {
  const herbalTeas = () => documents.filter((d) => d.subGroup === 'I.5.b').map((d) => d.slug);

  it.each([
    ['trà thảo dược', 'vi'],
    ['tra thao duoc', 'vi'],
    ['trà thảo mộc', 'vi'],
    ['herbal tea', 'en'],
  ] as const)('%s finds the herbal teas, and only them', async (q, locale) => {
    const result = await search(q, { locale, hitsPerPage: 50 });
    expect(result.closeMatches).toBe(false);
    expect(result.hits.map((h) => h.slug).sort()).toEqual(herbalTeas().sort());
  });

  it('thảo dược finds the medicinal-herb groups and the herbal teas', async () => {
    const found = new Set(await slugs('thảo dược'));
    const named = documents.filter((d) => d.group === 'duoc-lieu' || d.subGroup === 'I.5.b');
    expect(found).toEqual(new Set(named.map((d) => d.slug)));
  });

  it.each([
    // The Tết specialities: bánh chưng, honey, spirits, tea.
    ['quà Tết', 'vi', ['banh-chung-den-na-mo', 'mat-ong-lung-phac', 'ruou-men-la-bang-phuc', 'tra-hoa-vang']],
    ['quà biếu', 'vi', ['mat-ong-lung-phac', 'khan-tho-cam-dao-tien']],
    ['gift', 'en', ['mat-ong-lung-phac', 'khan-tho-cam-dao-tien']],
    // Dried goods: mushrooms, bamboo shoots, noodles, smoked meat; not honey.
    [
      'đồ khô',
      'vi',
      [
        'moc-nhi-ban-qua',
        'nam-huong-na-phai',
        'mang-kho-khau-qua',
        'bun-kho-quynh-nien',
        'thit-trau-gac-bep-vi-rung',
      ],
    ],
  ] as const)('%s (%s) finds what the concept names, and not the shampoo', async (q, locale, named) => {
    const found = await slugs(q, { locale });
    expect(found).toEqual(expect.arrayContaining([...named]));
    expect(found).not.toContain('dau-goi-thao-duoc-na-ca');
    if (q === 'đồ khô') expect(found).not.toContain('mat-ong-lung-phac');
  });

  it('đặc sản names everything: with a place, every product of that place', async () => {
    expect((await search('đặc sản')).totalHits).toBe(catalogueSize);
    const babe = await search('đặc sản ba bể', { hitsPerPage: 50 });
    expect(babe.totalHits).toBe(documents.filter((d) => d.district === 'ba-be').length);
    expect(babe.hits.every((h) => h.district === 'ba-be')).toBe(true);
  });

  it('any term of a concept finds what it names, first: "mushrooms" as "mushroom"', async () => {
    const named = documents.filter((d) => d.concepts.en.includes('mushroom')).map((d) => d.slug);
    expect(named.length).toBeGreaterThanOrEqual(9);
    const found = await slugs('mushrooms', { locale: 'en' });
    expect(found.slice(0, named.length).sort()).toEqual(named.sort());
  });
});

describe('precision: a query that names a kind lists that kind first, without padding', () => {
  it('"mat ong": the honey, not the mushrooms and sausages whose sub-group mentions honey', async () => {
    const found = await hits('mat ong');
    // Five honeys, then two turmeric-and-honey pills; nothing named otherwise.
    expect(found.slice(0, 5).every((h) => h.name.startsWith('Mật ong'))).toBe(true);
    expect(found.every((h) => /mật ong/i.test(h.name))).toBe(true);
    expect(found.length).toBe(7);
  });

  it('the header suggestions for "mat ong" (six) are honey', async () => {
    const six = await hits('mat ong', { hitsPerPage: 6 });
    expect(six.every((h) => /mật ong/i.test(h.name))).toBe(true);
    expect(six.some((h) => /nấm|mộc nhĩ/i.test(h.name))).toBe(false);
  });

  it.each([
    ['nấm hương', /^Nấm hương/, 3],
    ['gà đồi', /^Gà đồi/, 4],
    ['rượu men lá', /^Rượu (ngô |chuối )?men lá/, 5],
    ['măng khô', /^Măng khô/, 5],
  ])('%s lists that kind first', async (q, kind, count) => {
    const found = await hits(q);
    expect(found.slice(0, count).every((h) => kind.test(h.name))).toBe(true);
  });

  it('a word in a story alone does not find a product when others are named by it', async () => {
    // Several stories say "hun khói" (smoked); the products it names are the smoked meats.
    const found = await hits('hun khói');
    expect(found.every((h) => /lạp sườn|gác bếp/i.test(h.name))).toBe(true);
  });
});

describe('statuses, by date', () => {
  it('finds a product looked up by name whatever its status, and says since when', async () => {
    const [hit] = await hits('mat ong khau vac');
    expect(hit).toMatchObject({
      slug: 'mat-ong-khau-vac',
      status: 'expired',
      stars: null,
      expiresOn: '2025-12-18',
      statusLabel: 'Hết hiệu lực từ 18/12/2025',
    });
    const [en] = await hits('mat ong khau vac', { locale: 'en' });
    expect(en?.statusLabel).toBe('Expired since 18 December 2025');
  });

  it('lists current certificates before lapsed ones of the same kind', async () => {
    const honey = (await hits('mật ong')).filter((h) => h.name.startsWith('Mật ong'));
    const lapsed = honey.findIndex((h) => h.status === 'expired' || h.status === 'revoked');
    expect(lapsed).toBeGreaterThan(0);
    expect(honey.slice(lapsed).every((h) => h.status === 'expired' || h.status === 'revoked')).toBe(true);
  });

  it('filters each status exactly as statusOn() judges the certificates, on any day', async () => {
    const allPages = async (status: SearchParams['status'], day: string) => {
      const found: string[] = [];
      for (let page = 1; ; page++) {
        const result = await search('', { status, page, hitsPerPage: 50 }, [], day);
        found.push(...result.hits.map((h) => h.slug));
        if (page >= result.totalPages) return found;
      }
    };
    for (const day of [SEARCH_DAY, '2025-06-01', '2027-03-01']) {
      for (const status of certificateStatuses) {
        const expected = documents.filter((d) => statusOn(datesOf(d), day) === status).map((d) => d.slug);
        expect((await allPages(status, day)).sort(), `${status} on ${day}`).toEqual(expected.sort());
      }
    }
  });

  it('counts each status by date, the counts adding up to the results', async () => {
    for (const q of ['', 'mật ong', 'trà', 'na rì']) {
      const result = await search(q);
      const status = Object.fromEntries(result.facets.status.map((f) => [f.value, f.count]));
      const sum = ['valid', 'expiring', 'expired', 'revoked'].reduce((n, s) => n + (status[s] ?? 0), 0);
      expect(status.all, q).toBe(result.totalHits);
      expect(sum, q).toBe(result.totalHits);
    }
    expect((await search('')).totalHits).toBe(catalogueSize);
  });

  it('counts stars of current certificates only, and filters them so', async () => {
    const result = await search('mật ong');
    const stars = result.facets.stars.reduce((n, f) => n + f.count, 0);
    const current = result.facets.status
      .filter((f) => f.value === 'valid' || f.value === 'expiring')
      .reduce((n, f) => n + f.count, 0);
    expect(stars).toBe(current);
    const threeStars = await hits('mật ong', { stars: 3 });
    expect(threeStars.every((h) => h.stars === 3)).toBe(true);
    expect(threeStars.map((h) => h.slug)).not.toContain('mat-ong-khau-vac');
  });

  it('moves with the day, without a new index: expiring, then expired on the expiry day', async () => {
    // A product whose certificate ends within 90 days of the test day, and not revoked.
    const soon = documents.find((d) => {
      const expires = dayFromNumber(d.expiryDay);
      return !d.revocationDay && expires > SEARCH_DAY && expires <= addDays(SEARCH_DAY, 90);
    });
    if (!soon) throw new Error('the sample has no certificate expiring within 90 days of the test day');
    const expires = dayFromNumber(soon.expiryDay);
    const on = async (day: string) =>
      (await search(soon.name.vi, { hitsPerPage: 50 }, [], day)).hits.find((h) => h.slug === soon.slug);
    expect(await on(addDays(expires, -91))).toMatchObject({ status: 'valid', stars: soon.stars });
    expect(await on(addDays(expires, -1))).toMatchObject({ status: 'expiring', stars: soon.stars });
    expect(await on(expires)).toMatchObject({ status: 'expired', stars: null });
    const expiredThen = await search(soon.name.vi, { status: 'expired', hitsPerPage: 50 }, [], expires);
    expect(expiredThen.hits.map((h) => h.slug)).toContain(soon.slug);
  });
});
