import { afterEach, describe, expect, it, vi } from 'vitest';
import { vietnamDay } from '../../src/lib/calendar.ts';
import {
  addDays,
  certificateStatus,
  contentToday,
  EXPIRING_WITHIN_DAYS,
  expiryDate,
  isCurrent,
  statusDate,
  statusOn,
  statusRank,
  VALIDITY_MONTHS,
} from '../../src/lib/content/certificate-status.ts';

describe('expiryDate', () => {
  it('is 36 months after the decision', () => {
    expect(VALIDITY_MONTHS).toBe(36);
    expect(expiryDate({ decisionDate: '2021-06-30' })).toBe('2024-06-30');
    expect(expiryDate({ decisionDate: '2018-12-31' })).toBe('2021-12-31');
    expect(expiryDate({ decisionDate: '2023-01-01' })).toBe('2026-01-01');
  });

  it('clamps a 29 February decision to the last day of February three years on', () => {
    expect(expiryDate({ decisionDate: '2020-02-29' })).toBe('2023-02-28');
  });

  it('keeps month ends that exist: 31 August, 31 May, 28 February', () => {
    expect(expiryDate({ decisionDate: '2021-08-31' })).toBe('2024-08-31');
    expect(expiryDate({ decisionDate: '2019-05-31' })).toBe('2022-05-31');
    expect(expiryDate({ decisionDate: '2021-02-28' })).toBe('2024-02-28');
  });

  it('takes the expiry the decision states, when it states one', () => {
    expect(expiryDate({ decisionDate: '2021-06-30', expiresOn: '2023-06-30' })).toBe('2023-06-30');
  });
});

describe('certificateStatus', () => {
  const cert = { decisionDate: '2021-06-30' };

  it('is valid from the decision day, expiring in the last 90 days, up to the day before expiry', () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(90);
    expect(certificateStatus(cert, '2021-06-30')).toBe('valid');
    // 2024-06-30 is 91 days after 2024-03-31 and 90 days after 2024-04-01.
    expect(certificateStatus(cert, '2024-03-31')).toBe('valid');
    expect(certificateStatus(cert, '2024-04-01')).toBe('expiring');
    expect(certificateStatus(cert, '2024-06-29')).toBe('expiring');
  });

  it('is expired on the expiry day and after', () => {
    expect(certificateStatus(cert, '2024-06-30')).toBe('expired');
    expect(certificateStatus(cert, '2025-01-01')).toBe('expired');
  });

  it('uses a stated expiry', () => {
    const early = { ...cert, expiresOn: '2022-01-01' };
    expect(certificateStatus(early, '2021-10-02')).toBe('valid');
    expect(certificateStatus(early, '2021-10-03')).toBe('expiring');
    expect(certificateStatus(early, '2022-01-01')).toBe('expired');
  });

  it('is revoked from the revocation day, before or after the expiry', () => {
    const revoked = { ...cert, revoked: { date: '2022-03-15', decision: '123/QĐ-UBND' } };
    expect(certificateStatus(revoked, '2022-03-14')).toBe('valid');
    expect(certificateStatus(revoked, '2022-03-15')).toBe('revoked');
    expect(certificateStatus(revoked, '2030-01-01')).toBe('revoked');
  });

  it('counts the 90 days across month ends and a leap day', () => {
    // 2024 is a leap year: 29 February is one of the 90 days before 2024-05-01.
    const dates = { expiresOn: '2024-05-01' };
    expect(addDays('2024-02-01', 90)).toBe('2024-05-01');
    expect(statusOn(dates, '2024-01-31')).toBe('valid');
    expect(statusOn(dates, '2024-02-01')).toBe('expiring');
    expect(addDays('2023-02-01', 90)).toBe('2023-05-02');
    expect(statusOn({ expiresOn: '2023-05-01' }, '2023-01-31')).toBe('expiring');
  });

  it('crosses a year boundary by calendar day, not by time zone', () => {
    const newYear = { decisionDate: '2022-01-01' };
    expect(certificateStatus(newYear, '2024-12-31')).toBe('expiring');
    expect(certificateStatus(newYear, '2025-01-01')).toBe('expired');
  });
});

describe('what a status means for a listing', () => {
  it('counts expiring certificates as current and ranks them with the valid ones', () => {
    expect(['valid', 'expiring', 'expired', 'revoked'].map((s) => isCurrent(s as 'valid'))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(statusRank.expiring).toBe(statusRank.valid);
    expect(statusRank.valid).toBeLessThan(statusRank.expired);
    expect(statusRank.expired).toBeLessThan(statusRank.revoked);
  });

  it('dates a status: until when it is expiring, since when it has lapsed', () => {
    const dates = { expiresOn: '2024-06-30', revokedOn: '2024-01-10' };
    expect(statusDate(dates, 'valid')).toBeUndefined();
    expect(statusDate(dates, 'expiring')).toBe('2024-06-30');
    expect(statusDate(dates, 'expired')).toBe('2024-06-30');
    expect(statusDate(dates, 'revoked')).toBe('2024-01-10');
  });
});

describe('contentToday', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is OCOP_TODAY when set, for reproducible builds', () => {
    vi.stubEnv('OCOP_TODAY', '2025-07-01');
    expect(contentToday()).toBe('2025-07-01');
  });

  it('is the current day in Asia/Ho_Chi_Minh otherwise', () => {
    vi.stubEnv('OCOP_TODAY', undefined);
    expect(contentToday()).toBe(vietnamDay(new Date()));
  });

  it('refuses an OCOP_TODAY that is not a calendar day', () => {
    for (const bad of ['2025-7-1', '2025-02-30', 'tomorrow']) {
      vi.stubEnv('OCOP_TODAY', bad);
      expect(() => contentToday(), bad).toThrow(/OCOP_TODAY must be a calendar day written YYYY-MM-DD/);
    }
  });
});

describe('vietnamDay', () => {
  it('is the day in Hà Nội, seven hours ahead of UTC', () => {
    expect(vietnamDay(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamDay(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});
