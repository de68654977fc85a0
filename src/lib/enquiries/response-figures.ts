/**
 * How fast a producer answers, computed from the enquiries, never typed: over the enquiries
 * received in the last 180 days that are at least 2 working days old (so each one's outcome is
 * known), the share answered within 2 working days and the median time to the first answer.
 * Below 5 such enquiries there is no figure, only the count. The browser loads this module (the
 * types), the server computes.
 */
import { DAY_MS, workingMsBetween } from './working-days.ts';

export const RESPONSE_WINDOW_DAYS = 180;
export const MIN_ENQUIRIES = 5;
export const ANSWER_WITHIN_WORKING_DAYS = 2;

export interface ResponseRecord {
  producer: string;
  createdAt: string;
  /** The first answer, if any. */
  answeredAt: string | null;
}

/** What the producer's pages and the admin show; also the JSON of the figures endpoint. */
export type ResponseFigures =
  | { producer: string; enough: false; enquiries: number }
  | {
      producer: string;
      enough: true;
      enquiries: number;
      /** Share (0 to 1) answered within ANSWER_WITHIN_WORKING_DAYS working days. */
      answeredInTime: number;
      /** Median real time to the first answer, over those answered; null when none is. */
      medianMs: number | null;
    };

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The figures of one producer from its records (others' are ignored). */
export function responseFigures(
  producer: string,
  records: readonly ResponseRecord[],
  now: Date,
): ResponseFigures {
  const since = now.getTime() - RESPONSE_WINDOW_DAYS * DAY_MS;
  const limit = ANSWER_WITHIN_WORKING_DAYS * DAY_MS;
  const judged = records.filter((r) => {
    const received = new Date(r.createdAt);
    return r.producer === producer && received.getTime() >= since && workingMsBetween(received, now) >= limit;
  });
  if (judged.length < MIN_ENQUIRIES) return { producer, enough: false, enquiries: judged.length };
  const answered = judged.flatMap((r) =>
    r.answeredAt ? [{ received: new Date(r.createdAt), answered: new Date(r.answeredAt) }] : [],
  );
  const inTime = answered.filter((a) => workingMsBetween(a.received, a.answered) <= limit).length;
  return {
    producer,
    enough: true,
    enquiries: judged.length,
    answeredInTime: inTime / judged.length,
    medianMs: median(answered.map((a) => a.answered.getTime() - a.received.getTime())),
  };
}

/** Figures for every producer that has records, by producer slug. */
export function responseFiguresByProducer(records: readonly ResponseRecord[], now: Date): ResponseFigures[] {
  return [...Map.groupBy(records, (r) => r.producer)].map(([producer, own]) =>
    responseFigures(producer, own, now),
  );
}
