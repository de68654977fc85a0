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

/** Folded forms of the synonyms, worked out once. */
const synonymForms = synonymGroups.map((group) => group.map(foldedWords));

/**
 * Folded form of every word seen, shared by all queries: a catalogue uses few distinct words
 * (syllables, names), and folding (Unicode normalization) is most of the cost of highlighting.
 */
const foldedCache = new Map<string, string>();
const FOLDED_CACHE_SIZE = 50_000;

function foldWord(word: string): string {
  let folded = foldedCache.get(word);
  if (folded === undefined) {
    // Bounded: starting over now and then only costs one fold per word again.
    if (foldedCache.size >= FOLDED_CACHE_SIZE) foldedCache.clear();
    folded = fold(word);
    foldedCache.set(word, folded);
  }
  return folded;
}

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
  for (const forms of synonymForms) {
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
  const folded = foldWord(word);
  const match =
    terms.whole.has(folded) ||
    (terms.prefix !== undefined && folded.startsWith(terms.prefix)) ||
    (terms.typed.size > 0 && (terms.typed.has(telex(word, 'toneLast')) || terms.typed.has(telex(word)))) ||
    terms.typoTerms.some(([term, typos]) => withinEdits(folded, term, typos));
  seen = { folded, match };
  terms.memo.set(word, seen);
  return seen;
}

/** The words of a text (runs of letters, marks and digits), where they start, and which matched. */
interface Marked {
  starts: number[];
  words: string[];
  marked: boolean[];
}

/**
 * What each UTF-16 code unit is, learnt the first time it is met: part of a word (letter, mark or
 * digit, as /[\p{L}\p{M}\p{N}]/u), white space (as /\s/) or anything else. Scanning with this
 * table instead of a regular expression halves the cost of highlighting a result.
 */
const CharClass = { Unknown: 0, Word: 1, Space: 2, Other: 3 } as const;
type CharClass = (typeof CharClass)[keyof typeof CharClass];
const charClasses = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/;

function classAt(text: string, at: number): CharClass {
  const unit = text.charCodeAt(at);
  let known = charClasses[unit] as CharClass;
  if (known === CharClass.Unknown) {
    const char = String.fromCharCode(unit);
    known = WORD_CHAR.test(char) ? CharClass.Word : SPACE_CHAR.test(char) ? CharClass.Space : CharClass.Other;
    charClasses[unit] = known;
  }
  return known;
}

/** Length of the character at `at` if it is part of a word (2 for a letter outside the BMP), else 0. */
function wordCharLength(text: string, at: number): number {
  if (classAt(text, at) === CharClass.Word) return 1;
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return 0;
  const point = text.codePointAt(at) ?? 0;
  return point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Every word of the text, and whether it matched (phrases included). */
function mark(text: string, terms: QueryTerms): Marked {
  const starts: number[] = [];
  const found: string[] = [];
  const folded: string[] = [];
  const marked: boolean[] = [];
  for (let at = 0; at < text.length; ) {
    let end = at;
    for (let step = wordCharLength(text, end); step > 0; step = wordCharLength(text, end)) end += step;
    if (end === at) {
      at++;
      continue;
    }
    const word = text.slice(at, end);
    const judged = judge(word, terms);
    starts.push(at);
    found.push(word);
    folded.push(judged.folded);
    marked.push(judged.match);
    at = end;
  }
  for (const phrase of terms.phrases) {
    for (let i = 0; i + phrase.length <= found.length; i++) {
      if (folded[i] === phrase[0] && phrase.every((word, j) => folded[i + j] === word)) {
        marked.fill(true, i, i + phrase.length);
      }
    }
  }
  return { starts, words: found, marked };
}

/** The part of the text from `from` to `to` cut into matched and unmatched runs. */
function segments(
  text: string,
  { starts, words: found, marked }: Marked,
  from = 0,
  to = text.length,
): Segment[] {
  const out: Segment[] = [];
  let last = from;
  for (let i = 0; i < found.length; i++) {
    const start = starts[i] ?? 0;
    if (!marked[i] || start < from || start >= to) continue;
    const word = found[i] ?? '';
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: word, match: true });
    last = start + word.length;
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
  const firstMatch = marked.marked.indexOf(true);
  if (firstMatch < 0) return undefined;
  const matchAt = marked.starts[firstMatch] ?? 0;
  // Where each space-separated word starts and ends.
  const starts: number[] = [];
  const ends: number[] = [];
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const space = classAt(text, at) === CharClass.Space;
    if (space === inWord) {
      if (inWord) ends.push(at);
      else starts.push(at);
      inWord = !space;
    }
  }
  if (inWord) ends.push(text.length);
  const first = ends.findIndex((end) => end > matchAt);
  const start = Math.max(0, first - Math.floor(size / 3));
  const end = Math.min(starts.length, start + size);
  const from = starts[start] ?? 0;
  const to = ends[end - 1] ?? text.length;
  const out = segments(text, marked, from, to);
  if (start > 0) out.unshift({ text: '… ' });
  if (end < starts.length) out.push({ text: ' …' });
  return out;
}
