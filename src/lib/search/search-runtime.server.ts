/**
 * What the site needs from Meilisearch at run time, for `npm start`, `npm run dev` and the tests:
 * the project's own Meilisearch (run and supervised here) or an existing one (MEILI_HOST with
 * MEILI_ADMIN_KEY), a search-only key for the site's queries, and an index that matches the
 * content. The connection is published in the environment (MEILI_HOST, MEILI_SEARCH_KEY), where
 * the site's server code reads it on every request; the master or admin key is never put there.
 */

import { Meilisearch } from 'meilisearch';
import type { SearchDocument } from './documents.ts';
import { indexedState, type ReindexReport, reindex } from './index-sync.server.ts';
import { loadOrCreateMasterKey } from './master-key.server.ts';
import { resolveMeiliBinary } from './meili-binary.server.ts';
import { MeiliProcess, meiliDataDir } from './meili-process.server.ts';
import { ensureSearchKey } from './search-key.server.ts';

export interface SearchRuntimeOptions {
  /** Read for configuration, written with the connection; process.env unless a test passes its own. */
  env?: NodeJS.ProcessEnv;
  /** The documents the index should hold; undefined when there are none to load (no build yet). */
  documents: () => Promise<SearchDocument[] | undefined>;
  log?: (line: string) => void;
}

export interface SearchRuntime {
  /** The supervised process, when the project runs Meilisearch itself. */
  process: MeiliProcess | undefined;
  /** Reindexes if the index is missing or does not match the documents. */
  sync: () => Promise<ReindexReport | undefined>;
  stop: () => Promise<void>;
}

export async function startSearchRuntime(options: SearchRuntimeOptions): Promise<SearchRuntime> {
  const env = options.env ?? process.env;
  const log = options.log ?? console.log;
  const external = env.MEILI_HOST;
  let admin: { host: string; key: string } | undefined;

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
      log('search: MEILI_ADMIN_KEY is not set, so the index is used as it is and never rebuilt');
      return;
    }
    if (!external || !env.MEILI_SEARCH_KEY) env.MEILI_SEARCH_KEY = await ensureSearchKey(host, adminKey);
    env.MEILI_HOST = host;
    const { documents } = await indexedState(new Meilisearch({ host, apiKey: adminKey }));
    const syncing = sync().catch((error: Error) => log(`search: reindex failed: ${error.message}`));
    if (documents === undefined) await syncing;
  };

  if (external) {
    await prepare(external, env.MEILI_ADMIN_KEY).catch((error: Error) =>
      log(
        `search: Meilisearch at ${external} is not usable yet (${error.message}); search answers 503 until it is`,
      ),
    );
    return { process: undefined, sync, stop: async () => {} };
  }

  const dataDir = meiliDataDir(env);
  const masterKey = await loadOrCreateMasterKey(dataDir, env);
  let preparing = Promise.resolve();
  const meili = new MeiliProcess({
    dataDir,
    masterKey,
    binary: async () => {
      const binary = await resolveMeiliBinary(env);
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
    process: meili,
    sync,
    stop: async () => {
      await meili.stop();
      delete env.MEILI_HOST;
      delete env.MEILI_SEARCH_KEY;
    },
  };
}
