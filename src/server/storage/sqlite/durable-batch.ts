/**
 * What the writer thread commits: submissions and replies, a batch of them in one transaction so
 * that the batch shares one fsync, with a savepoint per write so that one failure (a reference
 * collision, say) does not take the others with it.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { MessageResult, NewMessage } from '../../../lib/enquiries/conversation.ts';
import type { Submission, SubmissionResult, SubmissionTime } from '../../../lib/enquiries/records.ts';
import { prepareMessageStatements, storeMessage } from './conversations.ts';
import { prepareSubmissionStatements, storeSubmission } from './submission-store.ts';

export type DurableWrite =
  | { kind: 'submission'; submission: Submission; time: SubmissionTime }
  | { kind: 'message'; message: NewMessage };

export type BatchOutcome = { result: SubmissionResult | MessageResult } | { error: string };

/**
 * Stores a batch in one transaction and returns once COMMIT has returned, i.e. once the data is
 * on disk. Throws if the transaction itself fails.
 */
export function createBatchStore(db: DatabaseSync) {
  const submissions = prepareSubmissionStatements(db);
  const messages = prepareMessageStatements(db);
  const store = (write: DurableWrite) =>
    write.kind === 'submission'
      ? storeSubmission(db, submissions, write.submission, write.time)
      : storeMessage(messages, write.message);
  return (batch: DurableWrite[]): BatchOutcome[] => {
    const outcomes: BatchOutcome[] = [];
    db.exec('BEGIN IMMEDIATE');
    try {
      for (const write of batch) {
        db.exec('SAVEPOINT write');
        try {
          outcomes.push({ result: store(write) });
          db.exec('RELEASE write');
        } catch (error) {
          db.exec('ROLLBACK TO write');
          db.exec('RELEASE write');
          outcomes.push({ error: error instanceof Error ? error.message : String(error) });
        }
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
    return outcomes;
  };
}
