/** The mail outbox's rows: mails are written with their enquiry (submission-store.ts) and sent from here. */
import type { DatabaseSync } from 'node:sqlite';
import type { OutboxMail, OutboxStore } from '../storage.ts';
import { transaction } from './database.ts';

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
        'UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL, claimed_until = NULL WHERE id = ?',
      ).run(at.toISOString(), id);
    },
    async markFailed(id, retryAt, error) {
      db.prepare(
        'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, claimed_until = NULL WHERE id = ?',
      ).run(retryAt.toISOString(), error, id);
    },
  };
}
