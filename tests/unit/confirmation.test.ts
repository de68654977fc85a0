/** When a confirmation of contacts or trade data is due for another check (src/lib/content/confirmation.ts). */
import { describe, expect, it } from 'vitest';
import { confirmationDue, vietnamToday } from '../../src/lib/content/confirmation.ts';

describe('confirmationDue', () => {
  it('is current for twelve months, due from the day after the first anniversary', () => {
    expect(confirmationDue('2025-03-15', '2025-03-15')).toBe(false);
    expect(confirmationDue('2025-03-15', '2026-03-14')).toBe(false);
    expect(confirmationDue('2025-03-15', '2026-03-15')).toBe(false);
    expect(confirmationDue('2025-03-15', '2026-03-16')).toBe(true);
    expect(confirmationDue('2023-11-01', '2026-11-28')).toBe(true);
  });

  it('keeps month ends: a confirmation on the 31st is current until the 31st a year on', () => {
    expect(confirmationDue('2025-01-31', '2026-01-31')).toBe(false);
    expect(confirmationDue('2025-01-31', '2026-02-01')).toBe(true);
    expect(confirmationDue('2025-12-31', '2026-12-31')).toBe(false);
    expect(confirmationDue('2025-12-31', '2027-01-01')).toBe(true);
  });

  it('counts 29 February a year on as 28 February, and a leap day when the year has one', () => {
    expect(confirmationDue('2024-02-29', '2025-02-28')).toBe(false);
    expect(confirmationDue('2024-02-29', '2025-03-01')).toBe(true);
    expect(confirmationDue('2027-02-28', '2028-02-28')).toBe(false);
    expect(confirmationDue('2027-02-28', '2028-02-29')).toBe(true);
  });
});

describe('vietnamToday', () => {
  it('is the calendar day in Vietnam (UTC+7), not in UTC', () => {
    expect(vietnamToday(new Date('2026-03-14T16:59:59Z'))).toBe('2026-03-14');
    expect(vietnamToday(new Date('2026-03-14T17:00:00Z'))).toBe('2026-03-15');
    expect(vietnamToday(new Date('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
  });
});
