/**
 * Relevance on the real sample catalogue (the documents of the last build) through the site's own
 * search path, against a real Meilisearch: Vietnamese typed every way people type it, synonyms
 * from the domain notes, typos, short queries, fields, filters and both languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchParams } from '../../src/lib/search/params.ts';
import type { SearchHit } from '../../src/lib/search/response.ts';
import { builtDocuments, indexDocuments, search } from '../support/meilisearch.ts';

let catalogueSize = 0;

beforeAll(async () => {
  const documents = await builtDocuments();
  catalogueSize = documents.length;
  await indexDocuments(documents);
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
    // None of the six herbal cosmetics (soaps, shampoos, a Dao bath) says "mỹ phẩm" in its name;
    // other products match the words elsewhere ("sản phẩm", "mỹ nghệ"), after them.
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

  it('shows valid certificates only by default', async () => {
    const all = await slugs('mật ong');
    const valid = await hits('mật ong', { status: 'valid' });
    expect(all).toContain('mat-ong-khau-vac');
    expect(valid.map((h) => h.slug)).not.toContain('mat-ong-khau-vac');
    expect(valid.every((h) => h.status === 'valid')).toBe(true);
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
