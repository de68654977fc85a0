/**
 * What the server runs beside the site, for `npm start` and `astro dev` alike: the storage, the
 * search engine with an index that matches the documents, the mail outbox and the office's
 * statistics (counted in memory, written to the storage).
 */
import type { SearchDocument } from '../lib/search/documents.ts';
import { type AnalyticsRecorder, createAnalyticsRecorder } from './analytics/recorder.ts';
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
  analytics: AnalyticsRecorder;
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
        // Mails are queued at the server clock's instants (OCOP_TODAY shifts them): due by the same clock.
        now: clock.now,
        log: (line) => log.warn(line),
      })
    : undefined;
  outbox?.start();
  const analytics = createAnalyticsRecorder({
    store: storage.analytics,
    today: clock.today,
    log: (line) => log.warn(line),
  });
  return {
    storage,
    search,
    outbox,
    analytics,
    async stop() {
      await search.stop();
      outbox?.stop();
      // Before the storage closes: the counts since the last flush are not lost on a clean stop.
      await analytics.stop();
      await storage.close();
    },
  };
}
