/** Vietnamese text for search: folding, Telex keys, query normalization (src/lib/search/vietnamese.ts). */
import { describe, expect, it } from 'vitest';
import {
  accentKeys,
  fold,
  hasVietnameseMarks,
  normalizeQuery,
  telex,
  telexLeftovers,
  telexQuery,
  words,
} from '../../src/lib/search/vietnamese.ts';

describe('fold', () => {
  it('drops tone marks and vowel modifiers, maps đ to d and lowers the case', () => {
    expect(fold('Đường phèn')).toBe('duong phen');
    expect(fold('MIẾN DONG')).toBe('mien dong');
  });

  it('gives the same result for composed and decomposed input', () => {
    expect(fold('mie\u0302\u0301n')).toBe(fold('miến'));
  });
});

describe('hasVietnameseMarks', () => {
  it('sees tone marks, vowel modifiers and đ, in either Unicode form', () => {
    expect(hasVietnameseMarks('mật ong')).toBe(true);
    expect(hasVietnameseMarks('đ')).toBe(true);
    expect(hasVietnameseMarks('mie\u0302\u0301n')).toBe(true);
    expect(hasVietnameseMarks('mien dong')).toBe(false);
    expect(hasVietnameseMarks('Vi-cumax 500 g')).toBe(false);
  });
});

describe('telex', () => {
  it('spells vowel modifiers and đ the Telex way', () => {
    expect(telex('đường')).toBe('dduwowfng');
    expect(telex('Bắc')).toBe('bawsc');
    expect(telex('Sơn')).toBe('sown');
    expect(telex('dong')).toBe('dong');
  });

  it('puts the tone after the vowel group in the typing form and last in the tone-last form', () => {
    expect(telex('miến')).toBe('mieesn');
    expect(telex('miến', 'toneLast')).toBe('mieens');
    expect(telex('đường', 'toneLast')).toBe('dduwowngf');
  });

  it('makes a word typed halfway a prefix of the whole word', () => {
    expect(telex('miến').startsWith(telex('miế'))).toBe(true);
    expect(telex('đường').startsWith(telex('đườ'))).toBe(true);
  });

  it('gives one key for both tone-mark placements', () => {
    expect(telex('hòa')).toBe(telex('hoà'));
    expect(telex('thủy')).toBe(telex('thuỷ'));
    expect(telex('Hòa', 'toneLast')).toBe('hoaf');
  });

  it('keeps words that differ only in accents apart', () => {
    const keys = ['dương', 'đường', 'đương', 'dưỡng', 'dung'].map((w) => telex(w));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads decomposed input like composed input', () => {
    expect(telex('mie\u0302\u0301n')).toBe(telex('miến'));
  });
});

describe('index keys', () => {
  it('keeps one typing-form string per text, in word order', () => {
    expect(accentKeys(['Miến dong Tài Hoan', 'Na Rì'])).toEqual(['mieesn dong taif hoan', 'na rif']);
  });

  it('lists the tone-last spellings only where they differ, once each', () => {
    expect(telexLeftovers(['Miến dong', 'miến Na Rì'])).toBe('mieens');
    expect(telexLeftovers(['Trà hoa'])).toBe('');
  });
});

describe('normalizeQuery', () => {
  it('composes decomposed input and collapses spaces and control characters', () => {
    expect(normalizeQuery('  mie\u0302\u0301n\t\u0000 dong')).toBe('miến dong');
  });

  it('keeps a trailing space, which marks the last word as finished', () => {
    expect(normalizeQuery('mật ong   ')).toBe('mật ong ');
    expect(normalizeQuery('mật ong')).toBe('mật ong');
  });

  it('never treats a word of one or two letters on its own as a prefix', () => {
    expect(normalizeQuery('t')).toBe('t ');
    expect(normalizeQuery('cà')).toBe('cà ');
    expect(normalizeQuery('trà')).toBe('trà');
    expect(normalizeQuery('gà đồi')).toBe('gà đồi');
  });

  it('spells the province as the content does', () => {
    expect(normalizeQuery('lạp sườn Bắc Cạn')).toBe('lạp sườn Bắc Kạn');
    expect(normalizeQuery('bac can')).toBe('Bắc Kạn');
    expect(normalizeQuery('BACKAN mật ong')).toBe('Bắc Kạn mật ong');
    expect(normalizeQuery('bắc kạn')).toBe('bắc kạn');
    expect(normalizeQuery('cá bắc')).toBe('cá bắc');
  });

  it('returns nothing for blank input', () => {
    expect(normalizeQuery(' \n ')).toBe('');
  });
});

describe('telexQuery', () => {
  it('is empty for a query without marks (the plain search already covers it)', () => {
    expect(telexQuery('mien dong')).toBe('');
  });

  it('spells every word in the typing form and keeps a finishing space', () => {
    expect(telexQuery('miến dong')).toBe('mieesn dong');
    expect(telexQuery('đông ')).toBe('ddoong ');
  });
});

describe('words', () => {
  it('splits on anything but letters and digits, keeping marks with their letter', () => {
    expect(words('Vi-cumax, 500g; mie\u0302\u0301n')).toEqual(['Vi', 'cumax', '500g', 'miến']);
  });
});
