/**
 * Search within one fair's products, in the browser and without a connection: every word typed
 * must start a word of the product's folded text; exact-accent matches of the name rank first.
 */
import { type CertificateDates, isCurrent, statusOn } from '../content/certificate-status.ts';
import { fold } from './fold.ts';

/**
 * One product in a fair's search index (built at build time, see search-index.ts), with its
 * certificate's dates: a kiosk can run offline for days, and a product whose certificate lapses
 * meanwhile stops being offered that day.
 */
export interface FairSearchEntry extends CertificateDates {
  slug: string;
  name: string;
  nameEn?: string;
  producer: string;
  stars: number;
  /** Folded name, English name, producer, group and area: the words a visitor may type. */
  text: string;
}

interface FairSearchHit {
  entry: FairSearchEntry;
  score: number;
}

const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').trim();

export function searchFair(
  entries: readonly FairSearchEntry[],
  query: string,
  today: string,
  limit = 8,
): FairSearchEntry[] {
  const tokens = fold(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return [];
  const typed = lower(query);
  const hits: FairSearchHit[] = [];
  for (const entry of entries) {
    if (!isCurrent(statusOn(entry, today))) continue;
    const words = entry.text.split(' ');
    let score = 0;
    for (const token of tokens) {
      if (words.includes(token)) score += 2;
      else if (words.some((w) => w.startsWith(token))) score += 1;
      else {
        score = -1;
        break;
      }
    }
    if (score < 0) continue;
    // Accents carry meaning (dương ≠ đường): what was typed with its accents ranks first.
    if (lower(entry.name).includes(typed)) score += 10;
    hits.push({ entry, score });
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score || b.entry.stars - a.entry.stars || a.entry.name.localeCompare(b.entry.name, 'vi'),
    )
    .slice(0, limit)
    .map((hit) => hit.entry);
}
