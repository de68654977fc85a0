import { Worker } from 'node:worker_threads';
import type { MessageResult, NewMessage } from '../../../lib/enquiries/conversation.ts';
import type { Submission, SubmissionResult, SubmissionTime } from '../../../lib/enquiries/records.ts';
import type { DurableWrite } from './durable-batch.ts';
import type { BatchFailure, WriteReply, WriteRequest } from './writer-thread.ts';

export interface EnquiryWriter {
  /** Settles once the submission is committed (on disk), or with the answer to a retry. */
  submit(submission: Submission, time: SubmissionTime): Promise<SubmissionResult>;
  /** Settles once the reply is committed, or with why nothing was stored. */
  addMessage(message: NewMessage): Promise<MessageResult>;
  close(): Promise<void>;
}

type Result = SubmissionResult | MessageResult;

/**
 * Stores enquiries and replies through the writer thread (writer-thread.ts), which owns the
 * file's durable write transactions. Every promise settles after the commit returned.
 */
export function createEnquiryWriter(file: string): EnquiryWriter {
  const pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
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
    const started = new Worker(new URL('./writer-thread.ts', import.meta.url), { workerData: { file } });
    started.unref();
    started.on('message', (message: WriteReply[] | BatchFailure) => {
      if (!Array.isArray(message)) {
        for (const id of message.ids) {
          pending.get(id)?.reject(new Error(message.error));
          settled(id);
        }
        return;
      }
      for (const { id, outcome } of message) {
        const waiting = pending.get(id);
        settled(id);
        if ('error' in outcome) waiting?.reject(new Error(outcome.error));
        else waiting?.resolve(outcome.result);
      }
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

  const write = (durable: DurableWrite) =>
    new Promise<Result>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const request: WriteRequest = { id, write: durable };
      const target = thread();
      target.ref();
      target.postMessage(request);
    });

  return {
    submit: (submission, time) =>
      write({ kind: 'submission', submission, time }) as Promise<SubmissionResult>,
    addMessage: (message) => write({ kind: 'message', message }) as Promise<MessageResult>,
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
