/** Certificate reminders: one row per certificate and milestone, written with the mails it queues. */
import type { SentReminder } from '../../../lib/content/reminders.ts';
import type { ReminderStore } from '../storage.ts';
import type { Sql } from './database.ts';

export function postgresReminders(sql: Sql): ReminderStore {
  return {
    // The row's key decides: another instance (or a second run) inserts nothing and queues nothing.
    async record(reminder, mails, at) {
      return sql.begin(async (tx) => {
        const inserted = await tx`
          INSERT INTO certificate_reminders (product, expires_on, milestone, sent_at)
          VALUES (${reminder.product}, ${reminder.expiresOn}, ${reminder.milestone}, ${at})
          ON CONFLICT DO NOTHING`;
        if (inserted.count === 0) return false;
        if (mails.length > 0) {
          const rows = mails.map((m) => ({ ...m, next_attempt_at: at }));
          await tx`INSERT INTO outbox ${tx(rows, 'recipient', 'subject', 'body', 'next_attempt_at')}`;
        }
        return true;
      });
    },
    async list() {
      const rows = await sql<(Omit<SentReminder, 'sentAt'> & { sentAt: Date })[]>`
        SELECT product, expires_on::text AS "expiresOn", milestone, sent_at AS "sentAt"
        FROM certificate_reminders ORDER BY sent_at, product, expires_on, milestone`;
      return rows.map((row) => ({ ...row, sentAt: row.sentAt.toISOString() }));
    },
  };
}
