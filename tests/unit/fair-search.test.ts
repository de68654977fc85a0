import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fairs/fold.ts';
import { type FairSearchEntry, searchFair } from '../../src/lib/fairs/search.ts';

const TODAY = '2026-12-05';

const entry = (
  slug: string,
  name: string,
  extra: string,
  stars = 3,
  dates: Pick<FairSearchEntry, 'expiresOn' | 'revokedOn'> = { expiresOn: '2028-01-01' },
): FairSearchEntry => ({
  slug,
  name,
  producer: 'HTX',
  stars,
  ...dates,
  text: fold(`${name} ${extra}`),
});

const entries = [
  entry('mien-dong-tai-hoan', 'Miến dong Tài Hoan', 'arrowroot vermicelli Na Rì', 5),
  entry('tra-shan-tuyet', 'Trà Shan tuyết Khau Bjooc', 'tea Chợ Mới'),
  entry('mat-ong-rung', 'Mật ong rừng', 'honey Chợ Mới'),
  entry('duong-phen', 'Đường phèn', 'rock sugar'),
  entry('duong-xa', 'Dưỡng da thảo dược', 'skin care'),
];
const slugs = (query: string) => searchFair(entries, query, TODAY).map((e) => e.slug);

describe('fold', () => {
  it('drops diacritics, maps đ to d, lowers case and keeps one space between words', () => {
    expect(fold('Miến  dong, Tài Hoan!')).toBe('mien dong tai hoan');
    expect(fold('ĐƯỜNG phèn')).toBe('duong phen');
  });

  it('treats composed, decomposed and the other tone-mark placement alike', () => {
    expect(fold('Miến'.normalize('NFD'))).toBe(fold('Miến'));
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('thuỷ')).toBe(fold('thủy'));
  });
});

describe('searchFair', () => {
  it('finds a product typed without accents, in any case, by word prefixes', () => {
    expect(slugs('mien dong')).toEqual(['mien-dong-tai-hoan']);
    expect(slugs('MIẾN')).toEqual(['mien-dong-tai-hoan']);
    expect(slugs('mi do')).toEqual(['mien-dong-tai-hoan']);
  });

  it('needs every word to match', () => {
    expect(slugs('mien honey')).toEqual([]);
  });

  it('searches the English name and the area too', () => {
    expect(slugs('honey')).toEqual(['mat-ong-rung']);
    expect(slugs('cho moi').sort()).toEqual(['mat-ong-rung', 'tra-shan-tuyet']);
  });

  it('ranks the exact accents first', () => {
    expect(slugs('dưỡng')[0]).toBe('duong-xa');
    expect(slugs('đường')[0]).toBe('duong-phen');
    expect(slugs('duong').sort()).toEqual(['duong-phen', 'duong-xa']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(slugs('')).toEqual([]);
    expect(slugs(' ,. ')).toEqual([]);
  });

  it('caps the number of hits', () => {
    expect(searchFair(entries, 'c', TODAY, 2)).toHaveLength(2);
  });

  it('stops offering a product on the day its certificate lapses, as a kiosk offline for days must', () => {
    const lapsing = [
      entry('mien-a', 'Miến A', '', 3, { expiresOn: '2026-12-06' }),
      entry('mien-b', 'Miến B', '', 3, { expiresOn: '2028-01-01', revokedOn: '2026-12-06' }),
    ];
    const found = (day: string) => searchFair(lapsing, 'mien', day).map((e) => e.slug);
    expect(found('2026-12-05').sort()).toEqual(['mien-a', 'mien-b']);
    expect(found('2026-12-06')).toEqual([]);
  });
});
