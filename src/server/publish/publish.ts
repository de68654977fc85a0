/**
 * Publishing without downtime: build into a new release folder while the site keeps serving the
 * current one, bring the search index up to date with it (a new index built beside the live one
 * and swapped in), then point `current` at it; every server switches on its own within a second
 * (src/server/release/follow.ts). The previous release stays for a rollback. One publish at a time,
 * across every process that shares the storage (the `publish` lease).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishStatus, PublishStep } from '../../lib/publishing.ts';
import { builtDocumentsPath, readDocuments } from '../../lib/search/documents-file.server.ts';
import { createClock } from '../clock.ts';
import type { ServerConfig } from '../config.ts';
import {
  buildLog,
  isCompleteBuild,
  newReleaseId,
  pruneReleases,
  readPointer,
  releaseDir,
  setPointer,
} from '../release/releases.ts';
import { withAdminMeili } from '../search/admin-connection.ts';
import { reindex } from '../search/index-sync.ts';
import type { LeaseStore } from '../storage/storage.ts';
import { writePublishStatus } from './status.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const LEASE = 'publish';

/** How a publish process names itself, in the lease and the status. */
export const runnerName = (pid: number): string => `${hostname()}:${pid}`;
const LEASE_MS = 120_000;
const BUILD_LOCK = join(projectRoot, 'node_modules', '.cache', 'ocop-build.lock');

export class PublishBusyError extends Error {
  override name = 'PublishBusyError';
}

export class PublishError extends Error {
  override name = 'PublishError';
}

export interface PublishOptions {
  config: ServerConfig;
  leases: LeaseStore;
  /** Who asked: a staff account's email, or "command line". */
  by: string;
  /** Return to the previous release instead of building a new one. */
  rollback?: boolean;
  log: (line: string) => void;
}

/**
 * Runs `npm run build` into the release's folder for the server's day (statuses are judged on it),
 * its output to the release's log; each line goes to `onLine`.
 */
async function build(
  dataDir: string,
  id: string,
  today: string,
  onLine: (line: string) => void,
): Promise<void> {
  const log = buildLog(dataDir, id);
  await Promise.all([
    mkdir(dirname(log), { recursive: true }),
    mkdir(dirname(BUILD_LOCK), { recursive: true }),
  ]);
  const dir = releaseDir(dataDir, id);
  return new Promise((resolve, reject) => {
    const output = createWriteStream(log);
    // One build at a time per checkout (flock, util-linux): Astro keeps its caches in the project,
    // which sites with other data folders (a test site, a second site) share.
    const child = spawn('flock', [BUILD_LOCK, 'sh', 'scripts/build.sh', '--outDir', dir], {
      // The servers' environment (SITE_URL…), their day, and the project's own Node and Astro
      // also when the server was not started through npm.
      env: {
        ...process.env,
        OCOP_TODAY: today,
        PATH: `${join(projectRoot, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
      },
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const read = (chunk: Buffer) => {
      output.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line.trim());
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', reject);
    child.once('close', (code) => {
      output.end();
      if (code === 0) resolve();
      else reject(new PublishError(`the build failed (exit ${code}); see ${log}`));
    });
  });
}

/** Publishes (or rolls back); resolves with the release now served. */
export async function publish(options: PublishOptions): Promise<string> {
  const { config, leases, log } = options;
  const { dataDir } = config;
  const holder = runnerName(process.pid);
  const leaseUntil = () => new Date(Date.now() + LEASE_MS);
  if (!(await leases.acquire(LEASE, holder, new Date(), leaseUntil()))) {
    throw new PublishBusyError('a publish is already under way');
  }
  // Held for as long as this runs; a publish that dies lets go when the lease runs out.
  const renew = setInterval(() => void leases.acquire(LEASE, holder, new Date(), leaseUntil()), LEASE_MS / 4);

  const status: PublishStatus = {
    kind: options.rollback ? 'rollback' : 'publish',
    state: 'running',
    by: options.by,
    runner: holder,
    startedAt: new Date().toISOString(),
    step: 'build',
    stepsStartedAt: {},
  };
  let lastWrite = 0;
  const save = () => {
    lastWrite = Date.now();
    return writePublishStatus(dataDir, status);
  };
  const begin = async (step: PublishStep) => {
    status.step = step;
    status.stepsStartedAt[step] = new Date().toISOString();
    delete status.detail;
    log(`publish: ${step}`);
    await save();
  };

  try {
    const current = await readPointer(dataDir, 'current');
    let release: string;
    if (options.rollback) {
      const previous = await readPointer(dataDir, 'previous');
      if (!previous) throw new PublishError('there is no previous release to return to');
      release = previous;
      status.release = release;
    } else {
      release = newReleaseId(new Date());
      status.release = release;
      await begin('build');
      await build(dataDir, release, createClock(config.today).today(), (line) => {
        status.detail = line.slice(0, 200);
        // At most one status write a second: a build prints thousands of lines.
        if (Date.now() - lastWrite > 1000) void save();
      });
      if (!isCompleteBuild(releaseDir(dataDir, release))) {
        throw new PublishError(`the build in ${releaseDir(dataDir, release)} is incomplete`);
      }
    }

    await begin('search');
    const documents = await readDocuments(builtDocumentsPath(releaseDir(dataDir, release)));
    const reindexOnce = () =>
      withAdminMeili(config, log, (host, apiKey) =>
        reindex({ host, apiKey, documents, log: (line) => log(`publish: ${line}`) }),
      );
    // Once more after a failure: a publish right after start can meet the server's own first
    // reindex still clearing the spare index (Meilisearch then answers "No such file or
    // directory"); reindex() starts again from a clean spare index.
    await reindexOnce().catch(async (error: unknown) => {
      log(`publish: search failed (${error instanceof Error ? error.message : String(error)}), trying again`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await reindexOnce();
    });

    await begin('switch');
    await setPointer(dataDir, 'current', release);
    if (current) await setPointer(dataDir, 'previous', current);
    const removed = await pruneReleases(dataDir);
    if (removed.length > 0) log(`publish: removed old releases ${removed.join(', ')}`);

    status.state = 'succeeded';
    status.finishedAt = new Date().toISOString();
    await save();
    return release;
  } catch (error) {
    status.state = 'failed';
    status.finishedAt = new Date().toISOString();
    status.error = error instanceof Error ? error.message : String(error);
    await save();
    throw error;
  } finally {
    clearInterval(renew);
    await leases.release(LEASE, holder);
  }
}
