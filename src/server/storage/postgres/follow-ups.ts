/** Reminders and escalations of unanswered enquiries, in PostgreSQL: each recorded once, with its mails. */
import type { FollowUpStore } from '../storage.ts';
import type { Sql } from './database.ts';
import { type EnquiryRow, enquiryColumns, withLines } from './inbox.ts';

export function postgresFollowUps(sql: Sql): FollowUpStore {
  const open = () => sql`answered_at IS NULL AND status <> 'closed'`;
  return {
    async pending(kind, from, before, limit) {
      const rows = await sql<EnquiryRow[]>`
        SELECT ${enquiryColumns(sql)} FROM enquiries
        WHERE ${open()} AND created_at >= ${from} AND created_at < ${before}
          AND NOT EXISTS (SELECT 1 FROM follow_ups WHERE enquiry_id = enquiries.id AND kind = ${kind})
        ORDER BY created_at, id LIMIT ${limit}`;
      return withLines(sql, rows);
    },
    // One statement: recorded only while the enquiry still waits, and only where no follow-up of
    // this kind exists (another instance recording the same at once waits on the key, then
    // records nothing); the mails of exactly those recorded go with them.
    async record(kind, items, at) {
      if (items.length === 0) return [];
      const rows = await sql<{ enquiryId: string }[]>`
        WITH items AS (
          SELECT item->>'enquiryId' AS enquiry_id, item->'mails' AS mails, position
          FROM jsonb_array_elements(${sql.json(items)}) WITH ORDINALITY AS i(item, position)),
        recorded AS (
          INSERT INTO follow_ups (enquiry_id, kind, at)
          SELECT id, ${kind}, ${at} FROM enquiries
          WHERE id IN (SELECT enquiry_id FROM items) AND ${open()}
          ON CONFLICT (enquiry_id, kind) DO NOTHING
          RETURNING enquiry_id),
        mailed AS (
          INSERT INTO outbox (enquiry_id, recipient, reply_to, subject, body, next_attempt_at)
          SELECT mail."enquiryId", mail.recipient, mail."replyTo", mail.subject, mail.body, ${at}
          FROM items JOIN recorded USING (enquiry_id),
            jsonb_to_recordset(items.mails) AS mail("enquiryId" text, recipient text, "replyTo" text, subject text, body text))
        SELECT enquiry_id AS "enquiryId" FROM items JOIN recorded USING (enquiry_id) ORDER BY position`;
      return rows.map((r) => r.enquiryId);
    },
    async escalated() {
      const rows = await sql<EnquiryRow[]>`
        SELECT ${enquiryColumns(sql)} FROM enquiries
        WHERE ${open()} AND id IN (SELECT enquiry_id FROM follow_ups WHERE kind = 'escalation')
        ORDER BY created_at, id`;
      return withLines(sql, rows);
    },
  };
}
