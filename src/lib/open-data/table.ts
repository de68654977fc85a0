/**
 * An open data table described once: each column's name, type and meaning in both languages,
 * and how to read its value from a row. The CSV, the JSON records, the JSON Schema and the field
 * list on the open data page are all made from the same description, so they cannot disagree.
 */
import { CSV_BOM, csvRow } from '../format/csv.ts';
import type { Locale } from '../i18n/locales.ts';

export type CellValue = string | number | null | readonly string[];

export const columnTypes = ['string', 'integer', 'number', 'date', 'url', 'email', 'list'] as const;
export type ColumnType = (typeof columnTypes)[number];

export interface Column<Row> {
  /** The CSV header and the JSON key (snake_case, ASCII: stable for scripts). */
  name: string;
  type: ColumnType;
  /** Empty (CSV) or null (JSON) for some rows. */
  optional?: boolean;
  /** The only values the column takes. */
  values?: readonly string[];
  description: Record<Locale, string>;
  value: (row: Row) => CellValue;
}

/** A column; `value` answers undefined or null for a row without one (then say `optional`). */
export function column<Row>(
  name: string,
  type: ColumnType,
  description: Record<Locale, string>,
  value: (row: Row) => CellValue | undefined,
  options: { optional?: boolean; values?: readonly string[] } = {},
): Column<Row> {
  return { name, type, ...options, description, value: (row) => value(row) ?? null };
}

/** What a column is, without how to read it: the page's field list. */
export type ColumnDoc = Omit<Column<unknown>, 'value'>;

export interface Table<Row> {
  /** The key of the records' list in the JSON file: "products", "producers". */
  key: string;
  columns: readonly Column<Row>[];
}

/** Lists are one CSV cell, their items separated by this. */
export const LIST_SEPARATOR = '; ';

const csvValue = (value: CellValue): string | number | null =>
  typeof value === 'object' && value !== null ? value.join(LIST_SEPARATOR) : value;

/** The table as CSV: UTF-8 with a byte-order mark, a header row, every cell quoted (RFC 4180), formula-safe. */
export function tableCsv<Row>(table: Table<Row>, rows: Iterable<Row>): string {
  const lines = [CSV_BOM, csvRow(table.columns.map((c) => c.name))];
  for (const row of rows) lines.push(csvRow(table.columns.map((c) => csvValue(c.value(row)))));
  return lines.join('');
}

/** One row as a JSON record: every column, missing values as null. */
export const tableRecord = <Row>(table: Table<Row>, row: Row): Record<string, CellValue> =>
  Object.fromEntries(table.columns.map((c) => [c.name, c.value(row) ?? null]));

const valueSchema = (column: Column<unknown>): Record<string, unknown> => {
  switch (column.type) {
    case 'integer':
    case 'number':
      return { type: column.type };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'url':
      return { type: 'string', format: 'uri' };
    case 'email':
      return { type: 'string', format: 'email' };
    case 'list':
      return { type: 'array', items: { type: 'string' } };
    default:
      return column.values ? { type: 'string', enum: column.values } : { type: 'string' };
  }
};

const columnSchema = (column: Column<unknown>) => {
  const schema = valueSchema(column);
  return {
    ...(column.optional ? { ...schema, type: [schema.type, 'null'] } : schema),
    description: column.description.en,
  };
};

/** The fields every open data JSON file has around its records. */
export interface JsonFileHead {
  /** The URL of the file's JSON Schema. */
  $schema: string;
  title: string;
  /** The licence's URL. */
  license: string;
  creator: string;
  /** The open data page, which says what the fields mean. */
  source: string;
  /** The day (Vietnam) the statuses in the file were computed on. */
  statuses_on: string;
}

/** The JSON file: its head, then the records under the table's key. */
export const tableJson = <Row>(table: Table<Row>, head: JsonFileHead, rows: Iterable<Row>) =>
  JSON.stringify({ ...head, [table.key]: [...rows].map((row) => tableRecord(table, row)) });

/** A JSON Schema (draft 2020-12) of the table's JSON file, published beside it. */
export function tableJsonSchema<Row>(table: Table<Row>, meta: { id: string; title: string }) {
  const headString = (description: string, format?: string) => ({
    type: 'string',
    ...(format ? { format } : {}),
    description,
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.title,
    type: 'object',
    required: ['$schema', 'title', 'license', 'creator', 'source', 'statuses_on', table.key],
    properties: {
      $schema: headString('The URL of this schema', 'uri'),
      title: headString('The data set’s title'),
      license: headString('The licence’s URL (CC BY 4.0)', 'uri'),
      creator: headString('Who keeps the data: cite them when you reuse it'),
      source: headString('The open data page, which describes every field', 'uri'),
      statuses_on: headString('The day (Asia/Ho_Chi_Minh) the certificate statuses were computed on', 'date'),
      [table.key]: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: table.columns.map((c) => c.name),
          properties: Object.fromEntries(
            table.columns.map((c) => [c.name, columnSchema(c as Column<unknown>)]),
          ),
        },
      },
    },
  };
}
