/**
 * The runtime of `astro dev` (the production server builds its own in start.ts): the same
 * configuration, storage and search, with the catalogue read from the content collections and
 * the search index fed from the dev server's own documents route. Made on the first on-demand
 * request and kept for the life of the dev server.
 */
import type { ServerCatalogue } from '../lib/content/server-catalogue.ts';
import { DOCUMENTS_ROUTE, parseDocumentsFile } from '../lib/search/documents-file.server.ts';
import type { SiteRuntime } from '../lib/site-runtime.ts';
import { createClock } from './clock.ts';
import { loadServerConfig } from './config.ts';
import { createLogger } from './log.ts';
import { createSiteRuntime } from './runtime.ts';
import { startServices } from './services.ts';

let started: Promise<SiteRuntime> | undefined;

async function start(options: { origin: string; catalogue: () => Promise<ServerCatalogue> }) {
  const config = loadServerConfig();
  const log = createLogger();
  const clock = createClock(config.today);
  const documentsUrl = new URL(DOCUMENTS_ROUTE, `${options.origin}/`);
  const services = await startServices(config, clock, log, async () => {
    const response = await fetch(documentsUrl);
    return parseDocumentsFile(await response.text(), documentsUrl.href).documents;
  });
  // Ctrl-C ends `astro dev` without shutdown hooks: stop Meilisearch first, then let the signal do its work.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void services.stop().finally(() => process.kill(process.pid, signal));
    });
  }
  return createSiteRuntime({
    config,
    clock,
    storage: services.storage,
    outbox: services.outbox,
    catalogue: options.catalogue,
    searchConnection: services.search.connection,
    log: (line) => log.error(line),
  });
}

export function devRuntime(options: {
  origin: string;
  catalogue: () => Promise<ServerCatalogue>;
}): Promise<SiteRuntime> {
  started ??= start(options);
  return started;
}
