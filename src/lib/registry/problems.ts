import type { CertificateKind } from '../content/schemas/certificate.ts';
import type { RowChange } from './plan.ts';

/**
 * What stops an import (problems: one is enough to refuse the whole file) and what the office
 * should know without being stopped (notes). Each names the annex row by its line in the sheet
 * and its STT, and the field by the annex's own column header. The words are in
 * src/lib/i18n/registry.ts.
 */

export type ProblemCode =
  /** The file is no .xlsx or .csv, or cannot be read as one. */
  | 'unreadable'
  /** No row names the columns the import needs (`detail`: those missing). */
  | 'no-table'
  /** No citation line, and no --decision/--date/--issuer for what it lacks (`detail`). */
  | 'no-decision'
  /** A date given on the command line that is no date. */
  | 'bad-date'
  /** The decision is dated after today (`detail`: today). */
  | 'future-date'
  | 'missing'
  | 'not-a-number'
  /** Stars other than 3, 4 or 5. */
  | 'stars-range'
  | 'score-range'
  /** Stars outside the score's band (`detail`: the score). */
  | 'stars-score'
  /** 5★ in a decision that is not the national council's (`detail`: the issuer). */
  | 'five-star-national'
  | 'unknown-commune'
  | 'unknown-district'
  /** An address without a commune, for a producer the catalogue does not have yet. */
  | 'no-commune'
  /** The same product and producer again (`detail`: the line of the first). */
  | 'duplicate'
  /** The product already holds this decision with another score or date (`detail`: what it holds). */
  | 'certificate-conflict'
  | 'unknown-group'
  /** The group text fits several sub-groups (`detail`: their codes). */
  | 'ambiguous-group'
  /** A new producer whose name does not say what it is (HTX, THT, HKD, Công ty, …). */
  | 'producer-type'
  /** An entry the import would write fails the content schemas (`detail`: the schema's words). */
  | 'invalid-result';

export interface Problem {
  code: ProblemCode;
  /** Line of the row in the sheet or CSV; none for a problem of the whole file. */
  line?: number;
  stt?: string;
  /** The column's header as the annex writes it ("Hạng sao"). */
  field?: string;
  /** The offending value, as typed. */
  value?: string;
  detail?: string;
}

/** What the office should know without being stopped, about one row. */
export type Note = {
  line: number;
  stt?: string;
} /** The remark ("Ghi chú") says otherwise than the catalogue and the stars do. */ & (
  | { code: 'remark-differs'; remark: string; change: RowChange }
  /** A new product bears the name of another producer's product (`other`: its slug). */
  | { code: 'same-name-elsewhere'; other: string }
  /** The certificate went before a later one, whose kind changed with it. */
  | { code: 'later-kind-changed'; decision: string; kind: CertificateKind }
);

export type NoteCode = Note['code'];

/** Where a problem or note points: its row and field, empty for the whole file. */
export const rowOf = (row: { line: number; stt: string | undefined }) =>
  row.stt ? { line: row.line, stt: row.stt } : { line: row.line };
