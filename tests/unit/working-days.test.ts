/** Working time for reminders and response figures: Monday to Friday on Vietnam's clock, checked by hand. */
import { expect, test } from 'vitest';
import { DAY_MS, workingDaysPassed, workingMsBetween } from '../../src/lib/enquiries/working-days.ts';

// 2026-11-27 is a Friday; Vietnam is UTC+7, so 10:00 there is 03:00Z.
const vn = (day: string, time = '10:00') => new Date(`${day}T${time}:00+07:00`);
const hours = (ms: number) => ms / 3_600_000;

test('a weekday counts whole, the weekend not at all', () => {
  expect(hours(workingMsBetween(vn('2026-11-26'), vn('2026-11-27')))).toBe(24);
  // Friday 10:00 → Monday 10:00: 14 hours of Friday, 10 of Monday.
  expect(hours(workingMsBetween(vn('2026-11-27'), vn('2026-11-30')))).toBe(24);
  expect(workingDaysPassed(vn('2026-11-27'), vn('2026-11-30'), 2)).toBe(false);
  expect(workingDaysPassed(vn('2026-11-27'), vn('2026-12-01'), 2)).toBe(true);
  // Five working days from Friday 10:00 end the next Friday at 10:00.
  expect(workingDaysPassed(vn('2026-11-27'), vn('2026-12-04', '09:59'), 5)).toBe(false);
  expect(workingDaysPassed(vn('2026-11-27'), vn('2026-12-04'), 5)).toBe(true);
});

test('sent at the weekend, the count starts on Monday at midnight in Vietnam', () => {
  expect(workingMsBetween(vn('2026-11-28'), vn('2026-11-29', '23:59'))).toBe(0);
  expect(hours(workingMsBetween(vn('2026-11-28'), vn('2026-11-30', '06:00')))).toBe(6);
  expect(workingDaysPassed(vn('2026-11-28'), vn('2026-12-02', '00:00'), 2)).toBe(true);
  expect(workingDaysPassed(vn('2026-11-28'), vn('2026-12-01', '23:59'), 2)).toBe(false);
});

test("Vietnam's day, not the server's: Friday 23:30 there is still Friday, Saturday 00:30 is not", () => {
  expect(hours(workingMsBetween(vn('2026-11-27', '23:30'), vn('2026-11-28', '00:30')))).toBe(0.5);
  // 17:30Z on Friday is already Saturday 00:30 in Vietnam.
  expect(workingMsBetween(new Date('2026-11-27T17:30:00Z'), new Date('2026-11-28T17:30:00Z'))).toBe(0);
});

test('long spans count five days a week; backwards is nothing', () => {
  expect(workingMsBetween(vn('2026-01-05'), vn('2026-12-28'))).toBe(51 * 5 * DAY_MS);
  expect(workingMsBetween(vn('2026-11-30'), vn('2026-11-27'))).toBe(0);
});
