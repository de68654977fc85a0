/** Reminders and escalations of unanswered enquiries, in SQL: each recorded once, with its mails. */
import type { DatabaseSync } from 'node:sqlite';
import type { FollowUpStore } from '../storage.ts';
import { durably } from './database.ts';
import { columns, type EnquiryRow, withLines } from './inbox.ts';
import { insertMailStatement, mailRow } from './outbox-rows.ts';

const open = "answered_at IS NULL AND status <> 'closed'";

export function sqliteFollowUps(db: DatabaseSync): FollowUpStore {
  const pending = db.prepare(`
    SELECT ${columns} FROM enquiries
    WHERE ${open} AND created_at >= :from AND created_at < :before
      AND NOT EXISTS (SELECT 1 FROM follow_ups WHERE enquiry_id = enquiries.id AND kind = :kind)
    ORDER BY created_at, id LIMIT :limit`);
  // Recorded only while the enquiry is still waiting: one answered meanwhile gets no reminder.
  const record = db.prepare(`
    INSERT INTO follow_ups (enquiry_id, kind, at)
    SELECT id, :kind, :at FROM enquiries WHERE id = :id AND ${open}
    ON CONFLICT (enquiry_id, kind) DO NOTHING`);
  const insertMail = insertMailStatement(db);
  const escalated = db.prepare(`
    SELECT ${columns} FROM enquiries
    WHERE ${open} AND id IN (SELECT enquiry_id FROM follow_ups WHERE kind = 'escalation')
    ORDER BY created_at, id`);
  return {
    pending: async (kind, from, before, limit) =>
      withLines(
        db,
        pending.all({
          kind,
          from: from.toISOString(),
          before: before.toISOString(),
          limit,
        }) as unknown as EnquiryRow[],
      ),
    async record(kind, items, at) {
      const time = at.toISOString();
      return durably(db, () =>
        items.flatMap(({ enquiryId, mails }) => {
          if (record.run({ kind, at: time, id: enquiryId }).changes === 0) return [];
          for (const mail of mails) insertMail.run(mailRow(mail, time));
          return [enquiryId];
        }),
      );
    },
    escalated: async () => withLines(db, escalated.all() as unknown as EnquiryRow[]),
  };
}
