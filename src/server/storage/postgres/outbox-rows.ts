/**
 * The mail outbox's rows: mails are written in the transaction of what they tell (an enquiry, a
 * reply, a follow-up) and sent from here.
 */
import type { OutboxMail, OutboxStore } from '../storage.ts';
import type { Sql } from './database.ts';

export function postgresOutbox(sql: Sql): OutboxStore {
  return {
    // SKIP LOCKED: two senders claiming at once each take other mails instead of waiting.
    async claimDue(now, maxAttempts, limit, leaseMs) {
      const until = new Date(now.getTime() + leaseMs);
      return [
        ...(await sql<OutboxMail[]>`
          UPDATE outbox SET claimed_until = ${until}
          WHERE id IN (
            SELECT id FROM outbox
            WHERE sent_at IS NULL AND attempts < ${maxAttempts} AND next_attempt_at <= ${now}
              AND (claimed_until IS NULL OR claimed_until <= ${now})
            ORDER BY id LIMIT ${limit}
            FOR UPDATE SKIP LOCKED)
          RETURNING id, recipient, reply_to AS "replyTo", subject, body, attempts`),
      ].sort((a, b) => a.id - b.id);
    },
    async markSent(id, at) {
      await sql`
        UPDATE outbox SET sent_at = ${at}, body = '', attempts = attempts + 1, last_error = NULL, claimed_until = NULL
        WHERE id = ${id}`;
    },
    async markFailed(id, retryAt, error) {
      await sql`
        UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ${retryAt}, last_error = ${error}, claimed_until = NULL
        WHERE id = ${id}`;
    },
  };
}
