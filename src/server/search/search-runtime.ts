/**
 * What the site needs from Meilisearch at run time: the project's own Meilisearch (run and
 * supervised here) or an existing one (MEILI_HOST with MEILI_ADMIN_KEY), a search-only key for
 * the site's queries, and an index that matches the build being served. The connection the
 * site queries with is held here and handed out by `connection()`; the master or admin key
 * never leaves this module's callers on the server.
 */

import { Meilisearch } from 'meilisearch';
import type { SearchDocument } from '../../lib/search/documents.ts';
import type { MeiliConnection } from '../../lib/search/meili-http.server.ts';
import type { MeiliSettings } from '../config.ts';
import { indexedState, type ReindexReport, reindex } from './index-sync.ts';
import { loadOrCreateMasterKey } from './master-key.ts';
import { resolveMeiliBinary } from './meili-binary.ts';
import { MeiliProcess, meiliDataDir } from './meili-process.ts';
import { ensureSearchKey } from './search-key.ts';

export interface SearchRuntimeOptions {
  settings: MeiliSettings;
  /** The server's data folder: the project's own Meilisearch lives in its `meili/` folder. */
  dataDir: string;
  /** The documents the index should hold; undefined when there are none to load (no build yet). */
  documents: () => Promise<SearchDocument[] | undefined>;
  log: (line: string) => void;
}

export interface SearchRuntime {
  /** Where the site's queries go (search-only key); undefined until Meilisearch is usable. */
  connection: () => MeiliConnection | undefined;
  /** Host and a key that can write, for reindexing; undefined without MEILI_ADMIN_KEY. */
  admin: () => { host: string; key: string } | undefined;
  /** The supervised process, when the project runs Meilisearch itself. */
  process: MeiliProcess | undefined;
  /** Reindexes if the index is missing or does not match the documents. */
  sync: () => Promise<ReindexReport | undefined>;
  stop: () => Promise<void>;
}

export async function startSearchRuntime(options: SearchRuntimeOptions): Promise<SearchRuntime> {
  const { settings, log } = options;
  let admin: { host: string; key: string } | undefined;
  let connection: MeiliConnection | undefined;

  const sync = async (): Promise<ReindexReport | undefined> => {
    if (!admin) return undefined;
    const documents = await options.documents();
    if (!documents) {
      log('search: no documents to index yet');
      return undefined;
    }
    return reindex({ host: admin.host, apiKey: admin.key, documents, log: (line) => log(`search: ${line}`) });
  };

  /** After every (re)start: the search key, then the index (waited for only when there is none to serve). */
  const prepare = async (host: string, adminKey: string | undefined) => {
    admin = adminKey ? { host, key: adminKey } : undefined;
    if (!adminKey) {
      connection = settings.searchKey ? { host, apiKey: settings.searchKey } : { host };
      log('search: MEILI_ADMIN_KEY is not set, so the index is used as it is and never rebuilt');
      return;
    }
    const searchKey =
      settings.host && settings.searchKey ? settings.searchKey : await ensureSearchKey(host, adminKey);
    connection = { host, apiKey: searchKey };
    const { documents } = await indexedState(new Meilisearch({ host, apiKey: adminKey }));
    const syncing = sync().catch((error: Error) => log(`search: reindex failed: ${error.message}`));
    if (documents === undefined) await syncing;
  };

  if (settings.host) {
    const external = settings.host;
    await prepare(external, settings.adminKey).catch((error: Error) =>
      log(
        `search: Meilisearch at ${external} is not usable yet (${error.message}); search answers 503 until it is`,
      ),
    );
    return {
      connection: () => connection,
      admin: () => admin,
      process: undefined,
      sync,
      stop: async () => {},
    };
  }

  const dataDir = meiliDataDir(options.dataDir);
  const masterKey = await loadOrCreateMasterKey(dataDir, settings.masterKey);
  let preparing = Promise.resolve();
  const meili = new MeiliProcess({
    dataDir,
    masterKey,
    binary: async () => {
      const binary = await resolveMeiliBinary(settings.binary);
      log(`search: Meilisearch binary ${binary.path} (${binary.source})`);
      return binary.path;
    },
    log,
    // Serialized: a restart during a reindex waits for it to end instead of racing it.
    onReady: (url) => {
      preparing = preparing.then(() =>
        prepare(url, masterKey).catch((error: Error) =>
          log(`search: preparing ${url} failed: ${error.message}`),
        ),
      );
    },
  });
  try {
    await meili.start();
    await preparing;
  } catch (error) {
    log(
      `search: Meilisearch did not start (${(error as Error).message}); pages still serve, search answers 503`,
    );
  }
  return {
    connection: () => connection,
    admin: () => admin,
    process: meili,
    sync,
    stop: async () => {
      connection = undefined;
      await meili.stop();
    },
  };
}
