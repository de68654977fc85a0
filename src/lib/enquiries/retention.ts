/** How long personal data is kept (the privacy page says so), whatever stores it. */

/** Enquiries, with their lines and mails: 24 months, then deleted. */
export const RETENTION_MONTHS = 24;
/** Idempotency keys: long enough for any retry, including the fair mode's offline queue. */
const KEY_DAYS = 30;
/** Rate-limit counters: a bucket untouched for a day is full again and says nothing. */
const COUNTER_DAYS = 1;
/** Records of finished job runs (follow-ups run every 10 minutes): kept a month, for the log's sake. */
const JOB_RUN_DAYS = 30;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** The instants before which each kind of record is deleted. */
export function retentionCutoffs(now: Date) {
  const enquiries = new Date(now);
  enquiries.setUTCMonth(enquiries.getUTCMonth() - RETENTION_MONTHS);
  return {
    enquiries,
    idempotencyKeys: daysBefore(now, KEY_DAYS),
    sessions: now,
    counters: daysBefore(now, COUNTER_DAYS),
    jobRuns: daysBefore(now, JOB_RUN_DAYS),
  };
}
