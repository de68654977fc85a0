/**
 * One static-file handler made ready for a folder in a fresh process, for bench:static: prints
 * {"ms", "rssMiB"} as JSON — how long its set-up took and how much the process grew by it.
 * Usage: node scripts/bench/lib/static-startup.ts own|sirv <client folder>
 */
import sirv from 'sirv';
import { createStaticSite } from '../../../src/server/http/static-site.ts';

const [handler, dir] = process.argv.slice(2);
if (!dir || (handler !== 'own' && handler !== 'sirv')) throw new Error('usage: own|sirv <folder>');
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const ready = handler === 'own' ? createStaticSite(dir) : sirv(dir, { brotli: true, gzip: true, etag: true });
const ms = performance.now() - started;
globalThis.gc?.();
const rssMiB = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
if (typeof ready !== 'function') throw new Error('no handler'); // and kept alive until measured
console.log(JSON.stringify({ ms: Math.round(ms), rssMiB: Math.round(rssMiB) }));
