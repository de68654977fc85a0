/**
 * Concepts (content/concepts.json) applied to search: each product carries, in its search document,
 * the first term (per language) of every concept that names it, and the other terms are synonyms
 * of that one, so "trà thảo dược" finds the herbal teas ("Trà" in the name, "thảo dược" from the
 * concept) and so does "trà thảo mộc", with Meilisearch's own matching: accents, typos, prefixes.
 * One term per concept keeps the index small: every term on every product it names cost a fifth
 * more memory and half again the indexing time at 20,000 products.
 */
import type { Concept } from '../content/schemas/concept.ts';
import { telex, words } from './vietnamese.ts';

/** What a concept is matched against: the product's Vietnamese name and its QĐ 148 sub-group code. */
export interface ConceptSubject {
  name: string;
  subGroup: string;
}

/** Words as Telex keys: accents kept apart ("khô" is not "kho"), either tone placement (hòa, hoà) alike. */
const keys = (text: string) => words(text.toLowerCase()).map((w) => telex(w));

function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= haystack.length; i++) {
    if (phrase.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

export function namesProduct(concept: Concept, product: ConceptSubject): boolean {
  if (concept.everything) return true;
  if (concept.codes.some((code) => product.subGroup === code || product.subGroup.startsWith(`${code}.`))) {
    return true;
  }
  const name = keys(product.name);
  return concept.nameWords.some((word) => containsPhrase(name, keys(word)));
}

/** The first term, per language, of every concept that names the product, each once. */
export function conceptTerms(
  concepts: readonly Concept[],
  product: ConceptSubject,
): { vi: string[]; en: string[] } {
  const named = concepts.filter((c) => namesProduct(c, product));
  return {
    vi: [...new Set(named.map((c) => c.terms.vi[0] ?? ''))],
    en: [...new Set(named.map((c) => c.terms.en[0] ?? ''))],
  };
}

/**
 * Meilisearch synonyms, one way: each other term of a concept finds its first term ("thảo mộc" →
 * "thảo dược"). One record per concept and language; settings.ts merges them with the others.
 */
export const conceptSynonyms = (concepts: readonly Pick<Concept, 'terms'>[]): Record<string, string[]>[] =>
  concepts.flatMap(({ terms }) =>
    [terms.vi, terms.en].map(([first, ...others]) =>
      Object.fromEntries(first === undefined ? [] : others.map((term) => [term, [first]])),
    ),
  );
