import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtServerCataloguePath, SERVER_CATALOGUE_ROUTE } from '../lib/content/server-catalogue.server.ts';
import { moveOutOfClient } from './move-out-of-client.ts';

/** After a build, the on-demand routes' catalogue moves from the client folder to dist/. */
export function serverCatalogue(): AstroIntegration {
  return {
    name: 'ocop:server-catalogue',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const to = builtServerCataloguePath(fileURLToPath(new URL('../', dir)));
        await moveOutOfClient(dir, SERVER_CATALOGUE_ROUTE, to);
        logger.info(`server catalogue written to ${to}`);
      },
    },
  };
}
