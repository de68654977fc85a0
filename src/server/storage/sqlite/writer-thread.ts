/**
 * The writer thread: owns the database's durable write transactions (enquiries, replies).
 * SQLite's COMMIT waits for fsync (synchronous=FULL), which would block the server's event loop;
 * here it blocks only this thread, and writes that arrive meanwhile are committed together in
 * the next batch. Started by enquiry-writer.ts.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { type BatchOutcome, createBatchStore, type DurableWrite } from './durable-batch.ts';

export interface WriteRequest {
  id: number;
  write: DurableWrite;
}

export interface WriteReply {
  id: number;
  outcome: BatchOutcome;
}

/** A failure of the whole transaction (disk full, I/O error): every write in it failed. */
export interface BatchFailure {
  ids: number[];
  error: string;
}

const MAX_BATCH = 256;

if (parentPort) {
  const port = parentPort;
  const { file } = workerData as { file: string };
  const db = new DatabaseSync(file, { timeout: 5000, enableForeignKeyConstraints: true });
  db.exec('PRAGMA synchronous = FULL;');
  const storeBatch = createBatchStore(db);
  const queue: WriteRequest[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = queue.splice(0, MAX_BATCH);
    if (queue.length > 0) schedule();
    try {
      const outcomes = storeBatch(batch.map((r) => r.write));
      port.postMessage(batch.map((r, i): WriteReply => ({ id: r.id, outcome: outcomes[i] as BatchOutcome })));
    } catch (error) {
      const failure: BatchFailure = {
        ids: batch.map((r) => r.id),
        error: error instanceof Error ? error.message : String(error),
      };
      port.postMessage(failure);
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  port.on('message', (request: WriteRequest) => {
    queue.push(request);
    schedule();
  });
}
