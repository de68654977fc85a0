/**
 * The production server as the search tests run it: with its own Meilisearch, reindexed from the
 * build's documents, exactly as `npm start` runs it (scripts/lib/production-server.ts), and where
 * to find that Meilisearch.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ProductionServer,
  type StartOptions,
  startProductionServer,
} from '../../scripts/lib/production-server.ts';
import type { RunningMeili } from '../../src/server/search/meili-process.ts';

export interface RunningSite extends ProductionServer {
  /** The Meilisearch the site runs now (it changes when it is restarted). */
  meili: () => Promise<RunningMeili>;
  masterKey: () => Promise<string>;
}

export async function startSite(
  env: Record<string, string> = {},
  options: Pick<StartOptions, 'dataDir' | 'timeoutMs'> = {},
): Promise<RunningSite> {
  const server = await startProductionServer({ ...options, env, search: 'own' });
  const meiliDir = join(server.dataDir, 'meili');
  return {
    ...server,
    meili: async () => JSON.parse(await readFile(join(meiliDir, 'meilisearch.json'), 'utf8')) as RunningMeili,
    masterKey: async () => (await readFile(join(meiliDir, 'master-key'), 'utf8')).trim(),
  };
}

/** Waits until the check passes (or throws after the timeout with its last failure). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
