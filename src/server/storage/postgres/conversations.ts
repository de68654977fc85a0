/**
 * What follows an enquiry, in PostgreSQL: the buyer's tracking links, the messages of the
 * conversation (committed in groups, like submissions), and the read and closed marks.
 */
import type { MessageResult, NewMessage, StoredMessage } from '../../../lib/enquiries/conversation.ts';
import type { ConversationStore } from '../storage.ts';
import type { Sql } from './database.ts';
import { grouped } from './grouped.ts';
import { type EnquiryRow, enquiryColumns, linesOf, records, withLines } from './inbox.ts';

/**
 * Replies in the order of their enquiries, so that two instances storing replies to the same
 * enquiries at once lock them in the same order and never in a cycle.
 */
const byEnquiry = (waiting: readonly NewMessage[]) =>
  waiting
    .map((_, i) => i)
    .sort((a, b) => ((waiting[a]?.enquiryId ?? '') < (waiting[b]?.enquiryId ?? '') ? -1 : 1));

export function postgresConversations(sql: Sql): ConversationStore {
  // Replies that arrive while a group is being committed go together in the next: one
  // transaction and one WAL flush for the lot (store_messages, migrations.ts).
  const store = grouped<NewMessage, MessageResult>({
    pick: byEnquiry,
    run: async (batch) => {
      const [row] = await sql<
        { outcomes: MessageResult[] }[]
      >`SELECT store_messages(${sql.json(batch)}) AS outcomes`;
      return row?.outcomes ?? [];
    },
  });
  return {
    async tracked(tokenHash) {
      const rows = await sql<EnquiryRow[]>`
        SELECT ${enquiryColumns(sql)} FROM enquiries
        WHERE submission = (SELECT submission FROM tracking_links WHERE token_hash = ${tokenHash})
        ORDER BY id`;
      return withLines(sql, rows);
    },
    async trackedEnquiry(tokenHash, enquiryId) {
      // Its lines are read at the same time, by its id, and kept only if the link opens it: one round trip.
      const [rows, lines] = await Promise.all([
        sql<EnquiryRow[]>`
          SELECT ${enquiryColumns(sql)} FROM enquiries
          WHERE id = ${enquiryId}
            AND submission = (SELECT submission FROM tracking_links WHERE token_hash = ${tokenHash})`,
        linesOf(sql, [enquiryId]),
      ]);
      return records(rows, lines)[0];
    },
    async version(tokenHash) {
      // Messages are only ever added (or go with their enquiry): their count and last id stand for them.
      const [row] = await sql<{ version: string | null }[]>`
        SELECT string_agg(
          concat_ws(' ', id, status, coalesce(status_changed_at::text, ''), coalesce(read_at::text, ''),
            coalesce(answered_at::text, ''),
            (SELECT count(*) || ' ' || coalesce(max(m.id), 0) FROM enquiry_messages m WHERE m.enquiry_id = enquiries.id)),
          ',' ORDER BY id) AS version
        FROM enquiries
        WHERE submission = (SELECT submission FROM tracking_links WHERE token_hash = ${tokenHash})`;
      return row?.version ?? undefined;
    },
    async messages(enquiryIds) {
      if (enquiryIds.length === 0) return [];
      const rows = await sql<(Omit<StoredMessage, 'createdAt'> & { createdAt: Date })[]>`
        SELECT id, enquiry_id AS "enquiryId", created_at AS "createdAt", author, author_email AS "authorEmail", body
        FROM enquiry_messages WHERE enquiry_id IN ${sql(enquiryIds)}
        ORDER BY created_at, id`;
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },
    add: (message) => store(message),
    async addLink(link, at) {
      await sql`
        INSERT INTO tracking_links (token_hash, submission, created_at)
        VALUES (${link.tokenHash}, ${link.submission}, ${at})`;
    },
    async markRead(id, at) {
      await sql`UPDATE enquiries SET read_at = ${at} WHERE id = ${id} AND read_at IS NULL`;
    },
    async close(id, at) {
      const closed = await sql`
        UPDATE enquiries SET status = 'closed', status_changed_at = ${at}, status_changed_by = 'buyer'
        WHERE id = ${id} AND status <> 'closed'`;
      return closed.count > 0;
    },
  };
}
