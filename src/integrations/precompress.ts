import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { compressible } from '../server/http/static-files.ts';
import { compressWhileRendering } from './compress-while-rendering.ts';
import { compressFile } from './precompress-files.ts';

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && compressible.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * With a custom prerenderer Astro leaves the prerender bundle's entry to the adapter (as the
 * Cloudflare one does); ours only wraps the default prerenderer, which needs Astro's own entry.
 */
const keepPrerenderEntry = (): Plugin => ({
  name: 'ocop:keep-prerender-entry',
  configEnvironment(name, config) {
    if (name !== 'prerender' || config.build?.rolldownOptions?.input) return;
    return { build: { rolldownOptions: { input: 'astro/entrypoints/prerender' } } };
  },
});

/**
 * Writes .br and .gz beside every static text file, once: the server then sends them as they
 * are, with no compression work per request. Pages are compressed as they are rendered
 * (compress-while-rendering.ts); after the build, on the main thread, whatever else is left (assets,
 * sitemaps, files from public/): a few hundred files, even at national scale.
 */
export function precompress(): AstroIntegration {
  const compressed = new Set<string>();
  let clientDir: URL | undefined;
  return {
    name: 'ocop:precompress',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [keepPrerenderEntry()] } });
      },
      'astro:config:done': ({ config }) => {
        clientDir = config.build.client;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const pagesDir = clientDir;
        if (!pagesDir)
          throw new Error('ocop:precompress: the client folder is unknown (astro:config:done did not run)');
        setPrerenderer((base) => compressWhileRendering(base, pagesDir, compressed, logger));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // A page compressed while rendering and then removed by a later step must not leave its .br behind.
        for (const path of compressed) {
          if (!existsSync(path))
            await Promise.all([rm(`${path}.br`, { force: true }), rm(`${path}.gz`, { force: true })]);
        }
        const left = (await files(fileURLToPath(dir))).filter((path) => !compressed.has(path));
        // On this thread: a few hundred files, too few to be worth a worker.
        const count = left.filter((path) => compressFile({ path })).length;
        logger.info(`the rest: ${count} files compressed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
