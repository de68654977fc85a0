import type { DatabaseSync } from 'node:sqlite';

export interface NewLine {
  product: string;
  quantity?: number;
  unit?: string;
  sample: boolean;
  targetPrice?: number;
  deliveryFrom?: string;
  deliveryTo?: string;
}

/** One enquiry: what one producer receives. */
export interface NewEnquiry {
  id: string;
  producer: string;
  locale: 'vi' | 'en';
  name: string;
  organization?: string;
  email?: string;
  phone?: string;
  message?: string;
  quantity?: string;
  lines: NewLine[];
}

/** A notification to send after the commit (see outbox.server.ts). */
export interface NewMail {
  enquiryId: string;
  recipient: string;
  replyTo?: string;
  subject: string;
  body: string;
}

/** What the client is told, stored with the idempotency key so a retry is told the same. */
export interface Receipt {
  enquiries: { id: string; producer: string; products: string[] }[];
}

export const receiptOf = (enquiries: NewEnquiry[]): Receipt => ({
  enquiries: enquiries.map((e) => ({
    id: e.id,
    producer: e.producer,
    products: e.lines.map((l) => l.product),
  })),
});

/** Everything one request stores: one enquiry per producer, their mails, under one key. */
export interface Submission {
  key: string;
  /** A key the server derived (no key was sent): it only dedupes within autoKeyTtlMs. */
  derivedKey: boolean;
  fingerprint: string;
  submissionId: string;
  enquiries: NewEnquiry[];
  mails: NewMail[];
}

export type SubmissionResult =
  | { status: 'created' | 'replayed'; receipt: Receipt }
  /** The key was used before for different content. */
  | { status: 'conflict' };

export interface EnquiryWriter {
  submit(submission: Submission): Promise<SubmissionResult>;
  /** The earlier answer for this key, read without queueing (retries skip the rate limit). */
  replay(key: string, fingerprint: string, derivedKey: boolean): SubmissionResult | undefined;
}

interface Job {
  submission: Submission;
  resolve: (result: SubmissionResult) => void;
  reject: (error: unknown) => void;
}

interface WriterOptions {
  /** How long a server-derived key dedupes repeats (a double click without JavaScript). */
  derivedKeyTtlMs?: number;
  now?: () => Date;
  /** Called after each commit that stored something (wakes the mail outbox). */
  onStored?: () => void;
}

const MAX_BATCH = 256;

/**
 * Stores submissions with group commit: requests that arrive while the event loop is busy are
 * written in one transaction, so concurrent buyers share one fsync instead of queueing for one
 * each. Every promise settles only after COMMIT has returned, i.e. after the data is durable.
 */
export function createEnquiryWriter(db: DatabaseSync, options: WriterOptions = {}): EnquiryWriter {
  const derivedKeyTtlMs = options.derivedKeyTtlMs ?? 10 * 60_000;
  const now = options.now ?? (() => new Date());
  const findKey = db.prepare('SELECT fingerprint, response, created_at FROM idempotency_keys WHERE key = ?');
  const deleteKey = db.prepare('DELETE FROM idempotency_keys WHERE key = ?');
  const insertKey = db.prepare(
    'INSERT INTO idempotency_keys (key, fingerprint, response, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertEnquiry = db.prepare(`
    INSERT INTO enquiries (id, created_at, submission, producer, locale, name, organization, email, phone, message, quantity)
    VALUES (:id, :createdAt, :submission, :producer, :locale, :name, :organization, :email, :phone, :message, :quantity)`);
  const insertLine = db.prepare(`
    INSERT INTO enquiry_lines (enquiry_id, position, product, quantity, unit, sample, target_price, delivery_from, delivery_to)
    VALUES (:enquiryId, :position, :product, :quantity, :unit, :sample, :targetPrice, :deliveryFrom, :deliveryTo)`);
  const insertMail = db.prepare(`
    INSERT INTO outbox (enquiry_id, recipient, reply_to, subject, body, next_attempt_at)
    VALUES (:enquiryId, :recipient, :replyTo, :subject, :body, :nextAttemptAt)`);

  function previous(key: string, fingerprint: string, derivedKey: boolean): SubmissionResult | undefined {
    const row = findKey.get(key) as { fingerprint: string; response: string; created_at: string } | undefined;
    if (!row) return undefined;
    if (derivedKey && now().getTime() - Date.parse(row.created_at) > derivedKeyTtlMs) {
      deleteKey.run(key);
      return undefined;
    }
    if (row.fingerprint !== fingerprint) return { status: 'conflict' };
    return { status: 'replayed', receipt: JSON.parse(row.response) as Receipt };
  }

  function store(s: Submission): SubmissionResult {
    const earlier = previous(s.key, s.fingerprint, s.derivedKey);
    if (earlier) return earlier;
    const createdAt = now().toISOString();
    for (const e of s.enquiries) {
      insertEnquiry.run({
        id: e.id,
        createdAt,
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
        insertLine.run({
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
    for (const m of s.mails) {
      insertMail.run({ ...m, replyTo: m.replyTo ?? null, nextAttemptAt: createdAt });
    }
    const receipt = receiptOf(s.enquiries);
    insertKey.run(s.key, s.fingerprint, JSON.stringify(receipt), createdAt);
    return { status: 'created', receipt };
  }

  const queue: Job[] = [];
  let scheduled = false;

  function flush() {
    scheduled = false;
    const batch = queue.splice(0, MAX_BATCH);
    if (queue.length > 0) schedule();
    const results: (SubmissionResult | { error: unknown })[] = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const job of batch) {
        // A savepoint per submission: one that fails (e.g. a reference collision) leaves the others.
        db.exec('SAVEPOINT submission');
        try {
          results.push(store(job.submission));
          db.exec('RELEASE submission');
        } catch (error) {
          db.exec('ROLLBACK TO submission');
          db.exec('RELEASE submission');
          results.push({ error });
        }
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const result = results[i] as SubmissionResult | { error: unknown };
      if ('error' in result) job.reject(result.error);
      else job.resolve(result);
    });
    if (results.some((r) => 'status' in r && r.status === 'created')) options.onStored?.();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    submit(submission) {
      return new Promise((resolve, reject) => {
        queue.push({ submission, resolve, reject });
        schedule();
      });
    },
    replay: previous,
  };
}
