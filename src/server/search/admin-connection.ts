/**
 * Meilisearch with a key that can write, for the commands that reindex (publish, reindex): the
 * external one (MEILI_HOST with MEILI_ADMIN_KEY), else the one the site runs on this data folder,
 * else one started for the length of the work and stopped after.
 */
import type { ServerConfig } from '../config.ts';
import { loadOrCreateMasterKey } from './master-key.ts';
import { resolveMeiliBinary } from './meili-binary.ts';
import { MeiliProcess, meiliDataDir } from './meili-process.ts';

export class NoAdminKeyError extends Error {
  override name = 'NoAdminKeyError';
}

export async function withAdminMeili<T>(
  config: ServerConfig,
  log: (line: string) => void,
  work: (host: string, apiKey: string) => Promise<T>,
): Promise<T> {
  const { meili } = config;
  if (meili.host) {
    if (!meili.adminKey) {
      throw new NoAdminKeyError(
        'MEILI_HOST is set but MEILI_ADMIN_KEY is not: reindexing needs a key that can write.',
      );
    }
    return work(meili.host, meili.adminKey);
  }
  const dataDir = meiliDataDir(config.dataDir);
  const masterKey = await loadOrCreateMasterKey(dataDir, meili.masterKey);
  const running = await MeiliProcess.running(dataDir);
  if (running) {
    log(`using the Meilisearch the site runs (process ${running.owner}) at ${running.url}`);
    return work(running.url, masterKey);
  }
  const spawned = new MeiliProcess({
    dataDir,
    masterKey,
    binary: async () => (await resolveMeiliBinary(meili.binary)).path,
  });
  const url = await spawned.start();
  log(`started Meilisearch on ${dataDir} at ${url} for the reindex`);
  try {
    return await work(url, masterKey);
  } finally {
    await spawned.stop();
  }
}
