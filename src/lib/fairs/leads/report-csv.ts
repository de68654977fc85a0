/**
 * The fair report as a spreadsheet: one row per day and product, each day's total, each
 * product's over the whole fair (day "all") and the fair's total; product names in Vietnamese.
 */
import { CSV_BOM, csvRow } from '../../format/csv.ts';
import type { FairReport, ReportCounts } from './report.ts';

const header = ['day', 'product_slug', 'product', 'scans', 'leads', 'enquiries', 'answered'];
const ALL_DAYS = 'all';
const TOTAL = 'total';

export function fairReportCsv(report: FairReport, productName: (slug: string) => string): string {
  const row = (day: string, slug: string, name: string, c: ReportCounts | undefined) =>
    csvRow([day, slug, name, c?.scans, c?.leads, c?.enquiries, c?.answered]);
  const lines = [CSV_BOM, csvRow(header)];
  for (const day of report.days) {
    for (const p of report.products) lines.push(row(day, p, productName(p), report.cells[day]?.[p]));
    lines.push(row(day, '', TOTAL, report.byDay[day]));
  }
  for (const p of report.products) lines.push(row(ALL_DAYS, p, productName(p), report.byProduct[p]));
  lines.push(row(ALL_DAYS, '', TOTAL, report.total));
  return lines.join('');
}
