/**
 * A plan for people (a table to read before importing, one line per problem when the file is
 * refused) and for machines (the same as JSON, codes beside the words).
 */
import { formatDate } from '../format/date.ts';
import { formatNumber } from '../format/number.ts';
import { catalogueText } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { type RegistryText, registryText } from '../i18n/registry.ts';
import type { ImportPlan, PlannedRow, RowChange } from './plan.ts';
import type { Note, Problem } from './problems.ts';

/** "dòng 5 (STT 4), Hạng sao: “6 sao”: chỉ công nhận 3, 4 hoặc 5 sao"; a file's problem has no place. */
export function problemMessage(problem: Problem, locale: Locale): string {
  const text = registryText[locale];
  const where = problem.line === undefined ? '' : text.at(problem.line, problem.stt);
  const place = [where, problem.field].filter(Boolean).join(', ');
  const message = text.problem[problem.code](problem);
  return place ? `${place}: ${message}` : message;
}

function noteText(note: Note, notes: RegistryText['note']): string {
  // Each code picks its own words: TypeScript cannot pair a union's member with its entry in a map.
  switch (note.code) {
    case 'remark-differs':
      return notes[note.code](note);
    case 'same-name-elsewhere':
      return notes[note.code](note);
    case 'later-kind-changed':
      return notes[note.code](note);
  }
}

export const noteMessage = (note: Note, locale: Locale): string =>
  `${registryText[locale].at(note.line, note.stt)}: ${noteText(note, registryText[locale].note)}`;

const changeOrder: readonly RowChange[] = [
  'new',
  'renewed',
  're-rated',
  'upgraded',
  'downgraded',
  'earlier',
  'unchanged',
  'skipped',
];

/** How many rows make each change, in a fixed order. */
export const changeCounts = (rows: readonly PlannedRow[]) =>
  Object.fromEntries(
    changeOrder.map((change) => [change, rows.filter((r) => r.change === change).length] as const),
  ) as Record<RowChange, number>;

/** Columns padded to their widest cell; the last one is left ragged. */
function columns(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * The plan as the office reads it: decision, table of rows, what is still to complete, notes,
 * totals; or, for a refused file, one line per problem. `applied`: the files were written.
 */
export function formatPlan(plan: ImportPlan, locale: Locale, applied: boolean): string {
  const text = registryText[locale];
  if (plan.problems.length > 0) {
    return [...plan.problems.map((p) => problemMessage(p, locale)), text.refused(plan.problems.length)].join(
      '\n',
    );
  }
  const lines: string[] = [];
  const { decision, table } = plan;
  if (decision) {
    const date = formatDate(decision.date, locale);
    lines.push(text.decision(decision.number, date, decision.issuer, decision.criteria.replace('QD', 'QĐ ')));
  }
  if (table) lines.push(text.table(plan.file, table.sheet, table.headerLine), '');
  const number = (n: number) => formatNumber(n, locale);
  lines.push(
    ...columns([
      text.headings,
      ...plan.rows.map((row) => [
        String(row.line),
        row.stt ?? '',
        text.change[row.change],
        row.product,
        row.newProducer ? `${row.producer} (${text.newProducer})` : row.producer,
        String(row.stars),
        number(row.score),
        row.previous
          ? text.previous(
              row.previous.stars,
              number(row.previous.score),
              row.previous.decision,
              formatDate(row.previous.decisionDate, locale),
            )
          : '',
      ]),
    ]),
  );
  if (plan.toComplete.length > 0) {
    const gaps = catalogueText[locale];
    lines.push('', text.toComplete);
    for (const entry of plan.toComplete) {
      const missing =
        entry.collection === 'products'
          ? entry.missing.map((gap) => gaps.productGap[gap])
          : entry.missing.map((gap) => gaps.producerGap[gap]);
      lines.push(
        `  ${text.collection[entry.collection]} ${entry.slug} (${entry.name}): ${missing.join(', ')}`,
      );
    }
  }
  if (plan.notes.length > 0)
    lines.push('', text.notes, ...plan.notes.map((n) => `  ${noteMessage(n, locale)}`));
  const counts = Object.entries(changeCounts(plan.rows))
    .filter(([, n]) => n > 0)
    .map(([change, n]) => text.count(n, text.change[change as RowChange]));
  lines.push('', text.summary(counts.join(', ') || '0'));
  lines.push(applied ? text.wrote(plan.files.length) : text.wouldWrite(plan.files.length));
  return lines.join('\n');
}

/** The plan for machines: what the table says, with codes, and the paths of the files written. */
export function planReport(plan: ImportPlan, locale: Locale, applied: boolean) {
  return {
    file: plan.file,
    ...(plan.table ? { table: plan.table } : {}),
    ...(plan.decision ? { decision: plan.decision } : {}),
    refused: plan.problems.length > 0,
    applied,
    counts: changeCounts(plan.rows),
    rows: plan.rows,
    toComplete: plan.toComplete,
    notes: plan.notes.map((n) => ({ ...n, message: noteMessage(n, locale) })),
    problems: plan.problems.map((p) => ({ ...p, message: problemMessage(p, locale) })),
    files: plan.files.map((f) => ({ path: f.path, created: f.before === null })),
  };
}
