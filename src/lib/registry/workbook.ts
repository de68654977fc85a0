/**
 * An annex file as plain grids of cells, one per sheet: .xlsx through exceljs, .csv (UTF-8,
 * with or without a byte-order mark) through exceljs's CSV reader, so both come out the same.
 * A merged cell reads as its value in every cell it covers (exceljs gives the master's value).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** What a cell holds once formulas, rich text and links are reduced to their shown value. */
export type Cell = string | number | null;

export interface Sheet {
  name: string;
  /** rows[i] is line i + 1 of the sheet (the row number a spreadsheet shows, or the CSV line). */
  rows: Cell[][];
}

export class UnreadableFile extends Error {}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  return null; // an error value such as #N/A holds nothing to import
}

function sheetOf(worksheet: ExcelJS.Worksheet): Sheet {
  const rows: Cell[][] = [];
  for (let line = 1; line <= worksheet.rowCount; line++) {
    const row = worksheet.getRow(line);
    const cells: Cell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellValue(row.getCell(column).value));
    rows.push(cells);
  }
  return { name: worksheet.name, rows };
}

/** Reads an annex by its file name's extension. Throws UnreadableFile for anything else. */
export async function readSheets(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  const extension = fileName.toLowerCase().split('.').at(-1);
  try {
    if (extension === 'xlsx') {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    } else if (extension === 'csv') {
      // TextDecoder drops a leading byte-order mark; `fatal` refuses a file that is not UTF-8.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      // Cells stay text as typed (by default exceljs makes numbers and dates of them): the
      // importer reads numbers itself, decimal commas included.
      await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value });
    } else {
      throw new UnreadableFile(`${fileName}: not an .xlsx or .csv file`);
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(`${fileName}: ${(error as Error).message}`);
  }
  return workbook.worksheets.map(sheetOf);
}
