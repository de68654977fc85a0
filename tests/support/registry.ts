/**
 * What the importer's tests share: the province's example annexes (copied from
 * shared/fixtures/ocop-decisions), annexes written for a test with the same library the office's
 * spreadsheets come from, and throwaway copies of content/ to import into.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { digestOf } from '../../src/lib/registry/content-snapshot.ts';

export const FIXTURES = 'tests/fixtures/ocop-decisions';
export const NOVEMBER_2022 = 'qd-1520-2022-bac-kan-mau.xlsx';
export const OCTOBER_2026 = 'qd-2317-2026-thai-nguyen-mau.xlsx';
export const BAD_CSV = 'qd-9999-2022-loi-mau.csv';
/** What the bad CSV has no citation line for (its README gives it). */
export const BAD_CSV_DECISION = { decision: '9999/QĐ-UBND', date: '1/6/2022', issuer: 'UBND tỉnh Bắc Kạn' };

/** The day the tests judge decision dates against: after the October 2026 annex. */
export const TODAY = '2026-12-05';

export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** A copy of content/ in a temporary folder; remove it with removeCopy. */
export function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-content-'));
  cpSync('content', dir, { recursive: true, filter: (src) => !src.includes(`${join('content', 'images')}`) });
  return dir;
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Every JSON file under a content folder with the digest of its text, by path. */
export function contentDigests(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const folder of ['products', 'producers', 'events']) {
    for (const file of readdirSync(join(dir, folder))) {
      const path = join(dir, folder, file);
      digests.set(relative(dir, path), digestOf(readFileSync(path, 'utf8')));
    }
  }
  for (const file of ['areas.json', 'groups.json', 'programme.json']) {
    digests.set(file, digestOf(readFileSync(join(dir, file), 'utf8')));
  }
  return digests;
}

/** The paths whose content differs between two digests: added, removed or changed. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

export interface SheetSpec {
  name: string;
  rows: (string | number | null)[][];
  /** Ranges such as "B7:H7" merged after the rows are written. */
  merges?: string[];
}

/** An .xlsx annex with the given sheets, as a spreadsheet program writes one. */
export async function xlsxAnnex(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV annex: comma-separated, quoted where needed, CRLF, UTF-8 with or without a byte-order mark. */
export function csvAnnex(rows: readonly (string | number)[][], bom: boolean): Uint8Array {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const text = rows.map((row) => row.map(cell).join(',')).join('\r\n');
  return new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}\r\n`);
}

/** The annex's usual header, in its usual order. */
export const HEADER = [
  'STT',
  'Tên sản phẩm',
  'Chủ thể',
  'Địa chỉ',
  'Phân nhóm sản phẩm',
  'Điểm',
  'Hạng sao',
  'Ghi chú',
];

/** A citation line as annexes print it above the table. */
export const citation = (decision: string, date: string, issuer = 'Ủy ban nhân dân tỉnh Bắc Kạn') =>
  `(Kèm theo Quyết định số ${decision} ngày ${date} của ${issuer})`;
