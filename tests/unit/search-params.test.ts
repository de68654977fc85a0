/** The search parameters shared by the API and the page (src/lib/search/params.ts). */
import { describe, expect, it } from 'vitest';
import {
  localeFromAcceptLanguage,
  parseSearchParams,
  SEARCH_LIMITS,
  searchQuery,
} from '../../src/lib/search/params.ts';

const groups = ['thuc-pham', 'do-uong'];
const parse = (query: string, fallbackLocale: 'vi' | 'en' = 'vi') =>
  parseSearchParams(new URLSearchParams(query), { groups, fallbackLocale });

describe('parseSearchParams', () => {
  it('fills the defaults: every status, relevance, first page', () => {
    expect(parse('')).toEqual({
      ok: true,
      params: {
        q: '',
        status: 'all',
        sort: 'relevance',
        page: 1,
        hitsPerPage: SEARCH_LIMITS.hitsPerPage,
        locale: 'vi',
      },
    });
  });

  it('reads every filter, ignores unknown and empty parameters', () => {
    const result = parse(
      'q=trà&group=do-uong&stars=4&district=na-ri&type=hop-tac-xa&status=expiring&sort=stars&page=3&hitsPerPage=5&utm_source=x&district2=&group=',
    );
    expect(result).toEqual({
      ok: true,
      params: {
        q: 'trà',
        group: 'do-uong',
        stars: 4,
        district: 'na-ri',
        type: 'hop-tac-xa',
        status: 'expiring',
        sort: 'stars',
        page: 3,
        hitsPerPage: 5,
        locale: 'vi',
      },
    });
  });

  it.each([
    ['group=banh-keo', 'group'],
    ['stars=2', 'stars'],
    ['stars=4.5', 'stars'],
    ['district=ha-noi', 'district'],
    ['type=cong-ty', 'type'],
    ['status=pending', 'status'],
    ['sort=name', 'sort'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=1e3', 'page'],
    [`page=${SEARCH_LIMITS.maxPage + 1}`, 'page'],
    ['hitsPerPage=0', 'hitsPerPage'],
    [`hitsPerPage=${SEARCH_LIMITS.maxHitsPerPage + 1}`, 'hitsPerPage'],
    [`q=${'a'.repeat(SEARCH_LIMITS.queryLength + 1)}`, 'q'],
    ['locale=fr', 'locale'],
    ['group=thuc-pham&group=do-uong', 'group'],
  ])('rejects %s, naming the parameter', (query, param) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.param)).toContain(param);
  });

  it('accepts the limits themselves', () => {
    expect(parse(`page=${SEARCH_LIMITS.maxPage}&hitsPerPage=${SEARCH_LIMITS.maxHitsPerPage}`).ok).toBe(true);
    expect(parse(`q=${'a'.repeat(SEARCH_LIMITS.queryLength)}`).ok).toBe(true);
  });

  it('explains in the requested language, else in the fallback one', () => {
    const vi = parse('page=0');
    const en = parse('page=0', 'en');
    const asked = parse('page=0&locale=en');
    if (vi.ok || en.ok || asked.ok) throw new Error('expected errors');
    expect(vi.errors[0]?.message).toMatch(/Số trang/);
    expect(en.errors[0]?.message).toMatch(/The page must be/);
    expect(asked.errors[0]?.message).toMatch(/The page must be/);
  });
});

describe('searchQuery', () => {
  it('leaves out defaults and parses back to the same parameters', () => {
    const parsed = parse('q=mật ong&stars=5&status=expired&page=2');
    if (!parsed.ok) throw new Error('expected success');
    const query = searchQuery(parsed.params);
    expect(query).toMatchObject({ q: 'mật ong', stars: 5, status: 'expired', page: 2, sort: undefined });
    expect(searchQuery({ ...parsed.params, status: 'all' }).status).toBeUndefined();
    const again = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) again.set(key, String(value));
    expect(parseSearchParams(again, { groups, fallbackLocale: 'vi' })).toEqual(parsed);
  });
});

describe('localeFromAcceptLanguage', () => {
  it('answers in English only when English comes first', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,vi;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(localeFromAcceptLanguage(null)).toBe('vi');
  });
});
