/**
 * Runs Meilisearch for the site: on loopback, on a free port, with a master key, analytics off
 * and indexing memory capped; waits until /health answers, restarts it with backoff if it dies,
 * and stops it with the site. A state file in the data folder says which process runs it and
 * where: a second site on the same folder is refused, the reindex command connects to it, and a
 * Meilisearch left behind by a killed site is stopped first (two cannot open one database).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { meiliGet } from '../../lib/search/meili-http.server.ts';
import { freePort } from '../net/free-port.ts';

export interface MeiliProcessOptions {
  /** Folder for Meilisearch's database, dumps and snapshots, e.g. `.data/meili`. */
  dataDir: string;
  masterKey: string;
  /** Resolves and verifies the binary; called before every start, so a replaced file is caught. */
  binary: () => Promise<string>;
  /** Fixed port; by default a free one is picked, then kept across restarts. */
  port?: number;
  maxIndexingMemory?: string;
  maxIndexingThreads?: number;
  log?: (line: string) => void;
  /** Called after every start that reached /health, with the URL to use from then on. */
  onReady?: (url: string) => void;
  restartDelayMs?: { initial: number; max: number };
  /** How long one start may take to answer /health before it is killed and retried. */
  startTimeoutMs?: number;
}

/** Uncapped, Meilisearch reserved ~900 MB to index 1,000 documents here; the goal is ≤ 300 MB RSS. */
export const MEILI_LIMITS = { maxIndexingMemory: '64MiB', maxIndexingThreads: 1 } as const;

/**
 * Meilisearch's allocator (mimalloc 2.2 in Meilisearch 1.21; MIMALLOC_VERBOSE=1 lists its
 * options) keeps freed memory for a while, and keeps the pages of indexing threads that have
 * ended. Returned at once, and without huge pages (a partly used one stays resident whole).
 */
export const MEILI_ALLOCATOR_ENV = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ABANDONED_PAGE_PURGE: '1',
  MIMALLOC_ALLOW_LARGE_OS_PAGES: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
} as const;

/**
 * LMDB's MDB_WRITEMAP: an indexing transaction writes into the mapped database file instead of
 * keeping every page it changed in the heap until it commits. With it and the allocator options
 * above, Meilisearch peaked at ~275 MB resident over six 20,000-product indexings and the queries
 * after them (~350 MB with MIMALLOC_PURGE_DELAY=0 alone; docs/search.md).
 */
export const MEILI_WRITEMAP_FLAG = '--experimental-reduce-indexing-memory-usage';

/** Where the project keeps Meilisearch's state: `${OCOP_DATA_DIR:-.data}/meili`. */
export const meiliDataDir = (dataDir: string): string => join(dataDir, 'meili');

const STATE_FILE = 'meilisearch.json';

