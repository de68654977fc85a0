/**
 * Preloaded into the benchmarked `astro build` (through NODE_OPTIONS=--import): prints the
 * process's memory every second, so the benchmark can tell JavaScript objects (heap) from native
 * memory (buffers, Rust and C++ libraries) in each phase. Format: [heap-probe] rss heapUsed
 * heapTotal external arrayBuffers (MiB). Worker threads load it too; only the main thread reports.
 */
import { isMainThread } from 'node:worker_threads';

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
if (isMainThread) {
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    process.stderr.write(
      `[heap-probe] ${mib(m.rss)} ${mib(m.heapUsed)} ${mib(m.heapTotal)} ${mib(m.external)} ${mib(m.arrayBuffers)}\n`,
    );
  }, 1000);
  timer.unref();
}
