import { retentionCutoffs } from '../../../lib/enquiries/retention.ts';
import type { Sql } from './database.ts';

/**
 * Deletes what retention says is over: old enquiries (their lines, messages, follow-ups and mails
 * go with them), mails of their own (certificate reminders) as old, tracking links whose
 * enquiries are all gone, fairs' leads as old as those enquiries, keys, sessions, counters,
 * finished job runs.
 */
export async function purgeExpired(sql: Sql, now: Date): Promise<{ enquiries: number }> {
  const cutoff = retentionCutoffs(now);
  const [enquiries] = await sql.begin((tx) => [
    tx`DELETE FROM enquiries WHERE created_at < ${cutoff.enquiries}`,
    tx`DELETE FROM outbox WHERE enquiry_id IS NULL AND next_attempt_at < ${cutoff.enquiries}`,
    tx`DELETE FROM tracking_links WHERE NOT EXISTS (SELECT 1 FROM enquiries WHERE enquiries.submission = tracking_links.submission)`,
    tx`DELETE FROM fair_leads WHERE created_at < ${cutoff.enquiries}`,
    tx`DELETE FROM idempotency_keys WHERE created_at < ${cutoff.idempotencyKeys}`,
    tx`DELETE FROM sessions WHERE expires_at < ${cutoff.sessions}`,
    tx`DELETE FROM counters WHERE updated_at < ${cutoff.counters.getTime()}`,
    tx`DELETE FROM job_runs WHERE finished_at < ${cutoff.jobRuns}`,
  ]);
  return { enquiries: enquiries?.count ?? 0 };
}
