/** Certificate reminders: one row per certificate and milestone, written with the mails it queues. */
import type { DatabaseSync } from 'node:sqlite';
import type { SentReminder } from '../../../lib/content/reminders.ts';
import type { ReminderStore } from '../storage.ts';
import { transaction } from './database.ts';

export function sqliteReminders(db: DatabaseSync): ReminderStore {
  const insert = db.prepare(`
    INSERT INTO certificate_reminders (product, expires_on, milestone, sent_at) VALUES (?, ?, ?, ?)
    ON CONFLICT DO NOTHING`);
  const queue = db.prepare(
    'INSERT INTO outbox (recipient, subject, body, next_attempt_at) VALUES (?, ?, ?, ?)',
  );
  const list = db.prepare(`
    SELECT product, expires_on AS expiresOn, milestone, sent_at AS sentAt
    FROM certificate_reminders ORDER BY sent_at, product, expires_on, milestone`);
  return {
    // The row's key decides: a second process (or a second run) inserts nothing and queues nothing.
    async record(reminder, mails, at) {
      const sentAt = at.toISOString();
      return transaction(db, () => {
        if (insert.run(reminder.product, reminder.expiresOn, reminder.milestone, sentAt).changes === 0) {
          return false;
        }
        for (const mail of mails) queue.run(mail.recipient, mail.subject, mail.body, sentAt);
        return true;
      });
    },
    async list() {
      return list.all() as unknown as SentReminder[];
    },
  };
}
