/**
 * What the server runs beside the site, for `npm start` and `astro dev` alike: the storage, the
 * search engine with an index that matches the documents, and the mail outbox.
 */
import type { SearchDocument } from '../lib/search/documents.ts';
import type { Clock } from './clock.ts';
import type { ServerConfig } from './config.ts';
import type { Logger } from './log.ts';
import { createOutbox, type Outbox } from './mail/outbox.ts';
import { type SearchRuntime, startSearchRuntime } from './search/search-runtime.ts';
import { openStorage } from './storage/open-storage.ts';
import type { Storage } from './storage/storage.ts';

export interface Services {
  storage: Storage;
  search: SearchRuntime;
  outbox: Outbox | undefined;
  stop(): Promise<void>;
}

export async function startServices(
  config: ServerConfig,
  clock: Clock,
  log: Logger,
  documents: () => Promise<SearchDocument[] | undefined>,
): Promise<Services> {
  const storage = await openStorage(config);
  // Pages serve even if this fails: search then answers 503 until Meilisearch is back.
  const search = await startSearchRuntime({
    settings: config.meili,
    dataDir: config.dataDir,
    documents,
    log: (line) => log.info(line),
  });
  const outbox = config.mail
    ? createOutbox(storage.outbox, {
        smtpUrl: config.mail.smtpUrl,
        from: config.mail.from,
        retryBaseMs: config.mail.retryMs,
        // The clock the mails were queued by (OCOP_TODAY moves both).
        now: clock.now,
        log: (line) => log.warn(line),
      })
    : undefined;
  outbox?.start();
  return {
    storage,
    search,
    outbox,
    async stop() {
      await search.stop();
      outbox?.stop();
      await storage.close();
    },
  };
}