/** Who runs the Meilisearch of a data folder, and where. */
export interface RunningMeili {
  pid: number;
  owner: number;
  url: string;
}
/** Once a start has stayed up this long, the next crash restarts it quickly again. */
const STABLE_AFTER_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export class MeiliProcess {
  readonly #options: MeiliProcessOptions;
  readonly #dbPath: string;
  #child: ChildProcess | undefined;
  #port: number | undefined;
  #url: string | undefined;
  #stopping = false;
  #restartTimer: NodeJS.Timeout | undefined;
  #delay: number;
  #healthySince = 0;
  #firstReady = MeiliProcess.#readiness();
  readonly #killOnExit = () => this.#child?.kill('SIGKILL');

  constructor(options: MeiliProcessOptions) {
    this.#options = { ...options, dataDir: resolve(options.dataDir) };
    this.#dbPath = join(this.#options.dataDir, 'data.ms');
    this.#port = options.port;
    this.#delay = options.restartDelayMs?.initial ?? 500;
  }

  static #readiness() {
    const readiness = Promise.withResolvers<string>();
    // Reported through start(); without this, a failed start nobody awaits would crash the process.
    readiness.promise.catch(() => {});
    return readiness;
  }

  /** URL of the running Meilisearch, undefined while it is down or starting. */
  get url(): string | undefined {
    return this.#url;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  #log(line: string) {
    (this.#options.log ?? console.log)(`[meilisearch] ${line}`);
  }

  /** Starts it and resolves with its URL once /health answers; it keeps retrying in the background after a failure. */
  async start(): Promise<string> {
    this.#stopping = false;
    this.#firstReady = MeiliProcess.#readiness();
    await mkdir(this.#options.dataDir, { recursive: true, mode: 0o700 });
    await this.#stopLeftover();
    process.on('exit', this.#killOnExit);
    void this.#launch();
    return this.#firstReady.promise;
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    process.off('exit', this.#killOnExit);
    this.#firstReady.reject(new Error('Meilisearch was stopped before it was ready'));
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(force);
  }

  /** The Meilisearch another live process runs on this data folder, if any. */
  static async running(dataDir: string): Promise<RunningMeili | undefined> {
    const found = await MeiliProcess.#recorded(resolve(dataDir));
    return found && processAlive(found.owner) && found.owner !== process.pid ? found : undefined;
  }

  static async #recorded(dataDir: string): Promise<RunningMeili | undefined> {
    let state: RunningMeili;
    try {
      state = JSON.parse(await readFile(join(dataDir, STATE_FILE), 'utf8')) as RunningMeili;
    } catch {
      return undefined;
    }
    if (!processAlive(state.pid)) return undefined;
    const cmdline = await readFile(`/proc/${state.pid}/cmdline`, 'utf8').catch(() => '');
    // Only a Meilisearch on this very database: a recycled pid may belong to anything.
    return cmdline.split('\0').includes(join(dataDir, 'data.ms')) ? state : undefined;
  }

  async #stopLeftover() {
    const { dataDir } = this.#options;
    const running = await MeiliProcess.running(dataDir);
    if (running) {
      throw new Error(
        `Meilisearch on ${dataDir} is already run by process ${running.owner} at ${running.url}`,
      );
    }
    const leftover = await MeiliProcess.#recorded(dataDir);
    if (!leftover) return;
    this.#log(`stopping Meilisearch ${leftover.pid} left running on ${this.#dbPath}`);
    process.kill(leftover.pid, 'SIGTERM');
    for (let waited = 0; processAlive(leftover.pid) && waited < 10_000; waited += 100) await sleep(100);
    if (processAlive(leftover.pid)) process.kill(leftover.pid, 'SIGKILL');
  }

  async #launch() {
    if (this.#stopping) return;
    let binary: string;
    try {
      binary = await this.#options.binary();
    } catch (error) {
      // A missing or altered binary will not fix itself by retrying.
      this.#log(`cannot start: ${(error as Error).message}`);
      this.#firstReady.reject(error);
      return;
    }
    if (this.#stopping) return;
    this.#port ??= await freePort();
    const port = this.#port;
    const url = `http://127.0.0.1:${port}`;
    const { dataDir } = this.#options;
    const child = spawn(
      binary,
      [
        '--db-path',
        this.#dbPath,
        '--dump-dir',
        join(dataDir, 'dumps'),
        '--snapshot-dir',
        join(dataDir, 'snapshots'),
        '--http-addr',
        `127.0.0.1:${port}`,
        '--env',
        'production',
        '--no-analytics',
        // Errors only: every 4xx it answers (an index not built yet, say) would otherwise log a warning.
        '--log-level',
        'ERROR',
        '--max-indexing-memory',
        this.#options.maxIndexingMemory ?? MEILI_LIMITS.maxIndexingMemory,
        '--max-indexing-threads',
        String(this.#options.maxIndexingThreads ?? MEILI_LIMITS.maxIndexingThreads),
        MEILI_WRITEMAP_FLAG,
      ],
      // The key goes through the environment, not argv, where every local user could read it in ps.
      {
        env: {
          PATH: process.env.PATH ?? '',
          MEILI_MASTER_KEY: this.#options.masterKey,
          NO_COLOR: '1',
          ...MEILI_ALLOCATOR_ENV,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.#child = child;
    const output: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        if (output.length > 20) output.shift();
        // Log records only; the start-up banner is kept for the exit report.
        if (/^\d{4}-\d\d-\d\dT/.test(line)) this.#log(line);
      });
    }
    child.on('error', (error) => this.#log(`could not run ${binary}: ${error.message}`));
    child.on('exit', (code, signal) => this.#exited(child, code, signal, output));
    if (child.pid) {
      const state: RunningMeili = { pid: child.pid, owner: process.pid, url };
      await writeFile(join(dataDir, STATE_FILE), `${JSON.stringify(state)}\n`).catch(() => {});
    }

    const deadline = Date.now() + (this.#options.startTimeoutMs ?? 30_000);
    while (this.#child === child && !this.#stopping) {
      try {
        await meiliGet({ host: url }, 'health', 1000);
        break;
      } catch {
        if (Date.now() > deadline) {
          this.#log(
            `no answer on ${url}/health after ${this.#options.startTimeoutMs ?? 30_000} ms; killing it`,
          );
          child.kill('SIGKILL');
          return;
        }
        await sleep(50);
      }
    }
    if (this.#child !== child || this.#stopping) return;
    this.#url = url;
    this.#healthySince = Date.now();
    this.#options.onReady?.(url);
    this.#firstReady.resolve(url);
  }

  #exited(
    child: ChildProcess,
    code: number | null,
    signal: NodeJS.Signals | null,
    output: readonly string[],
  ) {
    if (this.#child !== child) return;
    this.#child = undefined;
    this.#url = undefined;
    void rm(join(this.#options.dataDir, STATE_FILE), { force: true });
    if (this.#stopping) return;
    const { initial, max } = this.#options.restartDelayMs ?? { initial: 500, max: 30_000 };
    if (this.#healthySince && Date.now() - this.#healthySince > STABLE_AFTER_MS) this.#delay = initial;
    this.#healthySince = 0;
    // Someone took the port while it was down: take another one; onReady reports the new URL.
    if (output.some((line) => /address already in use/i.test(line))) this.#port = this.#options.port;
    const last = output.filter((line) => line.trim()).slice(-3);
    this.#log(
      `exited (${signal ?? `code ${code}`}); restarting in ${this.#delay} ms${last.length ? `; last output: ${last.join(' | ')}` : ''}`,
    );
    this.#restartTimer = setTimeout(() => void this.#launch(), this.#delay);
    this.#delay = Math.min(this.#delay * 2, max);
  }
}
