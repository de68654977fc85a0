/** Values as annexes type them: text in either Unicode form with stray spaces, numbers as text. */
import type { Cell } from './workbook.ts';

/** Composed Unicode (NFD from some keyboards becomes NFC), single spaces, no ends: "" for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A score as typed: 71.5, "71,5" (the decimal comma) or "71.5"; undefined when it is no number. */
export function cellNumber(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell).replace(',', '.');
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** Stars as typed: 4, "4", "4 sao", "4*", "4★"; undefined when there is no whole number. */
export function cellStars(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  const match = /^(\d+)\s*(sao|\*|★)?$/i.exec(cellText(cell));
  return match ? Number(match[1]) : undefined;
}
