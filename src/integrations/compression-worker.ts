import { Worker } from 'node:worker_threads';
import type { CompressJob, CompressReply } from './precompress-files.ts';

/** Files handed over and not yet compressed, at most: a page is ~40 kB, so the queue stays small. */
const MAX_IN_FLIGHT = 64;

/**
 * One worker thread that writes .br and .gz files (precompress-files.ts). Jobs are answered in
 * order; `compress` waits while too many are queued, so a slow worker holds the sender back
 * instead of letting pages pile up in memory.
 */
export class CompressionWorker {
  #worker = new Worker(new URL('./precompress-files.ts', import.meta.url), {
    // Small heaps: it holds one file at a time, and the build's memory is near its budget.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  });
  #waiting: (() => void)[] = [];
  #inFlight = 0;
  #compressed = 0;
  #failure: Error | undefined;

  constructor() {
    this.#worker.on('message', (worthIt: CompressReply) => {
      this.#inFlight--;
      if (worthIt) this.#compressed++;
      this.#waiting.shift()?.();
    });
    this.#worker.once('error', (error) => this.#fail(error));
    this.#worker.once('exit', (code) => this.#fail(new Error(`compression worker exited with ${code}`)));
  }

  #fail(error: Error) {
    this.#failure ??= error;
    for (const wake of this.#waiting.splice(0)) wake();
  }

  /** Hands a file's bytes over (they are transferred, so pass a copy you no longer need). */
  async compress(job: Required<CompressJob>): Promise<void> {
    while (this.#inFlight >= MAX_IN_FLIGHT && !this.#failure) {
      await new Promise<void>((wake) => this.#waiting.push(wake));
    }
    if (this.#failure) throw this.#failure;
    this.#inFlight++;
    this.#worker.postMessage(job, [job.body.buffer as ArrayBuffer]);
  }

  /** Waits for every file handed over, stops the worker and says how many were compressed. */
  async finish(): Promise<number> {
    while (this.#inFlight > 0 && !this.#failure) {
      await new Promise<void>((wake) => this.#waiting.push(wake));
    }
    if (this.#failure) throw this.#failure;
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
    return this.#compressed;
  }
}
