import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtDocumentsPath, DOCUMENTS_ROUTE } from '../lib/search/documents-file.server.ts';
import { moveOutOfClient } from './move-out-of-client.ts';

/**
 * After a build, the search documents move out of the public client folder to dist/search/,
 * where the production server reindexes from. (In `astro dev` the dev runtime indexes the dev
 * server's own documents route: src/server/dev-runtime.ts.)
 */
export function meilisearch(): AstroIntegration {
  return {
    name: 'ocop:meilisearch',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const to = builtDocumentsPath(fileURLToPath(new URL('../', dir)));
        await moveOutOfClient(dir, DOCUMENTS_ROUTE, to);
        logger.info(`search documents written to ${to}`);
      },
    },
  };
}
