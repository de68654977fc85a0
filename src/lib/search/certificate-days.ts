/**
 * Certificate status in the search index, by dates: documents carry the current certificate's
 * expiry and revocation days as numbers (YYYYMMDD), and every status is a filter on them for the
 * day asked, so the index never holds a status that goes stale. Only the ranking (current
 * certificates before lapsed ones) is stored; rankUpdates() brings it up to date.
 */
import {
  addDays,
  type CertificateDates,
  type CertificateStatus,
  EXPIRING_WITHIN_DAYS,
  statusOn,
  statusRank,
} from '../content/certificate-status.ts';

/** Filterable document attributes: the expiry day of the current certificate, and its revocation day if any. */
export const EXPIRY_DAY = 'expiryDay';
export const REVOCATION_DAY = 'revocationDay';

export interface CertificateDays {
  expiryDay: number;
  revocationDay?: number;
}

/** 2026-03-15 → 20260315: the same order as the dates, and what a Meilisearch filter can compare. */
export const dayNumber = (day: string): number => Number(day.replaceAll('-', ''));

export function dayFromNumber(value: number): string {
  const digits = String(value);
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

export const certificateDays = (dates: CertificateDates): CertificateDays => ({
  expiryDay: dayNumber(dates.expiresOn),
  ...(dates.revokedOn ? { revocationDay: dayNumber(dates.revokedOn) } : {}),
});

export const datesOf = (days: CertificateDays): CertificateDates => ({
  expiresOn: dayFromNumber(days.expiryDay),
  ...(days.revocationDay ? { revokedOn: dayFromNumber(days.revocationDay) } : {}),
});

/**
 * The filter that selects one status on a day: the comparisons of statusOn() on the two days.
 * `NOT revocationDay <= t` also keeps documents that have no revocation day.
 */
export function statusFilter(status: CertificateStatus, today: string): string {
  const t = dayNumber(today);
  const soon = dayNumber(addDays(today, EXPIRING_WITHIN_DAYS));
  const notRevoked = `NOT ${REVOCATION_DAY} <= ${t}`;
  switch (status) {
    case 'valid':
      return `${EXPIRY_DAY} > ${soon} AND ${notRevoked}`;
    case 'expiring':
      return `${EXPIRY_DAY} > ${t} AND ${EXPIRY_DAY} <= ${soon} AND ${notRevoked}`;
    case 'expired':
      return `${EXPIRY_DAY} <= ${t} AND ${notRevoked}`;
    case 'revoked':
      return `${REVOCATION_DAY} <= ${t}`;
  }
}

/** Valid or expiring on the day: the products that may show their stars. */
export const currentFilter = (today: string): string =>
  `${EXPIRY_DAY} > ${dayNumber(today)} AND NOT ${REVOCATION_DAY} <= ${dayNumber(today)}`;

export interface RankUpdate {
  id: string;
  statusRank: number;
}

/**
 * The partial document updates that bring the index's ranking up to `today`: one per product whose
 * certificate has expired or been revoked since its rank was computed (or, after a content fix,
 * whose rank is otherwise out of date). Applying them is idempotent; a daily job sends them after
 * midnight in Asia/Ho_Chi_Minh, and once after each reindex from a build made on an earlier day.
 */
export function rankUpdates(
  documents: readonly (CertificateDays & RankUpdate)[],
  today: string,
): RankUpdate[] {
  return documents.flatMap((doc) => {
    const rank = statusRank[statusOn(datesOf(doc), today)];
    return rank === doc.statusRank ? [] : [{ id: doc.id, statusRank: rank }];
  });
}
