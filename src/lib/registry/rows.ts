/**
 * The product rows of an annex's table. Everything else a typed annex puts between its header
 * and its end is skipped: the row of column numbers "(1) (2) …", section rows ("I. HUYỆN NA RÌ",
 * often one merged cell), totals ("Tổng cộng: 10 sản phẩm") and empty rows.
 */
import { fold } from '../search/vietnamese.ts';
import { cellText } from './cells.ts';
import { type Column, columns, type Table } from './header.ts';
import type { Cell } from './workbook.ts';

export interface AnnexRow {
  /** The row's line in the sheet (or the CSV), as the office sees it. */
  line: number;
  /** Its number in the annex's STT column, when there is one. */
  stt: string | undefined;
  cells: Partial<Record<Column, Cell>>;
}

/** The columns a product row fills with its own values (a merged section row repeats one). */
const facts: readonly Column[] = ['name', 'producer', 'address', 'score', 'stars'];

const isColumnNumbers = (texts: readonly string[]) =>
  texts.length > 1 && texts.every((text) => /^\(?\d+\)?$/.test(text));

/** "Tổng cộng: …", "Tổng số", "Cộng": a total gives no stars (or repeats its text, merged across). */
const isTotal = (texts: readonly string[], stars: string) =>
  /^(tong|cong)\b/.test(fold(texts[0] ?? '')) && (stars === '' || stars === texts[0]);

function isProductRow(cells: Partial<Record<Column, Cell>>): boolean {
  const texts = Object.values(cells)
    .map(cellText)
    .filter((text) => text !== '');
  if (texts.length === 0 || isColumnNumbers(texts) || isTotal(texts, cellText(cells.stars))) return false;
  // A product row has at least two different facts; a section row has one, maybe merged across all.
  const values = new Set(facts.map((c) => cellText(cells[c])).filter((text) => text !== ''));
  return values.size >= 2;
}

export function annexRows(table: Table): AnnexRow[] {
  const rows: AnnexRow[] = [];
  const { sheet, headerLine } = table;
  for (let i = headerLine; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? [];
    const cells: Partial<Record<Column, Cell>> = {};
    for (const column of columns) {
      const at = table.columns[column];
      if (at) cells[column] = row[at.index] ?? null;
    }
    if (!isProductRow(cells)) continue;
    const stt = cellText(cells.stt);
    rows.push({ line: i + 1, stt: stt || undefined, cells });
  }
  return rows;
}
