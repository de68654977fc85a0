import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  certificateStatus,
  contentToday,
  expiryDate,
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

  it('is valid from the decision day until the day before expiry', () => {
    expect(certificateStatus(cert, '2021-06-30')).toBe('valid');
    expect(certificateStatus(cert, '2024-06-29')).toBe('valid');
  });

  it('is expired on the expiry day and after', () => {
    expect(certificateStatus(cert, '2024-06-30')).toBe('expired');
    expect(certificateStatus(cert, '2025-01-01')).toBe('expired');
  });

  it('uses a stated expiry', () => {
    const early = { ...cert, expiresOn: '2022-01-01' };
    expect(certificateStatus(early, '2021-12-31')).toBe('valid');
    expect(certificateStatus(early, '2022-01-01')).toBe('expired');
  });

  it('is revoked from the revocation day, before or after the expiry', () => {
    const revoked = { ...cert, revoked: { date: '2022-03-15', decision: '123/QĐ-UBND' } };
    expect(certificateStatus(revoked, '2022-03-14')).toBe('valid');
    expect(certificateStatus(revoked, '2022-03-15')).toBe('revoked');
    expect(certificateStatus(revoked, '2030-01-01')).toBe('revoked');
  });

  it('crosses a year boundary by calendar day, not by time zone', () => {
    const newYear = { decisionDate: '2022-01-01' };
    expect(certificateStatus(newYear, '2024-12-31')).toBe('valid');
    expect(certificateStatus(newYear, '2025-01-01')).toBe('expired');
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

  it('is the current UTC day otherwise', () => {
    vi.stubEnv('OCOP_TODAY', undefined);
    expect(contentToday()).toBe(new Date().toISOString().slice(0, 10));
  });
});
