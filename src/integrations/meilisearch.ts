import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  builtDocumentsPath,
  DOCUMENTS_ROUTE,
  parseDocumentsFile,
} from '../lib/search/documents-file.server.ts';
import { type SearchRuntime, startSearchRuntime } from '../lib/search/search-runtime.server.ts';
import { moveOutOfClient } from './move-out-of-client.ts';

/**
 * Search in the build and in dev. After a build, the search documents move out of the public
 * client folder to dist/search/ (the production server reindexes from there). In `astro dev`,
 * Meilisearch runs beside the dev server (or MEILI_HOST is used) and is indexed from the dev
 * server's own documents route once it listens.
 */
export function meilisearch(): AstroIntegration {
  let runtime: SearchRuntime | undefined;
  let documentsUrl: URL | undefined;
  return {
    name: 'ocop:meilisearch',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const to = builtDocumentsPath(fileURLToPath(new URL('../', dir)));
        await moveOutOfClient(dir, DOCUMENTS_ROUTE, to);
        logger.info(`search documents written to ${to}`);
      },
      'astro:server:setup': async ({ logger }) => {
        // Vitest builds its Vite server from the Astro config too: its tests bring their own Meilisearch.
        if (process.env.VITEST) return;
        // Ctrl-C ends `astro dev` without its shutdown hooks: stop Meilisearch first, then let the signal do its work.
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.once(signal, () => {
            void (runtime?.stop() ?? Promise.resolve()).finally(() => process.kill(process.pid, signal));
          });
        }
        runtime = await startSearchRuntime({
          log: (line) => logger.info(line),
          documents: async () => {
            if (!documentsUrl) return undefined;
            const response = await fetch(documentsUrl);
            return parseDocumentsFile(await response.text(), documentsUrl.href).documents;
          },
        });
      },
      'astro:server:start': async ({ address, logger }) => {
        const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        documentsUrl = new URL(DOCUMENTS_ROUTE, `http://${hostname}:${address.port}/`);
        // In the background: the dev server is usable while the index builds.
        void runtime?.sync().catch((error: Error) => logger.warn(`search index not built: ${error.message}`));
      },
      'astro:server:done': async () => {
        await runtime?.stop();
      },
    },
  };
}
