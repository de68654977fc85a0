import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images are already compressed. */
export const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|ics|webmanifest)$/;
const MIN_BYTES = 1024;
/**
 * Brotli 11 only for the few hashed assets every visitor downloads; pages get 7. On this site's
 * 30 kB pages 11 takes ≈40 ms each on the 2-core build machine (over half an hour for a national
 * catalogue) and 7 about 1 ms, for ~10 % more bytes (≈0.5 kB a page).
 */
const brotliQuality = (path: string) => (path.includes(`${sep}_astro${sep}`) ? 11 : 7);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (compressible.test(entry.name)) yield path;
  }
}

async function compress(path: string): Promise<boolean> {
  if ((await stat(path)).size < MIN_BYTES) return false;
  const body = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path),
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
  return true;
}

/**
 * Writes .br and .gz beside every static text file after the build, once, at high levels: the
 * server then sends them as they are, with no compression work per request. zlib works on
 * libuv's threads, so one file per core at a time keeps every core busy.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'ocop:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let count = 0;
        const queue = files(root);
        const worker = async () => {
          for await (const path of queue) if (await compress(path)) count++;
        };
        await Promise.all(Array.from({ length: availableParallelism() }, worker));
        logger.info(`compressed ${count} files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
