import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVER_CATALOGUE_FILE } from '../lib/content/server-catalogue-file.ts';
import { moveOutOfClient } from './move-out-of-client.ts';

/** After a build, the on-demand routes' catalogue moves from the client folder to dist/. */
export function serverCatalogue(): AstroIntegration {
  return {
    name: 'ocop:server-catalogue',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const to = join(fileURLToPath(new URL('../', dir)), SERVER_CATALOGUE_FILE);
        await moveOutOfClient(dir, SERVER_CATALOGUE_FILE, to);
        logger.info(`server catalogue written to ${to}`);
      },
    },
  };
}
