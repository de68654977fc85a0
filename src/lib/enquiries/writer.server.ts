import { existsSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { previousResult, type Submission, type SubmissionResult } from './submission-store.server.ts';
import type { BatchFailure, WriteReply, WriteRequest } from './writer-thread.server.ts';

export interface EnquiryWriter {
  /** Settles once the submission is committed (on disk), or with the answer to a retry. */
  submit(submission: Submission): Promise<SubmissionResult>;
  /** The earlier answer for this key, read here without queueing (retries skip the rate limit). */
  replay(submission: Pick<Submission, 'key' | 'fingerprint' | 'derivedKey'>): SubmissionResult | undefined;
  close(): Promise<void>;
}

export interface WriterOptions {
  /** How long a server-derived key dedupes repeats (a double click without JavaScript). */
  derivedKeyTtlMs?: number;
  now?: () => Date;
  /** Called after each commit that stored something (wakes the mail outbox). */
  onStored?: () => void;
}

/**
 * The writer thread's source file: beside this module when it runs from src/ (tests, dev), or
 * in the project's src/ when it runs from the bundle in dist/server/ (the thread is not bundled).
 */
function threadFile(): URL {
  let dir = new URL('./', import.meta.url);
  for (let up = 0; up < 6; up++, dir = new URL('../', dir)) {
    for (const path of ['writer-thread.server.ts', 'src/lib/enquiries/writer-thread.server.ts']) {
      const candidate = new URL(path, dir);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error('writer-thread.server.ts not found: the server needs the project’s src/ folder');
}

/**
 * Stores enquiries through the writer thread; `db` (the server's own connection to the same
 * file, already migrated) answers replays. Every promise settles after the commit returned.
 */
export function createEnquiryWriter(
  db: DatabaseSync,
  file: string,
  options: WriterOptions = {},
): EnquiryWriter {
  const ttl = options.derivedKeyTtlMs ?? 10 * 60_000;
  const now = options.now ?? (() => new Date());
  const pending = new Map<number, { resolve: (r: SubmissionResult) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let worker: Worker | undefined;

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  // The thread keeps the process alive only while it holds submissions to answer.
  const settled = (id: number) => {
    pending.delete(id);
    if (pending.size === 0) worker?.unref();
  };

  // Started on first use and again after a crash of the thread, which fails what it held.
  const thread = (): Worker => {
    if (worker) return worker;
    const started = new Worker(threadFile(), { workerData: { file } });
    started.unref();
    started.on('message', (message: WriteReply[] | BatchFailure) => {
      if (!Array.isArray(message)) {
        for (const id of message.ids) {
          pending.get(id)?.reject(new Error(message.error));
          settled(id);
        }
        return;
      }
      let stored = false;
      for (const { id, outcome } of message) {
        const waiting = pending.get(id);
        settled(id);
        if ('error' in outcome) waiting?.reject(new Error(outcome.error));
        else {
          stored ||= outcome.result.status === 'created';
          waiting?.resolve(outcome.result);
        }
      }
      if (stored) options.onStored?.();
    });
    started.on('error', (error) => {
      worker = undefined;
      failAll(error);
    });
    started.on('exit', () => {
      worker = undefined;
      failAll(new Error('the writer thread stopped'));
    });
    worker = started;
    return started;
  };

  const derivedSince = () => new Date(now().getTime() - ttl).toISOString();

  return {
    submit(submission) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const request: WriteRequest = {
          id,
          submission,
          time: { at: now().toISOString(), derivedSince: derivedSince() },
        };
        const target = thread();
        target.ref();
        target.postMessage(request);
      });
    },
    replay: (submission) => previousResult(db, submission, derivedSince()),
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
