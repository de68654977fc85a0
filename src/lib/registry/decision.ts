/**
 * The decision an annex belongs to: from the options (--decision, --date, --issuer) where given,
 * else from the annex's citation line; the criteria set follows from its date.
 */
import { type criteriaVersions, QD148_IN_FORCE } from '../content/schemas/certificate.ts';
import { findCitation, issuerName, parseDate } from './citation.ts';
import type { Problem } from './problems.ts';
import type { Sheet } from './workbook.ts';

export interface DecisionOptions {
  /** Decision number, date (ISO or d/m/yyyy) and issuing body: override or supply the citation line. */
  decision?: string;
  date?: string;
  issuer?: string;
}

export interface Decision {
  number: string;
  /** ISO date. */
  date: string;
  issuer: string;
  criteria: (typeof criteriaVersions)[number];
}

/** The decision, or undefined with a problem saying what neither the options nor the file give. */
export function decisionOf(
  options: DecisionOptions,
  sheets: readonly Sheet[],
  problems: Problem[],
): Decision | undefined {
  const cited = findCitation(sheets) ?? {};
  const typedDate = options.date;
  const optionDate = typedDate === undefined ? undefined : parseDate(typedDate);
  const badDate = typedDate !== undefined && !optionDate;
  if (badDate) problems.push({ code: 'bad-date', value: typedDate });
  const number = options.decision?.trim() || cited.decision;
  const date = optionDate ?? cited.date;
  const issuer = options.issuer ? issuerName(options.issuer) : cited.issuer;
  if (!number || !date || !issuer) {
    const lacking = [!number && 'decision', !date && 'date', !issuer && 'issuer'].filter(Boolean);
    if (!badDate) problems.push({ code: 'no-decision', detail: lacking.join(', ') });
    return undefined;
  }
  return { number, date, issuer, criteria: date >= QD148_IN_FORCE ? 'QD148' : 'QD1048' };
}
