/** CSV for spreadsheets (the inbox's export, open data): safe against spreadsheet formula injection, readable by Excel. */
import { describe, expect, test } from 'vitest';
import { CSV_BOM, csvCell, csvRow } from '../../src/lib/format/csv.ts';

describe('csvCell', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+84 912 345 678', `"'+84 912 345 678"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('leaves ordinary text alone, quoting every cell and doubling quotes', () => {
    expect(csvCell('Miến dong "Tài Hoan", 50 kg')).toBe('"Miến dong ""Tài Hoan"", 50 kg"');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  test('keeps line breaks inside the quoted cell', () => {
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });
});

test('rows end with CRLF and the file starts with a UTF-8 byte-order mark', () => {
  expect(csvRow(['a', null, 3])).toBe('"a","","3"\r\n');
  expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
});
