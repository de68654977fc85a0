/**
 * Rebuilds the search index from the documents of the last build (atomic swap; does nothing when
 * the index already matches, unless --force).
 * Usage: npm run search:reindex [-- --force] [-- --documents <file>]
 * Meilisearch: MEILI_HOST + MEILI_ADMIN_KEY; else the one the site runs on this data folder
 * (${OCOP_DATA_DIR:-.data}/meili); else it is started for the reindex and stopped afterwards.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtDocumentsPath, readDocuments } from '../../src/lib/search/documents-file.server.ts';
import { loadServerConfig } from '../../src/server/config.ts';
import { reindex } from '../../src/server/search/index-sync.ts';
import { loadOrCreateMasterKey } from '../../src/server/search/master-key.ts';
import { resolveMeiliBinary } from '../../src/server/search/meili-binary.ts';
import { MeiliProcess, meiliDataDir } from '../../src/server/search/meili-process.ts';

const { values } = parseArgs({
  options: { force: { type: 'boolean', default: false }, documents: { type: 'string' } },
});
const file = values.documents ?? builtDocumentsPath(fileURLToPath(new URL('../../dist/', import.meta.url)));

async function main(): Promise<number> {
  const started = performance.now();
  const documents = await readDocuments(file);
  console.log(`${documents.length} documents from ${file}`);
  const run = (host: string, apiKey: string) =>
    reindex({ host, apiKey, documents, force: values.force, log: (line) => console.log(line) });

  const config = loadServerConfig();
  const { meili } = config;
  if (meili.host) {
    if (!meili.adminKey) {
      console.error('MEILI_HOST is set but MEILI_ADMIN_KEY is not: the reindex needs a key that can write.');
      return 1;
    }
    await run(meili.host, meili.adminKey);
  } else {
    const dataDir = meiliDataDir(config.dataDir);
    const masterKey = await loadOrCreateMasterKey(dataDir, meili.masterKey);
    const running = await MeiliProcess.running(dataDir);
    if (running) {
      console.log(`using the Meilisearch the site runs (process ${running.owner}) at ${running.url}`);
      await run(running.url, masterKey);
    } else {
      const spawned = new MeiliProcess({
        dataDir,
        masterKey,
        binary: async () => (await resolveMeiliBinary(meili.binary)).path,
      });
      const url = await spawned.start();
      console.log(`started Meilisearch on ${dataDir} at ${url} for the reindex`);
      try {
        await run(url, masterKey);
      } finally {
        await spawned.stop();
      }
    }
  }
  console.log(`done in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

process.exitCode = await main().catch((error: Error) => {
  console.error(`reindex failed: ${error.message}`);
  return 1;
});
