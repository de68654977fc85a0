/**
 * Enquiry submissions in PostgreSQL, with group commit: submissions that arrive while a batch is
 * being committed wait and go together in the next one, a single call of store_submissions (see
 * migrations.ts) in one transaction, one round trip and one WAL flush for the lot, stored with
 * set-based statements (a savepoint per submission only when one of them fails). Each promise
 * settles once COMMIT has returned: with synchronous_commit on, once the data is on disk.
 */
import {
  type Receipt,
  receiptOf,
  type Submission,
  type SubmissionResult,
  type SubmissionTime,
} from '../../../lib/enquiries/records.ts';
import { earlierAnswer } from '../replay.ts';
import type { EnquiryStore } from '../storage.ts';
import type { Sql } from './database.ts';
import { grouped, type ItemFailure } from './grouped.ts';

const MAX_BATCH = 256;

type Pending = { submission: Submission; time: SubmissionTime };

/** One submission as store_submissions reads it. */
const payload = ({ submission: s, time }: Pending) => ({
  key: s.key,
  fingerprint: s.fingerprint,
  derivedKey: s.derivedKey,
  derivedSince: time.derivedSince,
  at: time.at,
  submissionId: s.submissionId,
  trackingHash: s.trackingHash,
  receipt: receiptOf(s.submissionId, s.enquiries),
  enquiries: s.enquiries,
  mails: s.mails,
});

/**
 * The next batch: up to MAX_BATCH submissions with distinct keys (a repeated key waits for the
 * next batch, where it finds the first one stored), in key order, so that two instances storing
 * the same keys at once lock them in the same order and never in a cycle.
 */
function nextBatch(waiting: readonly Pending[]): number[] {
  const keys = new Set<string>();
  const picked: number[] = [];
  for (const [i, { submission }] of waiting.entries()) {
    if (picked.length === MAX_BATCH) break;
    if (keys.has(submission.key)) continue;
    keys.add(submission.key);
    picked.push(i);
  }
  const key = (i: number) => (waiting[i] as Pending).submission.key;
  return picked.sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

type KeyRow = { key: string; fingerprint: string; receipt: Receipt; createdAt: Date };

export function postgresSubmissions(sql: Sql): Pick<EnquiryStore, 'submit' | 'replay'> {
  const store = grouped<Pending, SubmissionResult>({
    pick: nextBatch,
    run: async (batch) => {
      const [row] = await sql<{ outcomes: (SubmissionResult | ItemFailure)[] }[]>`
        SELECT store_submissions(${sql.json(batch.map(payload))}) AS outcomes`;
      return row?.outcomes ?? [];
    },
  });
  // Every request looks its key up first (a retry skips the rate limit): those go together too.
  const lookUp = grouped<string, KeyRow | undefined>({
    run: async (keys) => {
      const rows = await sql<KeyRow[]>`
        SELECT key, fingerprint, response AS receipt, created_at AS "createdAt"
        FROM idempotency_keys WHERE key = ANY (${keys})`;
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return keys.map((k) => byKey.get(k));
    },
  });
  return {
    submit: (submission, time) => store({ submission, time }),
    async replay(submission, derivedSince) {
      const row = await lookUp(submission.key);
      return earlierAnswer(
        row && { ...row, createdAt: row.createdAt.toISOString() },
        submission,
        derivedSince,
      );
    },
  };
}
