/**
 * One annex row read and checked on its own: names present, stars 3–5, score 0–100, the stars
 * in the score's band, and 5★ only from the national council. Problems name the row and the
 * annex's column; a row with any is not planned further.
 */
import { starsForScore } from '../content/schemas/certificate.ts';
import { cellNumber, cellStars, cellText } from './cells.ts';
import { type Column, columnLabel, type Table } from './header.ts';
import { type Problem, rowOf } from './problems.ts';
import type { AnnexRow } from './rows.ts';

export interface RowFacts {
  name: string;
  producer: string;
  address: string;
  group: string;
  score: number;
  stars: number;
  remark: string;
}

export function rowFacts(
  row: AnnexRow,
  table: Table,
  issuer: { name: string; national: boolean },
  problems: Problem[],
): RowFacts | undefined {
  const before = problems.length;
  const at = (column: Column, value?: string) => ({
    ...rowOf(row),
    field: columnLabel(table, column),
    ...(value === undefined ? {} : { value }),
  });
  const text = (column: Column) => {
    const value = cellText(row.cells[column]);
    if (!value) problems.push({ code: 'missing', ...at(column) });
    return value;
  };

  const name = text('name');
  const producer = text('producer');
  const address = text('address');
  const scoreText = text('score');
  const starsText = text('stars');
  const score = cellNumber(row.cells.score);
  const stars = cellStars(row.cells.stars);
  if (scoreText && score === undefined) problems.push({ code: 'not-a-number', ...at('score', scoreText) });
  if (score !== undefined && score > 100) problems.push({ code: 'score-range', ...at('score', scoreText) });
  if (starsText && stars === undefined) problems.push({ code: 'not-a-number', ...at('stars', starsText) });
  if (stars !== undefined && (stars < 3 || stars > 5)) {
    problems.push({ code: 'stars-range', ...at('stars', starsText) });
  } else if (stars !== undefined && score !== undefined && score <= 100 && starsForScore(score) !== stars) {
    problems.push({ code: 'stars-score', ...at('stars', starsText), detail: scoreText });
  } else if (stars === 5 && !issuer.national) {
    problems.push({ code: 'five-star-national', ...at('stars', starsText), detail: issuer.name });
  }
  if (problems.length > before || score === undefined || stars === undefined) return undefined;
  return {
    name,
    producer,
    address,
    group: cellText(row.cells.group),
    score,
    stars,
    remark: cellText(row.cells.remark),
  };
}
