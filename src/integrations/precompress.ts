import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images are already compressed. */
export const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|ics|webmanifest)$/;
const MIN_BYTES = 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (compressible.test(entry.name)) yield path;
  }
}

/**
 * Writes .br and .gz beside every static text file after the build, once, at the highest
 * levels: the server then sends them as they are, with no compression work per request.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'ocop:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let count = 0;
        for await (const path of files(root)) {
          if ((await stat(path)).size < MIN_BYTES) continue;
          const body = await readFile(path);
          const [br, gzipped] = await Promise.all([
            brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            gz(body, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
          count++;
        }
        logger.info(`compressed ${count} files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
