/**
 * Vietnamese text for search. Meilisearch already folds case and diacritics (and đ → d), so a
 * query without accents finds accented text by itself; what it cannot do is tell "dương" from
 * "đường" once folded. For that, names are also indexed as Telex keys (the ASCII spelling of a
 * Vietnamese keyboard: "đường" → "dduwowfng"), which Meilisearch keeps as they are: an accented
 * query encoded the same way matches only the exactly accented words, and ranks them first.
 */

// Combining marks after NFD: the five tones and the three vowel modifiers.
const TONES: Readonly<Record<string, string>> = {
  '\u0301': 's', // sắc
  '\u0300': 'f', // huyền
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
};
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Lower-case, tone marks and vowel modifiers removed, đ → d: "Đường" → "duong". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** True when the text carries anything that folding would lose (a mark or đ). */
export const hasVietnameseMarks = (text: string): boolean => /[\u0300-\u036fđĐ]/.test(text.normalize('NFD'));

/** Words as search sees them: runs of letters and digits (marks stay with their letter). */
export const words = (text: string): string[] => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

export type TelexForm = 'typing' | 'toneLast';

/**
 * One word in Telex. `typing` puts the tone right after the vowel group ("miến" → "mieesn"), so a
 * word typed halfway ("miế" → "miees") is a prefix of the whole one; `toneLast` puts it at the end
 * ("mieens"), as Telex leftovers typed with the input method off usually look. Either way both
 * tone placements (hòa, hoà) give the same key.
 */
export function telex(word: string, form: TelexForm = 'typing'): string {
  let out = '';
  let tone = '';
  let toneAt = -1; // index in `out` where the vowel group holding the tone starts
  let groupStart = -1;
  for (const cluster of word
    .toLowerCase()
    .normalize('NFD')
    .match(/\P{M}\p{M}*/gu) ?? []) {
    const base = cluster[0] ?? '';
    const marks = cluster.slice(1);
    if (!VOWELS.has(base)) groupStart = -1;
    else if (groupStart < 0) groupStart = out.length;
    if (base === 'đ') out += 'dd';
    else if (marks.includes(CIRCUMFLEX)) out += base + base;
    else if (marks.includes(BREVE) || marks.includes(HORN)) out += `${base}w`;
    else out += base;
    for (const mark of marks) {
      const key = TONES[mark];
      if (key) {
        tone = key;
        toneAt = groupStart;
      }
    }
  }
  if (!tone) return out;
  if (form === 'toneLast') return out + tone;
  // End of the vowel group that holds the tone: vowels and the w of ă/ơ/ư belong to it.
  let end = toneAt;
  while (end < out.length && (VOWELS.has(out[end] ?? '') || out[end] === 'w')) end++;
  return out.slice(0, end) + tone + out.slice(end);
}

/** Telex keys of the texts, in the typing form, word order kept (so phrase proximity still counts). */
export const accentKeys = (texts: readonly string[]): string[] =>
  texts.map((text) =>
    words(text)
      .map((w) => telex(w))
      .join(' '),
  );

/**
 * The tone-last spelling of the words where it differs from the typing form, for queries typed
 * with the input method off ("mieens dong"). Kept apart from accentKeys: there "ddoongf" (đồng)
 * would be a prefix match for the exact-accent query of "đông" ("ddoong").
 */
export function telexLeftovers(texts: readonly string[]): string {
  const leftovers = new Set<string>();
  for (const text of texts) {
    for (const w of words(text)) {
      const last = telex(w, 'toneLast');
      if (last !== telex(w)) leftovers.add(last);
    }
  }
  return [...leftovers].join(' ');
}

/** How people also write the province's name ("Bắc Cạn", "Bac Can", "backan"), folded, as word runs. */
const PROVINCE_VARIANTS: readonly (readonly string[])[] = [['bac', 'can'], ['backan']];
const PROVINCE = 'Bắc Kạn';

/**
 * The province's name as it is written in the content. A synonym would find it too, but as the
 * last word "can" is also a prefix ("cảnh", "canna") and would rank those first.
 */
function spellProvince(text: string): string {
  const tokens = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const variant = PROVINCE_VARIANTS.find((v) => v.every((word, j) => fold(tokens[i + j] ?? '') === word));
    if (variant) {
      out.push(PROVINCE);
      i += variant.length - 1;
    } else out.push(tokens[i] ?? '');
  }
  return out.join(' ');
}

/**
 * The user's query as it is sent: one Unicode form (NFC, so decomposed input from some keyboards
 * matches), no control characters, single spaces, the province spelt as in the content. A
 * trailing space stays: it tells Meilisearch the last word is finished, not a prefix. A word of
 * one or two letters on its own is never a prefix ("cà" would match "cam", "cây", "cảnh"…).
 */
export function normalizeQuery(raw: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trimStart();
  const trimmed = spellProvince(text.trimEnd());
  if (!trimmed) return '';
  const short = !trimmed.includes(' ') && [...trimmed].length <= 2;
  return short || text !== text.trimEnd() ? `${trimmed} ` : trimmed;
}

/** The query in the Telex typing form, for the exact-accent boost; empty when it has no marks. */
export function telexQuery(query: string): string {
  if (!hasVietnameseMarks(query)) return '';
  const encoded = words(query).map((w) => telex(w));
  // Keep the last word a prefix only if the user has not finished it with a space.
  return encoded.join(' ') + (/\s$/.test(query) ? ' ' : '');
}
