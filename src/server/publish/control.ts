/**
 * Publishing started from the admin: the publish runs as its own process (the same command as
 * `npm run publish`), so it finishes even if this server stops, and any server can show its
 * progress from the status file.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishingService } from '../../lib/publishing.ts';
import { readPointer, releasesDir } from '../release/releases.ts';
import { runnerName } from './publish.ts';
import { readPublishStatus } from './status.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** How long to wait for the publish process to say it has started (or that another one runs). */
const START_WAIT_MS = 10_000;

export function publishControl(dataDir: string): PublishingService {
  return {
    async overview() {
      const [current, previous, last] = await Promise.all([
        readPointer(dataDir, 'current'),
        readPointer(dataDir, 'previous'),
        readPublishStatus(dataDir),
      ]);
      return { current, previous, last };
    },
    start(by, rollback) {
      const asked = Date.now();
      mkdirSync(releasesDir(dataDir), { recursive: true });
      const log = openSync(join(releasesDir(dataDir), 'publish.log'), 'a');
      const child = spawn(
        process.execPath,
        ['scripts/publish.ts', '--by', by, ...(rollback ? ['--rollback'] : [])],
        { cwd: projectRoot, detached: true, stdio: ['ignore', log, log] },
      );
      child.unref();
      return new Promise((resolve) => {
        const done = (outcome: 'started' | 'busy') => {
          clearInterval(poll);
          child.removeAllListeners('exit');
          resolve(outcome);
        };
        // Exit code 2: another publish holds the lease, and this one wrote nothing.
        child.once('exit', (code) => done(code === 2 ? 'busy' : 'started'));
        const runner = child.pid === undefined ? undefined : runnerName(child.pid);
        const poll = setInterval(async () => {
          const status = await readPublishStatus(dataDir);
          if (status?.runner === runner || Date.now() - asked > START_WAIT_MS) done('started');
        }, 200);
      });
    },
  };
}
