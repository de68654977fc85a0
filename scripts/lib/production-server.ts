/**
 * The production server (src/server/start.ts over the last build) in a child process, on a free
 * loopback port with its own data folder, exactly as `npm start` runs it: for the tests, the
 * benchmarks and `npm run print`. The one place that starts it; the data folder it made is
 * removed when it stops.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/server/net/free-port.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ProductionServer {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server printed (its log), for checks and failure messages. */
  output: () => string;
  /** SIGTERM, as a supervisor stops it; removes the data folder unless the caller gave it. */
  stop: () => Promise<void>;
  /** SIGKILL: no shutdown code runs, as in a crash or an OOM kill. The data folder stays. */
  kill9: () => Promise<void>;
}

export interface StartOptions {
  /** Another checkout's build (a snapshot of dist/ while the tree rebuilds); this project by default. */
  root?: string;
  /** Added to the server's environment. */
  env?: Record<string, string>;
  /** A data folder to reuse (kept after stop); a fresh temporary one by default. */
  dataDir?: string;
  /**
   * 'own': the server runs its own Meilisearch (as `npm start` does). 'none': search points where
   * nothing listens, for tests that do not search (nothing to start, nothing orphaned by kill -9).
   * A host and admin key: an existing Meilisearch (MEILI_HOST), as instances that share one use.
   */
  search?: 'own' | 'none' | { host: string; adminKey: string };
  timeoutMs?: number;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export async function startProductionServer(options: StartOptions = {}): Promise<ProductionServer> {
  const root = options.root ?? projectRoot;
  if (!existsSync(join(root, 'dist', 'server', 'entry.mjs'))) {
    throw new Error(
      `No build in ${join(root, 'dist')}: run \`npm run build\` first (scripts/test.sh builds before the tests).`,
    );
  }
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ocop-server-')));
  const port = await freePort();
  const search =
    options.search === 'none'
      ? { MEILI_HOST: 'http://127.0.0.1:9', MEILI_ADMIN_KEY: '' }
      : typeof options.search === 'object'
        ? { MEILI_HOST: options.search.host, MEILI_ADMIN_KEY: options.search.adminKey }
        : {};
  const child = spawn(process.execPath, [join(root, 'src', 'server', 'start.ts')], {
    cwd: root,
    env: {
      ...process.env,
      ...search,
      ...options.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      OCOP_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const url = `http://127.0.0.1:${port}`;
  const removeData = () => (ownsData ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve());
  const server: ProductionServer = {
    url,
    port,
    dataDir,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited(child);
        clearTimeout(timer);
      }
      await removeData();
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline && child.exitCode === null) {
    const up = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) }).then(
      async (response) => {
        await response.arrayBuffer();
        return true;
      },
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`the production server did not answer ${url}/ in time:\n${output}`);
}
