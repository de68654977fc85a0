/**
 * A query that found nothing, as the start of an entry of content/concepts.json: the office
 * pastes it into the list and completes it. The English terms and the products it names (codes,
 * nameWords or everything) are left empty on purpose: only a person knows them, and the build
 * refuses the entry, saying what is missing, until they are given.
 */
import { slugify } from '../text/slugify.ts';

/** One line spaced like the file's own entries, with the comma that separates entries. */
export function conceptLine(queryText: string): string {
  const json = JSON.stringify;
  return `{ "id": ${json(slugify(queryText))}, "terms": { "vi": [${json(queryText)}], "en": [] }, "codes": [] },`;
}
