import type { Receipt, Submission, SubmissionResult } from '../../lib/enquiries/records.ts';

/** An idempotency key as the storages keep it: the content it was used for and what was answered. */
export interface StoredKey {
  fingerprint: string;
  receipt: Receipt;
  /** ISO time the key was stored. */
  createdAt: string;
}

/**
 * The earlier answer a submission gets under a key already stored: the same receipt, or a conflict
 * when the key was used for other content. None when there is no key, or when it is a key the
 * server derived that is older than `derivedSince` (the same content later is a new enquiry).
 */
export function earlierAnswer(
  stored: StoredKey | undefined,
  submission: Pick<Submission, 'fingerprint' | 'derivedKey'>,
  derivedSince: string,
): SubmissionResult | undefined {
  if (!stored || (submission.derivedKey && stored.createdAt < derivedSince)) return undefined;
  if (stored.fingerprint !== submission.fingerprint) return { status: 'conflict' };
  return { status: 'replayed', receipt: stored.receipt };
}
