/**
 * The decision an annex belongs to, from its citation line ("Kèm theo Quyết định số
 * 1520/QĐ-UBND ngày 15/11/2022 của Ủy ban nhân dân tỉnh Bắc Kạn") or from the command line.
 */
import { fold } from '../search/vietnamese.ts';
import { cellText } from './cells.ts';
import type { Sheet } from './workbook.ts';

export interface Citation {
  decision?: string;
  /** ISO date. */
  date?: string;
  issuer?: string;
}

/** "15/11/2022", "15-11-2022", "15.11.2022", "15 tháng 11 năm 2022" or "2022-11-15" → "2022-11-15". */
export function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const vn = /^(\d{1,2})\s*(?:[/.-]|tháng)\s*(\d{1,2})\s*(?:[/.-]|năm)\s*(\d{4})$/iu.exec(text.trim());
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : vn
      ? [vn[3], vn[2], vn[1]].map(Number)
      : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/2/2022 rolls over to March in Date: a date that does not round-trip does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "Ủy ban nhân dân tỉnh Bắc Kạn" → "UBND tỉnh Bắc Kạn", as the catalogue writes issuing bodies. */
export function issuerName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(Ủy|Uỷ) ban nhân dân\b/iu, 'UBND');
}

const DATE = String.raw`(\d{1,2}\s*(?:[/.-]|tháng)\s*\d{1,2}\s*(?:[/.-]|năm)\s*\d{4})`;
const citationPattern = new RegExp(
  String.raw`Quyết định\s+(?:số\s*)?:?\s*(\d+\s*/\s*[^\s,;)]+)\s*,?\s*ngày\s+${DATE}(?:\s*,?\s*(?:của|do)\s+([^)]+))?`,
  'iu',
);

/** The decision, date and issuer of one citation line, or undefined when the text cites none. */
export function parseCitation(text: string): Citation | undefined {
  const match = citationPattern.exec(text.normalize('NFC').replace(/\s+/g, ' '));
  if (!match) return undefined;
  const [, decision = '', date = '', issuer] = match;
  const parsedDate = parseDate(date);
  return {
    decision: decision.replace(/\s+/g, ''),
    ...(parsedDate ? { date: parsedDate } : {}),
    ...(issuer ? { issuer: issuerName(issuer.replace(/[.;]\s*$/, '')) } : {}),
  };
}

/** The first citation line in the sheets (the table's sheet first), read from any cell. */
export function findCitation(sheets: readonly Sheet[]): Citation | undefined {
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const cell of row) {
        const text = cellText(cell);
        if (text && fold(text).includes('quyet dinh')) {
          const citation = parseCitation(text);
          if (citation) return citation;
        }
      }
    }
  }
  return undefined;
}

/** Who may certify 5★: the national level (the ministry or the central council), never a province. */
export const isNationalIssuer = (issuer: string, decision: string): boolean =>
  /\b(bo nong nghiep|bnn|trung uong|thu tuong|chinh phu|ttg)\b/.test(fold(`${issuer} ${decision}`));
