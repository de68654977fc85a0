import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { compressible } from '../server/static-files.ts';

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && compressible.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Compresses the files in a worker thread; resolves with how many were compressed. */
function compressInWorker(paths: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./precompress-files.ts', import.meta.url), {
      workerData: paths,
      // Small heaps: a worker holds one file at a time, and the build's memory is near its budget.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`precompress worker exited with ${code}`)));
  });
}

/**
 * Writes .br and .gz beside every static text file after the build, once: the server then sends
 * them as they are, with no compression work per request. One worker thread per core, each with
 * every n-th file, so big and small folders are shared out evenly.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'ocop:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const paths = await files(root);
        const workers = availableParallelism();
        const shares = Array.from({ length: workers }, (_, w) => paths.filter((_, i) => i % workers === w));
        const counts = await Promise.all(shares.map(compressInWorker));
        const count = counts.reduce((sum, n) => sum + n, 0);
        logger.info(`compressed ${count} files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
