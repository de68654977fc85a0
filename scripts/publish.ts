/**
 * Puts the content live without stopping the site: builds a new release beside the one being
 * served, reindexes search, and switches every running server to it (src/server/publish/).
 *   npm run publish               build and switch
 *   npm run publish -- --rollback go back to the previous release
 * Exit codes: 0 done, 1 failed (the site keeps serving what it served), 2 another publish is running.
 */
import { parseArgs } from 'node:util';
import { loadServerConfig } from '../src/server/config.ts';
import { PublishBusyError, publish } from '../src/server/publish/publish.ts';
import { openStorage } from '../src/server/storage/open-storage.ts';

const { values } = parseArgs({
  options: { rollback: { type: 'boolean', default: false }, by: { type: 'string', default: 'command line' } },
});

const config = loadServerConfig();
const storage = await openStorage(config);
const started = performance.now();
try {
  const release = await publish({
    config,
    leases: storage.leases,
    by: values.by,
    rollback: values.rollback,
    log: (line) => console.log(line),
  });
  console.log(
    `${values.rollback ? 'rolled back to' : 'published'} ${release} in ${Math.round((performance.now() - started) / 1000)} s`,
  );
} catch (error) {
  console.error(`publish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof PublishBusyError ? 2 : 1;
} finally {
  await storage.close();
}
