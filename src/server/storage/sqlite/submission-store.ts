/**
 * The SQL that stores submissions and answers idempotent retries. Runs in the writer thread
 * (writer-thread.ts, durable-batch.ts) for writes and in the server's thread for the replay look-up.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
  type Receipt,
  receiptOf,
  type Submission,
  type SubmissionResult,
  type SubmissionTime,
} from '../../../lib/enquiries/records.ts';
import { earlierAnswer } from '../replay.ts';
import { insertLinkStatement } from './conversations.ts';
import { insertMailStatement, mailRow } from './outbox-rows.ts';

type KeyRow = { fingerprint: string; response: string; created_at: string };

// Prepared once per connection: this look-up runs for every request.
const keyLookups = new WeakMap<DatabaseSync, StatementSync>();

export function previousResult(
  db: DatabaseSync,
  submission: Pick<Submission, 'key' | 'fingerprint' | 'derivedKey'>,
  derivedSince: string,
): SubmissionResult | undefined {
  let lookup = keyLookups.get(db);
  if (!lookup) {
    lookup = db.prepare('SELECT fingerprint, response, created_at FROM idempotency_keys WHERE key = ?');
    keyLookups.set(db, lookup);
  }
  const row = lookup.get(submission.key) as KeyRow | undefined;
  const stored = row && {
    fingerprint: row.fingerprint,
    receipt: JSON.parse(row.response) as Receipt,
    createdAt: row.created_at,
  };
  return earlierAnswer(stored, submission, derivedSince);
}

export interface SubmissionStatements {
  deleteKey: StatementSync;
  insertKey: StatementSync;
  insertEnquiry: StatementSync;
  insertLine: StatementSync;
  insertMail: StatementSync;
  insertLink: StatementSync;
}

export function prepareSubmissionStatements(db: DatabaseSync): SubmissionStatements {
  return {
    deleteKey: db.prepare('DELETE FROM idempotency_keys WHERE key = ?'),
    insertKey: db.prepare(
      'INSERT INTO idempotency_keys (key, fingerprint, response, created_at) VALUES (?, ?, ?, ?)',
    ),
    insertEnquiry: db.prepare(`
      INSERT INTO enquiries (id, created_at, submission, producer, locale, name, organization, email, phone, message, quantity)
      VALUES (:id, :createdAt, :submission, :producer, :locale, :name, :organization, :email, :phone, :message, :quantity)`),
    insertLine: db.prepare(`
      INSERT INTO enquiry_lines (enquiry_id, position, product, quantity, unit, sample, target_price, delivery_from, delivery_to)
      VALUES (:enquiryId, :position, :product, :quantity, :unit, :sample, :targetPrice, :deliveryFrom, :deliveryTo)`),
    insertMail: insertMailStatement(db),
    insertLink: insertLinkStatement(db),
  };
}

/** Stores one submission, or answers a retry as before. Runs inside the caller's transaction. */
export function storeSubmission(
  db: DatabaseSync,
  sql: SubmissionStatements,
  s: Submission,
  time: SubmissionTime,
): SubmissionResult {
  const earlier = previousResult(db, s, time.derivedSince);
  if (earlier) return earlier;
  // A derived key past its time is replaced: the same content later is a new enquiry.
  if (s.derivedKey) sql.deleteKey.run(s.key);
  for (const e of s.enquiries) {
    sql.insertEnquiry.run({
      id: e.id,
      createdAt: time.at,
      submission: s.submissionId,
      producer: e.producer,
      locale: e.locale,
      name: e.name,
      organization: e.organization ?? null,
      email: e.email ?? null,
      phone: e.phone ?? null,
      message: e.message ?? null,
      quantity: e.quantity ?? null,
    });
    for (const [position, l] of e.lines.entries()) {
      sql.insertLine.run({
        enquiryId: e.id,
        position,
        product: l.product,
        quantity: l.quantity ?? null,
        unit: l.unit ?? null,
        sample: l.sample ? 1 : 0,
        targetPrice: l.targetPrice ?? null,
        deliveryFrom: l.deliveryFrom ?? null,
        deliveryTo: l.deliveryTo ?? null,
      });
    }
  }
  for (const m of s.mails) sql.insertMail.run(mailRow(m, time.at));
  sql.insertLink.run({ tokenHash: s.trackingHash, submission: s.submissionId, at: time.at });
  const receipt = receiptOf(s.submissionId, s.enquiries);
  sql.insertKey.run(s.key, s.fingerprint, JSON.stringify(receipt), time.at);
  return { status: 'created', receipt };
}
