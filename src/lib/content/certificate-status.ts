/**
 * Certificate status, computed from dates and never typed: pure functions of a certificate's dates
 * and the day they are judged on, so a page, the search API or a daily job can ask about any day.
 */
import { vietnamDay } from '../calendar.ts';
import type { Certificate } from './schemas/certificate.ts';

export const certificateStatuses = ['valid', 'expiring', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

/** A certificate is valid 36 months from its decision date unless the decision says otherwise. */
export const VALIDITY_MONTHS = 36;
/** A valid certificate that ends within this many days is "expiring": buyers and producers see it coming. */
export const EXPIRING_WITHIN_DAYS = 90;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function expiryDate(cert: Pick<Certificate, 'decisionDate' | 'expiresOn'>): string {
  if (cert.expiresOn) return cert.expiresOn;
  const [year, month, day] = cert.decisionDate.split('-').map(Number) as [number, number, number];
  const expiry = new Date(Date.UTC(year, month - 1 + VALIDITY_MONTHS, day));
  // 31 Aug + 36 months has no 31st in some months: Date rolls over, so clamp to the month's last day.
  if (expiry.getUTCDate() !== day) expiry.setUTCDate(0);
  return expiry.toISOString().slice(0, 10);
}

/** The calendar day `days` after an ISO day (before it when negative). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The two dates a status depends on: when the certificate ends, and when it was revoked, if it was. */
export interface CertificateDates {
  expiresOn: string;
  revokedOn?: string | undefined;
}

export const certificateDates = (
  cert: Pick<Certificate, 'decisionDate' | 'expiresOn' | 'revoked'>,
): CertificateDates => ({ expiresOn: expiryDate(cert), revokedOn: cert.revoked?.date });

/**
 * Status on a given day (ISO date): revoked from the revocation day; expired from the expiry day;
 * expiring while the expiry is at most EXPIRING_WITHIN_DAYS away; valid before that.
 * The search filters (src/lib/search/certificate-days.ts) encode these same comparisons.
 */
export function statusOn(dates: CertificateDates, today: string): CertificateStatus {
  if (dates.revokedOn && dates.revokedOn <= today) return 'revoked';
  if (dates.expiresOn <= today) return 'expired';
  return dates.expiresOn <= addDays(today, EXPIRING_WITHIN_DAYS) ? 'expiring' : 'valid';
}

export const certificateStatus = (
  cert: Pick<Certificate, 'decisionDate' | 'expiresOn' | 'revoked'>,
  today: string,
): CertificateStatus => statusOn(certificateDates(cert), today);

/** Valid or expiring: the product may show its stars and the OCOP label. */
export const isCurrent = (status: CertificateStatus): boolean => status === 'valid' || status === 'expiring';

/** The day a status refers to: when an expiring certificate ends, or since when it has lapsed. */
export function statusDate(dates: CertificateDates, status: CertificateStatus): string | undefined {
  if (status === 'revoked') return dates.revokedOn;
  return status === 'valid' ? undefined : dates.expiresOn;
}

/**
 * Order of products by status: current certificates first (expiring ones are still valid), then
 * expired, then revoked. Listings sort by it; search documents carry it for the index's ranking.
 */
export const statusRank: Record<CertificateStatus, number> = {
  valid: 0,
  expiring: 0,
  expired: 1,
  revoked: 2,
};

/**
 * The day content is judged against: OCOP_TODAY (YYYY-MM-DD) for reproducible builds and tests,
 * else today in Asia/Ho_Chi_Minh.
 */
export function contentToday(): string {
  const set = process.env.OCOP_TODAY;
  if (set === undefined || set === '') return vietnamDay(new Date());
  if (!ISO_DAY.test(set) || addDays(set, 0) !== set) {
    throw new Error(`OCOP_TODAY must be a calendar day written YYYY-MM-DD, not "${set}"`);
  }
  return set;
}
