/**
 * CSV for spreadsheets. Cells that start like a formula (= + - @, tab or carriage return) get a
 * leading apostrophe so Excel and LibreOffice show them as text instead of running them; every
 * cell is quoted; UTF-8 with a byte-order mark so Excel reads Vietnamese correctly.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export const csvRow = (cells: (string | number | boolean | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;

export const CSV_BOM = '\uFEFF';
