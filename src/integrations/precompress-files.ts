/**
 * Writes .br and .gz beside a file, synchronously: in the compression worker (see
 * compression-worker.ts) for pages while they render, and on the main thread for what is left.
 * Synchronous because Node's async zlib hands every chunk back to the main thread, and on a
 * national catalogue (60,000 pages) that traffic, not compression, took most of the time.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A file to compress: its path, and its bytes when they are not (or not yet) on disk. */
export interface CompressJob {
  path: string;
  body?: Uint8Array;
}

/** What the worker answers each job with: whether the file was worth compressing. */
export type CompressReply = boolean;

const MIN_BYTES = 1024;

/**
 * Highest levels only for the few hashed assets every visitor downloads. Pages get brotli 5 and
 * gzip 6: on a 30 kB product page here brotli 11 takes ≈130 ms, 7 ≈7 ms and 5 under 1 ms for
 * 1 % more bytes than 7 (≈40 bytes); gzip 9 costs more than 6 for 0.5 % fewer bytes.
 */
const isAsset = (path: string) => path.includes(`${sep}_astro${sep}`);
const levels = (path: string) => (isAsset(path) ? { brotli: 11, gzip: 9 } : { brotli: 5, gzip: 6 });

/** Writes path.br and path.gz; false when the file is too small to be worth it. */
export function compressFile({ path, body: given }: CompressJob): CompressReply {
  if ((given?.byteLength ?? statSync(path).size) < MIN_BYTES) return false;
  const body = given ?? readFileSync(path);
  const level = levels(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: level.brotli,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
  // A page handed over while rendering may arrive before Astro has made its folder.
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: level.gzip }));
  return true;
}

// As the compression worker: answer each job in order.
parentPort?.on('message', (job: CompressJob) => parentPort?.postMessage(compressFile(job)));
