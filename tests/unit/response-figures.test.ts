/** Response figures against values computed by hand (working days: Monday–Friday, Vietnam's clock). */
import { expect, test } from 'vitest';
import {
  type ResponseRecord,
  responseFigures,
  responseFiguresByProducer,
} from '../../src/lib/enquiries/response-figures.ts';
import { describeResponseFigures, formatDuration } from '../../src/lib/format/response-figures.ts';

const vn = (day: string, time = '10:00') => new Date(`${day}T${time}:00+07:00`).toISOString();
const record = (createdAt: string, answeredAt: string | null, producer = 'htx-a'): ResponseRecord => ({
  producer,
  createdAt,
  answeredAt,
});
// Thursday 10 December 2026, 10:00 in Vietnam.
const now = new Date(vn('2026-12-10'));
const HOUR = 3_600_000;

const records = [
  record(vn('2026-11-02'), vn('2026-11-02', '14:00')), // Monday, 4 h: in time
  record(vn('2026-11-06'), vn('2026-11-09')), // Friday → Monday, 72 h, 1 working day: in time
  record(vn('2026-11-11'), vn('2026-11-16')), // Wednesday → Monday, 120 h, 3 working days: late
  record(vn('2026-11-12'), null), // never answered: late
  record(vn('2026-11-17'), vn('2026-11-17', '11:00')), // 1 h: in time
  record(vn('2026-12-09'), null), // 1 working day old: not judged yet
  record(vn('2026-05-01'), vn('2026-05-01', '11:00')), // older than 180 days
  record(vn('2026-11-03'), null, 'htx-b'), // another producer's
];

test('share in time and median to the first answer, over the enquiries old enough to judge', () => {
  expect(responseFigures('htx-a', records, now)).toEqual({
    producer: 'htx-a',
    enough: true,
    enquiries: 5,
    answeredInTime: 3 / 5,
    // Answered in 1, 4, 72 and 120 hours: the median is (4 + 72) / 2.
    medianMs: 38 * HOUR,
  });
});

test('fewer than 5 enquiries to judge: no figure, only the count', () => {
  expect(responseFigures('htx-a', records.slice(1), now)).toEqual({
    producer: 'htx-a',
    enough: false,
    enquiries: 4,
  });
  expect(responseFigures('htx-c', records, now)).toEqual({ producer: 'htx-c', enough: false, enquiries: 0 });
});

test('none answered: 0% in time and no median', () => {
  const unanswered = records.slice(0, 5).map((r) => ({ ...r, answeredAt: null }));
  expect(responseFigures('htx-a', unanswered, now)).toMatchObject({ answeredInTime: 0, medianMs: null });
});

test('every producer with records gets its own figures', () => {
  expect(responseFiguresByProducer(records, now).map((f) => [f.producer, f.enough])).toEqual([
    ['htx-a', true],
    ['htx-b', false],
  ]);
});

test('in words, in both languages', () => {
  const figures = responseFigures('htx-a', records, now);
  expect(describeResponseFigures(figures, 'en')).toEqual([
    'Answers 60% of enquiries within 2 working days.',
    'Median time to answer: 38 hours.',
    'From 5 enquiries through this site in the last 180 days.',
  ]);
  expect(describeResponseFigures(figures, 'vi')[0]).toBe('Trả lời 60% yêu cầu trong vòng 2 ngày làm việc.');
  expect(describeResponseFigures({ producer: 'x', enough: false, enquiries: 3 }, 'en')).toEqual([
    'Not enough enquiries to show response times: 3 in the last 180 days, at least 5 are needed.',
  ]);
  expect(formatDuration(20 * 60_000, 'en')).toBe('20 minutes');
  expect(formatDuration(HOUR, 'en')).toBe('1 hour');
  expect(formatDuration(60 * HOUR, 'vi')).toBe('2,5 ngày');
});
