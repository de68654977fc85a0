/**
 * A search as the office's statistics keep it: folded the way search matches (accents, tone
 * placement, case and spacing do not make two queries), or nothing at all when it looks like
 * something personal (an email address, a phone number) that a visitor typed into the box.
 */
import { fold, normalizeQuery } from '../search/vietnamese.ts';

export interface CountedQuery {
  /** What rows are counted by: "tra thao duoc" for "Trà  thảo dược" and "tra thao duoc". */
  key: string;
  /** As typed, tidied (one Unicode form, single spaces, lower case): shown and tried from the admin. */
  text: string;
}

const EMAIL = /\S@\S/;
// Digits with the separators people type inside phone numbers (0912 345 678, 0912.345.678, +84-912…).
const DIGIT_RUN = /\+?\d(?:[\s.\-()]*\d)*/g;
/** Vietnamese numbers have 10 digits (0 + 9), 11 with 84 in front; 8 already is no product query. */
const PHONE_DIGITS = 8;

/** True when the text holds an email address or a phone number (Vietnamese formats included). */
export function looksPersonal(text: string): boolean {
  if (EMAIL.test(text)) return true;
  for (const run of text.match(DIGIT_RUN) ?? []) {
    if (run.replace(/\D/g, '').length >= PHONE_DIGITS) return true;
  }
  return false;
}

/** The query to count, or undefined when there is nothing to count or it must not be kept. */
export function countedQuery(raw: string): CountedQuery | undefined {
  const text = normalizeQuery(raw).trim().toLowerCase();
  if (!text || looksPersonal(text)) return undefined;
  return { key: fold(text), text };
}
