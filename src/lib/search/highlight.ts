/**
 * Which words of a result matched the query, as text segments: pages render them as text and
 * <mark> elements, so nothing from the index is ever parsed as HTML. Done here rather than by
 * Meilisearch because the exact-accent query matches Telex keys, whose highlights would be useless.
 * It runs for every hit of every search, so each word is judged once per query (memo).
 */
import { searchSettings, synonymGroups } from './settings.ts';
import { fold, telex, words } from './vietnamese.ts';

export interface Segment {
  text: string;
  match?: true;
}

export interface QueryTerms {
  /** Folded words that match whole words. */
  whole: ReadonlySet<string>;
  /** The whole words long enough for a typo, with the number of typos they forgive. */
  typoTerms: readonly (readonly [string, number])[];
  /** Folded multi-word synonyms ("miến củ dong"), marked only where the whole phrase occurs. */
  phrases: readonly (readonly string[])[];
  /** Lower-case ASCII words as typed, to match Telex leftovers ("mieens"). */
  typed: ReadonlySet<string>;
  /** The unfinished last word, matched as a prefix. */
  prefix?: string;
  /** Words already seen in this query: folded, and whether they match. */
  memo: Map<string, { folded: string; match: boolean }>;
}

const foldedWords = (text: string) => words(text).map(fold);

/** ASCII that reads as Telex for an accented word: a modifier (aa, ow, dd…) or a tone letter last ("mieens", "mas"). */
const TELEX_LEFTOVER = /^[a-z]*(?:aa|aw|ee|oo|ow|uw|dd|[aeiouy](?:[cmnpt]|ch|nh|ng)?[sfrxj])[a-z]*$/i;

/** Same thresholds as the index's typo tolerance (settings.ts). */
const { oneTypo, twoTypos } = searchSettings.typoTolerance.minWordSizeForTypos;
const typosAllowed = (term: string) => (term.length >= twoTypos ? 2 : term.length >= oneTypo ? 1 : 0);

/** The terms of a query, with its synonyms ("trà" also marks "chè", "miến dong" also "miến củ dong"). */
export function queryTerms(query: string): QueryTerms {
  const folded = foldedWords(query);
  const whole = new Set(folded);
  const phrases: string[][] = [];
  const joined = ` ${folded.join(' ')} `;
  for (const group of synonymGroups) {
    const forms = group.map((term) => foldedWords(term));
    if (!forms.some((f) => joined.includes(` ${f.join(' ')} `))) continue;
    for (const form of forms) {
      if (form.length === 1 && form[0]) whole.add(form[0]);
      else phrases.push(form);
    }
  }
  const last = folded.at(-1);
  const finished = /\s$/.test(query);
  return {
    whole,
    typoTerms: [...whole].flatMap((term) =>
      typosAllowed(term) > 0 ? [[term, typosAllowed(term)] as const] : [],
    ),
    phrases,
    typed: new Set(words(query).flatMap((w) => (TELEX_LEFTOVER.test(w) ? [w.toLowerCase()] : []))),
    ...(last && !finished && last.length >= 2 ? { prefix: last } : {}),
    memo: new Map(),
  };
}

/** At most `max` edits apart (Levenshtein), for the typos Meilisearch forgives. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

function judge(word: string, terms: QueryTerms): { folded: string; match: boolean } {
  let seen = terms.memo.get(word);
  if (seen) return seen;
  const folded = fold(word);
  const match =
    terms.whole.has(folded) ||
    (terms.prefix !== undefined && folded.startsWith(terms.prefix)) ||
    (terms.typed.size > 0 && (terms.typed.has(telex(word, 'toneLast')) || terms.typed.has(telex(word)))) ||
    terms.typoTerms.some(([term, typos]) => withinEdits(folded, term, typos));
  seen = { folded, match };
  terms.memo.set(word, seen);
  return seen;
}

interface Marked {
  tokens: RegExpExecArray[];
  marked: boolean[];
}

/** Every word of the text, and whether it matched (phrases included). */
function mark(text: string, terms: QueryTerms): Marked {
  const tokens = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  const judged = tokens.map((t) => judge(t[0], terms));
  const folded = judged.map((j) => j.folded);
  const marked = judged.map((j) => j.match);
  for (const phrase of terms.phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (folded[i] === phrase[0] && phrase.every((word, j) => folded[i + j] === word)) {
        marked.fill(true, i, i + phrase.length);
      }
    }
  }
  return { tokens, marked };
}

/** The part of the text from `from` to `to` cut into matched and unmatched runs. */
function segments(text: string, { tokens, marked }: Marked, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let last = from;
  for (const [i, token] of tokens.entries()) {
    if (!marked[i] || token.index < from || token.index >= to) continue;
    if (token.index > last) out.push({ text: text.slice(last, token.index) });
    out.push({ text: token[0], match: true });
    last = token.index + token[0].length;
  }
  if (last < to) out.push({ text: text.slice(last, to) });
  return out;
}

/** The text cut into matched and unmatched runs; joined back, the segments give the text unchanged. */
export const highlight = (text: string, terms: QueryTerms): Segment[] => segments(text, mark(text, terms));

/**
 * A window of about `size` words around the first match in a longer text (the story), with
 * ellipses where it was cut; undefined when nothing in it matched.
 */
export function snippet(text: string, terms: QueryTerms, size = 24): Segment[] | undefined {
  const marked = mark(text, terms);
  const firstMatch = marked.tokens[marked.marked.indexOf(true)];
  if (!firstMatch) return undefined;
  const spaced = [...text.matchAll(/\S+/g)];
  const first = spaced.findIndex((t) => t.index + t[0].length > firstMatch.index);
  const start = Math.max(0, first - Math.floor(size / 3));
  const end = Math.min(spaced.length, start + size);
  const from = spaced[start]?.index ?? 0;
  const lastWord = spaced[end - 1];
  const to = lastWord ? lastWord.index + lastWord[0].length : text.length;
  const out = segments(text, marked, from, to);
  if (start > 0) out.unshift({ text: '… ' });
  if (end < spaced.length) out.push({ text: ' …' });
  return out;
}
