/** Highlighted matches as text segments (src/lib/search/highlight.ts). */
import { describe, expect, it } from 'vitest';
import { highlight, queryTerms, type Segment, snippet } from '../../src/lib/search/highlight.ts';
import { fold } from '../../src/lib/search/vietnamese.ts';

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('highlight', () => {
  it('gives back the text unchanged when the segments are joined, markup included', () => {
    const text = 'Mật ong <b>rừng</b> & "hoa" <script>alert(1)</script>';
    const segments = highlight(text, queryTerms('mật ong script'));
    expect(joined(segments)).toBe(text);
    expect(marked(segments)).toEqual(['Mật', 'ong', 'script', 'script']);
  });

  it('marks words whatever their accents, case or Unicode form', () => {
    expect(marked(highlight('Miến dong Tài Hoan', queryTerms('MIEN DONG')))).toEqual(['Miến', 'dong']);
    expect(marked(highlight('Miến dong', queryTerms('mie\u0302\u0301n')))).toEqual(['Miến']);
  });

  it('marks the unfinished last word as a prefix, but not once it is finished', () => {
    expect(marked(highlight('Miến dong', queryTerms('mie')))).toEqual(['Miến']);
    expect(marked(highlight('Miến dong', queryTerms('mie ')))).toEqual([]);
  });

  it('forgives a typo in a long word, as the index does', () => {
    expect(marked(highlight('Xà phòng thảo dược', queryTerms('xa phongg')))).toEqual(['Xà', 'phòng']);
    expect(marked(highlight('Miến dong', queryTerms('dongg')))).toEqual([]);
  });

  it('marks synonyms: single words anywhere, phrases only whole', () => {
    expect(marked(highlight('Chè Shan tuyết', queryTerms('trà')))).toEqual(['Chè']);
    const text = 'làm từ củ dong riềng, miến củ dong';
    expect(marked(highlight(text, queryTerms('miến dong')))).toEqual(['dong', 'miến', 'củ', 'dong']);
  });

  it('cuts words as /[\\p{L}\\p{M}\\p{N}]+/u does, beyond ASCII too', () => {
    // A letter outside the BMP (a surrogate pair) is part of its word; a lone surrogate is not.
    const text = 'mật\u00a0ong 𝐀ong ong\ud835 ong²';
    const expected = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)]
      .map((m) => m[0])
      .filter((w) => fold(w) === 'ong' || fold(w) === 'mat');
    expect(marked(highlight(text, queryTerms('mật ong ')))).toEqual(expected);
    expect(expected).toEqual(['mật', 'ong', 'ong']);
  });

  it('marks words typed in Telex with the input method off', () => {
    expect(marked(highlight('Miến dong', queryTerms('mieens dong')))).toEqual(['Miến', 'dong']);
  });
});

describe('snippet', () => {
  const story = Array.from({ length: 60 }, (_, i) => `từ${i}`)
    .join(' ')
    .replace('từ40', 'mật ong');

  it('cuts a window around the first match, with ellipses where it cut', () => {
    const segments = snippet(story, queryTerms('mật ong'), 12) ?? [];
    const text = joined(segments);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(marked(segments)).toEqual(['mật', 'ong']);
    expect(text.split(' ').length).toBeLessThanOrEqual(12 + 2);
  });

  it('counts words between any white space, as /\\S+/ does', () => {
    const spaced = Array.from({ length: 40 }, (_, i) => `w${i}`).join('\u3000\u00a0');
    const segments = snippet(`${spaced}\u2003mật ong\nw40 w41`, queryTerms('mật ong'), 6) ?? [];
    expect(joined(segments)).toBe('… w38\u3000\u00a0w39\u2003mật ong\nw40 w41');
  });

  it('is undefined when nothing in the text matches', () => {
    expect(snippet(story, queryTerms('quýt'))).toBeUndefined();
  });
});
