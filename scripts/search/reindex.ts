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
import { withAdminMeili } from '../../src/server/search/admin-connection.ts';
import { reindex } from '../../src/server/search/index-sync.ts';

const { values } = parseArgs({
  options: { force: { type: 'boolean', default: false }, documents: { type: 'string' } },
});
const file = values.documents ?? builtDocumentsPath(fileURLToPath(new URL('../../dist/', import.meta.url)));

async function main(): Promise<number> {
  const started = performance.now();
  const documents = await readDocuments(file);
  console.log(`${documents.length} documents from ${file}`);
  const log = (line: string) => console.log(line);
  await withAdminMeili(loadServerConfig(), log, (host, apiKey) =>
    reindex({ host, apiKey, documents, force: values.force, log }),
  );
  console.log(`done in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

process.exitCode = await main().catch((error: Error) => {
  console.error(`reindex failed: ${error.message}`);
  return 1;
});
