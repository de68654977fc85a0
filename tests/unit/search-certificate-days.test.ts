/** Certificate status in the search index, by dates (src/lib/search/certificate-days.ts). */
import { describe, expect, it } from 'vitest';
import {
  certificateDays,
  datesOf,
  dayFromNumber,
  dayNumber,
  rankUpdates,
  statusFilter,
} from '../../src/lib/search/certificate-days.ts';

describe('day numbers', () => {
  it('write a calendar day as YYYYMMDD, in the same order as the dates, and back', () => {
    expect(dayNumber('2026-03-05')).toBe(20260305);
    expect(dayFromNumber(20260305)).toBe('2026-03-05');
    expect(dayNumber('2025-12-31')).toBeLessThan(dayNumber('2026-01-01'));
  });

  it('carry the expiry, and the revocation only when there is one', () => {
    expect(certificateDays({ expiresOn: '2027-12-27' })).toEqual({ expiryDay: 20271227 });
    const days = certificateDays({ expiresOn: '2027-12-27', revokedOn: '2026-01-20' });
    expect(days).toEqual({ expiryDay: 20271227, revocationDay: 20260120 });
    expect(datesOf(days)).toEqual({ expiresOn: '2027-12-27', revokedOn: '2026-01-20' });
  });
});

describe('statusFilter', () => {
  it('writes the rules of statusOn() as comparisons on the day and 90 days on', () => {
    // 90 days after 2026-11-28 is 2027-02-26.
    expect(statusFilter('valid', '2026-11-28')).toBe(
      'expiryDay > 20270226 AND NOT revocationDay <= 20261128',
    );
    expect(statusFilter('expiring', '2026-11-28')).toBe(
      'expiryDay > 20261128 AND expiryDay <= 20270226 AND NOT revocationDay <= 20261128',
    );
    expect(statusFilter('expired', '2026-11-28')).toBe(
      'expiryDay <= 20261128 AND NOT revocationDay <= 20261128',
    );
    expect(statusFilter('revoked', '2026-11-28')).toBe('revocationDay <= 20261128');
  });
});

describe('rankUpdates', () => {
  const documents = [
    { id: 'valid', expiryDay: 20270601, statusRank: 0 },
    { id: 'expiring-then-expired', expiryDay: 20261201, statusRank: 0 },
    { id: 'revoked-later', expiryDay: 20280101, revocationDay: 20261215, statusRank: 0 },
    { id: 'already-expired', expiryDay: 20250101, statusRank: 1 },
  ];

  it('changes nothing on the day the ranks were computed', () => {
    expect(rankUpdates(documents, '2026-11-28')).toEqual([]);
  });

  it('gives the partial updates of the products whose rank changed since, and only those', () => {
    expect(rankUpdates(documents, '2026-12-01')).toEqual([{ id: 'expiring-then-expired', statusRank: 1 }]);
    expect(rankUpdates(documents, '2026-12-15')).toEqual([
      { id: 'expiring-then-expired', statusRank: 1 },
      { id: 'revoked-later', statusRank: 2 },
    ]);
  });

  it('is idempotent: applied, it has nothing more to say for the same day', () => {
    const updates = new Map(rankUpdates(documents, '2026-12-15').map((u) => [u.id, u.statusRank]));
    const applied = documents.map((d) => ({ ...d, statusRank: updates.get(d.id) ?? d.statusRank }));
    expect(rankUpdates(applied, '2026-12-15')).toEqual([]);
  });
});
