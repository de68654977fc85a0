/**
 * What follows an enquiry, in SQL: the buyer's tracking links, the messages of the conversation
 * (written durably by the writer thread), and the read and closed marks.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { MessageResult, NewMessage, StoredMessage } from '../../../lib/enquiries/conversation.ts';
import type { ConversationStore } from '../storage.ts';
import { durably } from './database.ts';
import type { EnquiryWriter } from './enquiry-writer.ts';
import { columns, type EnquiryRow, withLines } from './inbox.ts';
import { insertMailStatement, mailRow } from './outbox-rows.ts';

export const insertLinkStatement = (db: DatabaseSync): StatementSync =>
  db.prepare(
    'INSERT INTO tracking_links (token_hash, submission, created_at) VALUES (:tokenHash, :submission, :at)',
  );

export interface MessageStatements {
  enquiryStatus: StatementSync;
  earlier: StatementSync;
  insert: StatementSync;
  answer: StatementSync;
  reopen: StatementSync;
  insertMail: StatementSync;
  insertLink: StatementSync;
}

export function prepareMessageStatements(db: DatabaseSync): MessageStatements {
  return {
    enquiryStatus: db.prepare('SELECT status FROM enquiries WHERE id = ?'),
    earlier: db.prepare('SELECT 1 FROM enquiry_messages WHERE enquiry_id = ? AND idempotency_key = ?'),
    insert: db.prepare(`
      INSERT INTO enquiry_messages (enquiry_id, created_at, author, author_email, body, idempotency_key)
      VALUES (:enquiryId, :at, :author, :authorEmail, :body, :key)`),
    answer: db.prepare(`
      UPDATE enquiries SET status = 'answered', status_changed_at = :at, status_changed_by = :by,
        answered_at = coalesce(answered_at, :at)
      WHERE id = :id`),
    reopen: db.prepare(`
      UPDATE enquiries SET status = 'new', status_changed_at = :at, status_changed_by = 'buyer'
      WHERE id = :id AND status = 'answered'`),
    insertMail: insertMailStatement(db),
    insertLink: insertLinkStatement(db),
  };
}

/** Stores one reply with its mails and links (in the writer thread, inside its batch's transaction). */
export function storeMessage(sql: MessageStatements, m: NewMessage): MessageResult {
  const enquiry = sql.enquiryStatus.get(m.enquiryId) as { status: string } | undefined;
  if (!enquiry) return { status: 'missing' };
  if (sql.earlier.get(m.enquiryId, m.key)) return { status: 'replayed' };
  if (enquiry.status === 'closed') return { status: 'closed' };
  sql.insert.run({
    enquiryId: m.enquiryId,
    at: m.at,
    author: m.author,
    authorEmail: m.authorEmail ?? null,
    body: m.body,
    key: m.key,
  });
  if (m.author === 'buyer') sql.reopen.run({ id: m.enquiryId, at: m.at });
  else sql.answer.run({ id: m.enquiryId, at: m.at, by: m.authorEmail ?? m.author });
  for (const mail of m.mails) sql.insertMail.run(mailRow(mail, m.at));
  for (const link of m.links) sql.insertLink.run({ ...link, at: m.at });
  return { status: 'created' };
}

export function sqliteConversations(db: DatabaseSync, writer: EnquiryWriter): ConversationStore {
  const tracked = db.prepare(`
    SELECT ${columns} FROM enquiries
    WHERE submission = (SELECT submission FROM tracking_links WHERE token_hash = ?)
    ORDER BY id`);
  const messages = db.prepare(`
    SELECT id, enquiry_id AS enquiryId, created_at AS createdAt, author, author_email AS authorEmail, body
    FROM enquiry_messages WHERE enquiry_id IN (SELECT value FROM json_each(?))
    ORDER BY created_at, id`);
  const trackedOne = db.prepare(`
    SELECT ${columns} FROM enquiries
    WHERE id = ? AND submission = (SELECT submission FROM tracking_links WHERE token_hash = ?)`);
  // Messages are only ever added (or go with their enquiry): their count and last id stand for them.
  const version = db.prepare(`
    SELECT group_concat(
      id || ' ' || status || ' ' || coalesce(status_changed_at, '') || ' ' || coalesce(read_at, '') || ' ' ||
        coalesce(answered_at, '') || ' ' ||
        (SELECT count(*) || ' ' || coalesce(max(m.id), 0) FROM enquiry_messages m WHERE m.enquiry_id = enquiries.id),
      ',' ORDER BY id) AS version
    FROM enquiries
    WHERE submission = (SELECT submission FROM tracking_links WHERE token_hash = ?)`);
  const insertLink = insertLinkStatement(db);
  const markRead = db.prepare('UPDATE enquiries SET read_at = ? WHERE id = ? AND read_at IS NULL');
  const close = db.prepare(`
    UPDATE enquiries SET status = 'closed', status_changed_at = ?, status_changed_by = 'buyer'
    WHERE id = ? AND status <> 'closed'`);
  return {
    tracked: async (tokenHash) => withLines(db, tracked.all(tokenHash) as unknown as EnquiryRow[]),
    trackedEnquiry: async (tokenHash, enquiryId) =>
      withLines(db, trackedOne.all(enquiryId, tokenHash) as unknown as EnquiryRow[])[0],
    version: async (tokenHash) => (version.get(tokenHash) as { version: string | null }).version ?? undefined,
    messages: async (enquiryIds) =>
      enquiryIds.length === 0 ? [] : (messages.all(JSON.stringify(enquiryIds)) as unknown as StoredMessage[]),
    add: (message) => writer.addMessage(message),
    async addLink(link, at) {
      durably(db, () => insertLink.run({ ...link, at: at.toISOString() }));
    },
    async markRead(id, at) {
      markRead.run(at.toISOString(), id);
    },
    close: async (id, at) => durably(db, () => close.run(at.toISOString(), id).changes > 0),
  };
}
