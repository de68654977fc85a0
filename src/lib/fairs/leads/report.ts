/**
 * What a fair brought, per product and per day of the fair: QR code scans of its material, leads
 * noted at the booth, enquiries (the leads' own and the others about the product received on the
 * fair's days) and how many of those enquiries have been answered. Counted from the stored rows
 * (records.ts) for the days of the fair in content, Vietnam's calendar days.
 */
import { vietnamDay } from '../../calendar.ts';
import { addDays } from '../../content/certificate-status.ts';
import type { ReportEnquiry, ScanDay, StoredLead } from './records.ts';

export interface ReportCounts {
  scans: number;
  leads: number;
  enquiries: number;
  answered: number;
}

export interface FairReport {
  /** Every day of the fair, first to last. */
  days: string[];
  /** The booth's products in its order, then any other product the fair's rows name. */
  products: string[];
  /** cells[day][product] */
  cells: Record<string, Record<string, ReportCounts>>;
  /** Per product over the whole fair. */
  byProduct: Record<string, ReportCounts>;
  /**
   * Per day and over the whole fair. A lead or an enquiry about two products counts under each
   * product but once here, so these are not the sums of the rows above (scans are).
   */
  byDay: Record<string, ReportCounts>;
  total: ReportCounts;
}

/** The fair's days, first to last (its content gives start and end, both included). */
export function fairDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The instants the fair's days run over in Vietnam (UTC+7): from the first midnight to the one after. */
export const fairWindow = (start: string, end: string): { from: Date; before: Date } => ({
  from: new Date(`${start}T00:00:00+07:00`),
  before: new Date(`${addDays(end, 1)}T00:00:00+07:00`),
});

const zero = (): ReportCounts => ({ scans: 0, leads: 0, enquiries: 0, answered: 0 });

export interface ReportRows {
  fair: { slug: string; start: string; end: string; products: readonly string[] };
  scans: readonly ScanDay[];
  leads: readonly StoredLead[];
  enquiries: readonly ReportEnquiry[];
}

export function fairReport({ fair, scans, leads, enquiries }: ReportRows): FairReport {
  const days = fairDays(fair.start, fair.end);
  const isFairDay = new Set(days);
  const leadProducts = (lead: StoredLead) => lead.receipt.enquiries.flatMap((e) => e.products);
  const extra = new Set([...scans.map((s) => s.product), ...leads.flatMap(leadProducts)]);
  const products = [...fair.products, ...[...extra].filter((p) => !fair.products.includes(p)).sort()];
  const known = new Set(products);

  const cells: FairReport['cells'] = Object.fromEntries(
    days.map((day) => [day, Object.fromEntries(products.map((p) => [p, zero()]))]),
  );
  const byProduct: FairReport['byProduct'] = Object.fromEntries(products.map((p) => [p, zero()]));
  const byDay: FairReport['byDay'] = Object.fromEntries(days.map((day) => [day, zero()]));
  const total = zero();

  /** Adds one lead or enquiry (or n scans) about these products on this day, each total once. */
  const add = (day: string, about: readonly string[], counts: Partial<ReportCounts>) => {
    const mine = [...new Set(about)].filter((p) => known.has(p));
    if (!isFairDay.has(day) || mine.length === 0) return;
    for (const [key, n] of Object.entries(counts) as [keyof ReportCounts, number][]) {
      for (const p of mine) {
        (cells[day]?.[p] as ReportCounts)[key] += n;
        (byProduct[p] as ReportCounts)[key] += n;
      }
      (byDay[day] as ReportCounts)[key] += n;
      total[key] += n;
    }
  };

  for (const s of scans) add(s.day, [s.product], { scans: s.scans });
  const leadDay = new Map<string, string>();
  for (const lead of leads) {
    const day = vietnamDay(new Date(lead.capturedAt));
    if (lead.receipt.submission) leadDay.set(lead.receipt.submission, day);
    add(day, leadProducts(lead), { leads: 1 });
  }
  for (const e of enquiries) {
    // A lead's enquiries count on the day it was noted, even when an offline tablet sent it later.
    const day = leadDay.get(e.submission) ?? vietnamDay(new Date(e.createdAt));
    add(day, e.products, { enquiries: 1, answered: e.answeredAt ? 1 : 0 });
  }
  return { days, products, cells, byProduct, byDay, total };
}
