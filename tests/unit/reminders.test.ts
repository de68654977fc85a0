/** The reminder schedule: which milestone is due on a day, over month ends, leap years, renewals and missed days. */
import { describe, expect, test } from 'vitest';
import { addDays, expiryDate } from '../../src/lib/content/certificate-status.ts';
import { dueMilestone, milestoneDay } from '../../src/lib/content/reminders.ts';

const certificate = (decisionDate: string, expiresOn: string, revokedOn?: string) => ({
  decisionDate,
  expiresOn,
  ...(revokedOn ? { revoked: { date: revokedOn, decision: '12/QĐ-UBND' } } : {}),
});

type History = ReturnType<typeof certificate>[];
/**
 * The reminders a daily job records over the days the server was up, each certificate and
 * milestone once, with the history as published on each day.
 */
function remindersOver(history: History | ((day: string) => History), days: string[]): string[] {
  const recorded = new Map<string, string>();
  for (const day of days) {
    const due = dueMilestone(typeof history === 'function' ? history(day) : history, day);
    const key = due && `${due.expiresOn} ${due.milestone}`;
    if (key && !recorded.has(key)) recorded.set(key, `${key} (on ${day})`);
  }
  return [...recorded.values()];
}
const everyDay = (from: string, to: string) => {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
};

describe('milestone days', () => {
  test('90 and 30 days before the expiry, and the expiry itself, across month ends', () => {
    expect(milestoneDay('2027-03-31', '30-days')).toBe('2027-03-01');
    expect(milestoneDay('2027-03-01', '30-days')).toBe('2027-01-30');
    expect(milestoneDay('2027-03-01', '90-days')).toBe('2026-12-01');
    expect(milestoneDay('2027-03-01', 'expiry')).toBe('2027-03-01');
  });

  test('leap years: February 29th counts', () => {
    expect(milestoneDay('2028-03-01', '30-days')).toBe('2028-01-31');
    expect(milestoneDay('2028-05-29', '90-days')).toBe('2028-02-29');
    expect(milestoneDay('2027-05-29', '90-days')).toBe('2027-02-28');
    // A certificate decided on 29 February runs 36 months, to the last day of February 2027.
    const expiresOn = expiryDate({ decisionDate: '2024-02-29' });
    expect(expiresOn).toBe('2027-02-28');
    expect(milestoneDay(expiresOn, '30-days')).toBe('2027-01-29');
  });
});

describe('the reminder due on a day', () => {
  const history = [certificate('2024-03-01', '2027-03-01')];

  test('nothing before the 90-day mark; each milestone from its day until the next', () => {
    expect(dueMilestone(history, '2026-11-30')).toBeUndefined();
    expect(dueMilestone(history, '2026-12-01')).toEqual({ expiresOn: '2027-03-01', milestone: '90-days' });
    expect(dueMilestone(history, '2027-01-29')).toEqual({ expiresOn: '2027-03-01', milestone: '90-days' });
    expect(dueMilestone(history, '2027-01-30')).toEqual({ expiresOn: '2027-03-01', milestone: '30-days' });
    expect(dueMilestone(history, '2027-03-01')).toEqual({ expiresOn: '2027-03-01', milestone: 'expiry' });
  });

  test('a server up every day sends the three reminders, each on its day', () => {
    expect(remindersOver(history, everyDay('2026-11-01', '2027-05-01'))).toEqual([
      '2027-03-01 90-days (on 2026-12-01)',
      '2027-03-01 30-days (on 2027-01-30)',
      '2027-03-01 expiry (on 2027-03-01)',
    ]);
  });

  test('after missed days only the latest due milestone goes, not the ones skipped', () => {
    // Down from 25 November to 2 March: back up two days after the expiry.
    const days = [...everyDay('2026-11-01', '2026-11-24'), ...everyDay('2027-03-03', '2027-05-01')];
    expect(remindersOver(history, days)).toEqual(['2027-03-01 expiry (on 2027-03-03)']);
  });

  test('an expiry long past is not announced (a server started much later mails nobody)', () => {
    expect(dueMilestone(history, '2027-03-31')).toEqual({ expiresOn: '2027-03-01', milestone: 'expiry' });
    expect(dueMilestone(history, '2027-04-01')).toBeUndefined();
  });

  test('a renewal that lands before a reminder cancels it: the current certificate decides', () => {
    const renewed = [...history, certificate('2027-01-15', '2030-01-15')];
    // Decided and published on 15 January, before the 30-day reminder of 30 January.
    const published = (day: string) => (day < '2027-01-15' ? history : renewed);
    expect(remindersOver(published, everyDay('2026-11-01', '2027-05-01'))).toEqual([
      '2027-03-01 90-days (on 2026-12-01)',
    ]);
    // The renewal's own reminders come three years on.
    expect(dueMilestone(renewed, '2029-10-17')).toEqual({ expiresOn: '2030-01-15', milestone: '90-days' });
  });

  test('a revoked certificate is reminded of nothing', () => {
    expect(
      dueMilestone([certificate('2024-03-01', '2027-03-01', '2026-06-01')], '2027-01-30'),
    ).toBeUndefined();
  });
});
