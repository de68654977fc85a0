/**
 * Finding an annex's table: the header row is the first one, on any sheet, whose cells name the
 * columns the importer needs, in any order, case or accents ("Tên SP", "TỔNG ĐIỂM", "Xếp hạng").
 * A header split over two rows ("Kết quả đánh giá" above "Điểm" and "Hạng sao") is read as one.
 */
import { fold } from '../search/vietnamese.ts';
import { cellText } from './cells.ts';
import type { Cell, Sheet } from './workbook.ts';

export const columns = ['stt', 'name', 'producer', 'address', 'group', 'score', 'stars', 'remark'] as const;
export type Column = (typeof columns)[number];

/** Without these a row cannot be imported; the group is needed for new products only. */
export const requiredColumns: readonly Column[] = ['name', 'producer', 'address', 'score', 'stars'];

/**
 * Header spellings, on text folded to ASCII lower case with single spaces. Order matters: the
 * first column that matches a cell takes it ("Địa điểm" is an address, not a score).
 */
const patterns: readonly [Column, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu)$/],
  ['address', /^dia (chi|diem|ban)\b/],
  ['producer', /^(ten )?(chu the|co so|don vi|to chuc|htx|doanh nghiep)\b|^(ten )?chu the ocop\b/],
  ['name', /^(ten )?(san pham|sp)( ocop)?$|^ten (san pham|sp)\b/],
  ['group', /^(phan )?nhom\b|^phan loai\b|^nganh\b|^bo san pham\b/],
  ['score', /^(tong |so )?diem\b/],
  ['stars', /^(hang|xep hang|so sao|hang sao|ket qua xep hang|sao)\b/],
  ['remark', /^ghi chu\b/],
];

const columnOf = (cell: Cell | undefined): Column | undefined => {
  const text = fold(cellText(cell))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? patterns.find(([, pattern]) => pattern.test(text))?.[0] : undefined;
};

export interface TableColumn {
  /** Index of the column in a row's cells. */
  index: number;
  /** The header as the annex writes it, to name the field in messages. */
  label: string;
}

export interface Table {
  sheet: Sheet;
  /** Line of the (last) header row: data rows follow it. */
  headerLine: number;
  columns: Partial<Record<Column, TableColumn>>;
}

function columnsOf(rows: readonly (readonly Cell[])[]): Partial<Record<Column, TableColumn>> {
  const found: Partial<Record<Column, TableColumn>> = {};
  const width = Math.max(...rows.map((r) => r.length));
  for (let index = 0; index < width; index++) {
    // The lower row of a two-row header names the column more precisely than the merged cell above.
    for (const row of [...rows].reverse()) {
      const column = columnOf(row[index]);
      if (column && !found[column]) {
        found[column] = { index, label: cellText(row[index]) };
        break;
      }
      if (column) break;
    }
  }
  return found;
}

/** A column's header as the annex writes it (the column's id if the annex has none). */
export const columnLabel = (table: Table, column: Column): string => table.columns[column]?.label ?? column;

const complete = (found: Partial<Record<Column, TableColumn>>) => requiredColumns.every((c) => found[c]);

/** The first table in the sheets, or undefined when no row names every required column. */
export function findTable(sheets: readonly Sheet[]): Table | undefined {
  for (const sheet of sheets) {
    for (let i = 0; i < sheet.rows.length; i++) {
      const row = sheet.rows[i] ?? [];
      const one = columnsOf([row]);
      if (complete(one)) return { sheet, headerLine: i + 1, columns: one };
      const two = columnsOf([row, sheet.rows[i + 1] ?? []]);
      if (complete(two)) return { sheet, headerLine: i + 2, columns: two };
    }
  }
  return undefined;
}

/** The required columns no row of the file names: what the office should look for. */
export function missingColumns(sheets: readonly Sheet[]): Column[] {
  const best = sheets
    .flatMap((sheet) => sheet.rows.map((row) => columnsOf([row])))
    .reduce<Partial<Record<Column, TableColumn>>>(
      (a, b) => (Object.keys(b).length > Object.keys(a).length ? b : a),
      {},
    );
  return requiredColumns.filter((c) => !best[c]);
}
