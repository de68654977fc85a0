import type { Certificate } from './schemas/certificate.ts';

export type CertificateStatus = 'valid' | 'expired' | 'revoked';

/** A certificate is valid 36 months from its decision date unless the decision says otherwise. */
export const VALIDITY_MONTHS = 36;

export function expiryDate(cert: Pick<Certificate, 'decisionDate' | 'expiresOn'>): string {
  if (cert.expiresOn) return cert.expiresOn;
  const [year, month, day] = cert.decisionDate.split('-').map(Number) as [number, number, number];
  const expiry = new Date(Date.UTC(year, month - 1 + VALIDITY_MONTHS, day));
  // 31 Aug + 36 months has no 31st in some months: Date rolls over, so clamp to the month's last day.
  if (expiry.getUTCDate() !== day) expiry.setUTCDate(0);
  return expiry.toISOString().slice(0, 10);
}

/** Status on a given day (ISO date), computed from dates and never typed by hand. */
export function certificateStatus(
  cert: Pick<Certificate, 'decisionDate' | 'expiresOn' | 'revoked'>,
  today: string,
): CertificateStatus {
  if (cert.revoked && cert.revoked.date <= today) return 'revoked';
  return today < expiryDate(cert) ? 'valid' : 'expired';
}

/** The day content is judged against: the build day, or OCOP_TODAY for reproducible builds and tests. */
export const contentToday = (): string => process.env.OCOP_TODAY ?? new Date().toISOString().slice(0, 10);
