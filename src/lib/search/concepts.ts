/**
 * Concepts (content/concepts.json) applied to search: each product carries, in its search document,
 * the terms of every concept that names it, so "trà thảo dược" finds the herbal teas ("Trà" in the
 * name, "thảo dược" from the concept) with Meilisearch's own matching: accents, typos, prefixes.
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

/** The terms of every concept that names the product, per language, each once. */
export function conceptTerms(
  concepts: readonly Concept[],
  product: ConceptSubject,
): { vi: string[]; en: string[] } {
  const named = concepts.filter((c) => namesProduct(c, product));
  return {
    vi: [...new Set(named.flatMap((c) => c.terms.vi))],
    en: [...new Set(named.flatMap((c) => c.terms.en))],
  };
}
