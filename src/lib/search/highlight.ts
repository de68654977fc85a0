/**
 * Which words of a result matched the query, as text segments: pages render them as text and
 * <mark> elements, so nothing from the index is ever parsed as HTML. Done here rather than by
 * Meilisearch because the exact-accent query matches Telex keys, whose highlights would be useless.
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
  /** Folded multi-word synonyms ("miến củ dong"), marked only where the whole phrase occurs. */
  phrases: readonly (readonly string[])[];
  /** Lower-case words as typed, to match Telex leftovers ("mieens"). */
  typed: ReadonlySet<string>;
  /** The unfinished last word, matched as a prefix. */
  prefix?: string;
}

const foldedWords = (text: string) => words(text).map(fold);

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
    phrases,
    typed: new Set(words(query).map((w) => w.toLowerCase())),
    ...(last && !finished && last.length >= 2 ? { prefix: last } : {}),
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

/** Same thresholds as the index's typo tolerance (settings.ts). */
const { oneTypo, twoTypos } = searchSettings.typoTolerance.minWordSizeForTypos;
const typosAllowed = (term: string) => (term.length >= twoTypos ? 2 : term.length >= oneTypo ? 1 : 0);

function matches(word: string, terms: QueryTerms): boolean {
  const folded = fold(word);
  if (terms.whole.has(folded)) return true;
  if (terms.prefix && folded.startsWith(terms.prefix)) return true;
  if (terms.typed.has(telex(word, 'toneLast')) || terms.typed.has(telex(word))) return true;
  for (const term of terms.whole) {
    const allowed = typosAllowed(term);
    if (allowed > 0 && withinEdits(folded, term, allowed)) return true;
  }
  return false;
}

/** The text cut into matched and unmatched runs; joined back, the segments give the text unchanged. */
export function highlight(text: string, terms: QueryTerms): Segment[] {
  const tokens = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  const folded = tokens.map((t) => fold(t[0]));
  const marked = tokens.map((t) => matches(t[0], terms));
  for (const phrase of terms.phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((word, j) => folded[i + j] === word)) marked.fill(true, i, i + phrase.length);
    }
  }
  const segments: Segment[] = [];
  let last = 0;
  for (const [i, token] of tokens.entries()) {
    if (!marked[i]) continue;
    if (token.index > last) segments.push({ text: text.slice(last, token.index) });
    segments.push({ text: token[0], match: true });
    last = token.index + token[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/**
 * A window of about `size` words around the first match in a longer text (the story), with
 * ellipses where it was cut; undefined when nothing in it matched.
 */
export function snippet(text: string, terms: QueryTerms, size = 24): Segment[] | undefined {
  let offset = 0;
  let matchAt = -1;
  for (const segment of highlight(text, terms)) {
    if (segment.match) {
      matchAt = offset;
      break;
    }
    offset += segment.text.length;
  }
  if (matchAt < 0) return undefined;
  const tokens = [...text.matchAll(/\S+/g)];
  const first = tokens.findIndex((t) => t.index + t[0].length > matchAt);
  const start = Math.max(0, first - Math.floor(size / 3));
  const end = Math.min(tokens.length, start + size);
  const from = tokens[start]?.index ?? 0;
  const lastToken = tokens[end - 1];
  const to = lastToken ? lastToken.index + lastToken[0].length : text.length;
  const segments = highlight(text.slice(from, to), terms);
  if (start > 0) segments.unshift({ text: '… ' });
  if (end < tokens.length) segments.push({ text: ' …' });
  return segments;
}
