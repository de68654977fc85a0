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

const MAX_BATCH = 256;

interface Waiting {
  submission: Submission;
  time: SubmissionTime;
  resolve: (result: SubmissionResult) => void;
  reject: (error: Error) => void;
}

type Outcome = SubmissionResult | { error: string };

/** One submission as store_submissions reads it. */
const payload = ({ submission: s, time }: Waiting) => ({
  key: s.key,
  fingerprint: s.fingerprint,
  derivedKey: s.derivedKey,
  derivedSince: time.derivedSince,
  at: time.at,
  submissionId: s.submissionId,
  receipt: receiptOf(s.enquiries),
  enquiries: s.enquiries,
  mails: s.mails,
});

/**
 * Takes the next batch off the queue: up to MAX_BATCH submissions with distinct keys (a repeated
 * key waits for the next batch, where it finds the first one stored), in key order, so that two
 * instances storing the same keys at once lock them in the same order and never in a cycle.
 */
function nextBatch(queue: Waiting[]): Waiting[] {
  const keys = new Set<string>();
  const batch: Waiting[] = [];
  const rest: Waiting[] = [];
  for (const waiting of queue) {
    if (batch.length < MAX_BATCH && !keys.has(waiting.submission.key)) {
      keys.add(waiting.submission.key);
      batch.push(waiting);
    } else rest.push(waiting);
  }
  queue.splice(0, queue.length, ...rest);
  return batch.sort((a, b) => (a.submission.key < b.submission.key ? -1 : 1));
}

export function postgresSubmissions(sql: Sql): Pick<EnquiryStore, 'submit' | 'replay'> {
  const queue: Waiting[] = [];
  let writing = false;

  async function write() {
    writing = true;
    while (queue.length > 0) {
      const batch = nextBatch(queue);
      try {
        const [row] = await sql<{ outcomes: Outcome[] }[]>`
          SELECT store_submissions(${sql.json(batch.map(payload))}) AS outcomes`;
        for (const [i, waiting] of batch.entries()) {
          const outcome = row?.outcomes[i] ?? { error: 'no outcome for the submission' };
          if ('error' in outcome) waiting.reject(new Error(outcome.error));
          else waiting.resolve(outcome);
        }
      } catch (error) {
        for (const waiting of batch) waiting.reject(error as Error);
      }
    }
    writing = false;
  }

  return {
    submit(submission, time) {
      return new Promise((resolve, reject) => {
        queue.push({ submission, time, resolve, reject });
        if (!writing) void write();
      });
    },
    async replay(submission, derivedSince) {
      const [row] = await sql<{ fingerprint: string; receipt: Receipt; createdAt: Date }[]>`
        SELECT fingerprint, response AS receipt, created_at AS "createdAt"
        FROM idempotency_keys WHERE key = ${submission.key}`;
      return earlierAnswer(
        row && { ...row, createdAt: row.createdAt.toISOString() },
        submission,
        derivedSince,
      );
    },
  };
}
