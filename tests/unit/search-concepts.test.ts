/** Which products a concept names (src/lib/search/concepts.ts). */
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/lib/content/schemas/concept.ts';
import { conceptSynonyms, conceptTerms, namesProduct } from '../../src/lib/search/concepts.ts';
import { mergeSynonyms } from '../../src/lib/search/settings.ts';

const concept = (rest: Partial<Concept>): Concept => ({
  id: 'x',
  terms: { vi: ['x'], en: ['x'] },
  codes: [],
  nameWords: [],
  everything: false,
  ...rest,
});
const honey = { name: 'Mật ong rừng Thành Đạt', subGroup: 'I.2.b' };
const herbalTea = { name: 'Trà hoa cúc Phiêng Chỉ', subGroup: 'I.5.b' };

describe('namesProduct', () => {
  it('names every product of a group, a part of one or a sub-group by its QĐ 148 code', () => {
    expect(namesProduct(concept({ codes: ['I'] }), honey)).toBe(true);
    expect(namesProduct(concept({ codes: ['I.5'] }), herbalTea)).toBe(true);
    expect(namesProduct(concept({ codes: ['I.5.b'] }), herbalTea)).toBe(true);
    expect(namesProduct(concept({ codes: ['I.5'] }), honey)).toBe(false);
    // "I.1" is not a prefix of "I.12…": codes are matched by whole levels.
    expect(namesProduct(concept({ codes: ['I.1'] }), { name: 'x', subGroup: 'I.12.a' })).toBe(false);
  });

  it('names products by whole words of the Vietnamese name, accents kept, either tone placement', () => {
    expect(namesProduct(concept({ nameWords: ['mật ong'] }), honey)).toBe(true);
    expect(namesProduct(concept({ nameWords: ['rừng'] }), honey)).toBe(true);
    expect(namesProduct(concept({ nameWords: ['ong rừng thành'] }), honey)).toBe(true);
    // "mật" is not "mặt", and "on" is not a word of the name.
    expect(namesProduct(concept({ nameWords: ['mặt'] }), honey)).toBe(false);
    expect(namesProduct(concept({ nameWords: ['on'] }), honey)).toBe(false);
    expect(namesProduct(concept({ nameWords: ['hoà'] }), { name: 'Gạo Hòa Mục', subGroup: 'I.2.a' })).toBe(
      true,
    );
  });

  it('names everything when told to', () => {
    expect(namesProduct(concept({ everything: true }), honey)).toBe(true);
  });
});

describe('conceptTerms', () => {
  const concepts = [
    concept({ terms: { vi: ['đặc sản', 'sản vật'], en: ['speciality'] }, everything: true }),
    concept({ terms: { vi: ['thảo dược', 'thảo mộc'], en: ['herbal', 'herbs'] }, codes: ['III', 'I.5.b'] }),
    concept({ terms: { vi: ['quà biếu'], en: ['gift'] }, nameWords: ['mật ong'] }),
  ];

  it('tags the product with the first term, per language, of every concept that names it', () => {
    expect(conceptTerms(concepts, herbalTea)).toEqual({
      vi: ['đặc sản', 'thảo dược'],
      en: ['speciality', 'herbal'],
    });
    expect(conceptTerms(concepts, honey)).toEqual({
      vi: ['đặc sản', 'quà biếu'],
      en: ['speciality', 'gift'],
    });
  });

  it('makes every other term a one-way synonym of the first, merged where two concepts share one', () => {
    expect(mergeSynonyms(...conceptSynonyms(concepts))).toEqual({
      'sản vật': ['đặc sản'],
      'thảo mộc': ['thảo dược'],
      herbs: ['herbal'],
    });
    const shared = [
      concept({ terms: { vi: ['quà biếu', 'hộp quà'], en: ['gift'] } }),
      concept({ terms: { vi: ['quà Tết', 'hộp quà'], en: ['Tết gifts'] } }),
    ];
    expect(mergeSynonyms(...conceptSynonyms(shared))['hộp quà']).toEqual(['quà biếu', 'quà Tết']);
  });
});
