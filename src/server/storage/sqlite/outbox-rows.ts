/**
 * The mail outbox's rows: mails are written in the transaction of what they tell (an enquiry, a
 * reply, a follow-up) and sent from here.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { NewMail } from '../../../lib/enquiries/records.ts';
import type { OutboxMail, OutboxStore } from '../storage.ts';
import { transaction } from './database.ts';

export const insertMailStatement = (db: DatabaseSync): StatementSync =>
  db.prepare(`
    INSERT INTO outbox (enquiry_id, recipient, reply_to, subject, body, next_attempt_at)
    VALUES (:enquiryId, :recipient, :replyTo, :subject, :body, :nextAttemptAt)`);

/** A mail's parameters for insertMailStatement, due at `at`. */
export const mailRow = (mail: NewMail, at: string) => ({
  enquiryId: mail.enquiryId,
  recipient: mail.recipient,
  replyTo: mail.replyTo ?? null,
  subject: mail.subject,
  body: mail.body,
  nextAttemptAt: at,
});

export function sqliteOutbox(db: DatabaseSync): OutboxStore {
  const due = db.prepare(`
    SELECT id, recipient, reply_to AS replyTo, subject, body, attempts FROM outbox
    WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ?
      AND (claimed_until IS NULL OR claimed_until <= ?)
    ORDER BY id LIMIT ?`);
  const claim = db.prepare('UPDATE outbox SET claimed_until = ? WHERE id = ?');
  return {
    async claimDue(now, maxAttempts, limit, leaseMs) {
      const at = now.toISOString();
      return transaction(db, () => {
        const rows = due.all(maxAttempts, at, at, limit) as unknown as OutboxMail[];
        const until = new Date(now.getTime() + leaseMs).toISOString();
        for (const row of rows) claim.run(until, row.id);
        return rows;
      });
    },
    async markSent(id, at) {
      db.prepare(
        "UPDATE outbox SET sent_at = ?, body = '', attempts = attempts + 1, last_error = NULL, claimed_until = NULL WHERE id = ?",
      ).run(at.toISOString(), id);
    },
    async markFailed(id, retryAt, error) {
      db.prepare(
        'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, claimed_until = NULL WHERE id = ?',
      ).run(retryAt.toISOString(), error, id);
    },
  };
}
