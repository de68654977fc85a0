import type { DatabaseSync } from 'node:sqlite';
import { retentionCutoffs } from '../../../lib/enquiries/retention.ts';

/**
 * Deletes what retention says is over: old enquiries (their lines, messages, follow-ups and mails
 * go with them), mails of their own (certificate reminders) as old, tracking links whose
 * enquiries are all gone, fairs' leads as old as those enquiries, keys, sessions, counters,
 * finished job runs.
 */
export function purgeExpired(db: DatabaseSync, now: Date): { enquiries: number } {
  const cutoff = retentionCutoffs(now);
  const enquiries = db
    .prepare('DELETE FROM enquiries WHERE created_at < ?')
    .run(cutoff.enquiries.toISOString()).changes;
  db.prepare('DELETE FROM outbox WHERE enquiry_id IS NULL AND next_attempt_at < ?').run(
    cutoff.enquiries.toISOString(),
  );
  db.prepare(
    'DELETE FROM tracking_links WHERE NOT EXISTS (SELECT 1 FROM enquiries WHERE enquiries.submission = tracking_links.submission)',
  ).run();
  db.prepare('DELETE FROM fair_leads WHERE created_at < ?').run(cutoff.enquiries.toISOString());
  db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(cutoff.idempotencyKeys.toISOString());
  db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(cutoff.sessions.toISOString());
  db.prepare('DELETE FROM counters WHERE updated_at < ?').run(cutoff.counters.getTime());
  db.prepare('DELETE FROM job_runs WHERE finished_at < ?').run(cutoff.jobRuns.toISOString());
  return { enquiries: Number(enquiries) };
}
