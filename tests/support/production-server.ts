/**
 * The production server (scripts/start.ts on the last build) in a child process, on a free port
 * with a throwaway data folder: its own Meilisearch, reindexed from dist/search/documents.json,
 * exactly as `npm start` runs it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type RunningMeili } from '../../src/lib/search/meili-process.server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningSite {
  url: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output: string[];
  /** The Meilisearch the site runs now (it changes when it is restarted). */
  meili: () => Promise<RunningMeili>;
  masterKey: () => Promise<string>;
  stop: () => Promise<void>;
}

export async function startSite(env: Record<string, string> = {}): Promise<RunningSite> {
  if (!existsSync(join(root, 'dist/server/entry.mjs'))) {
    throw new Error(
      'No build in dist/: run `npm run build` first (scripts/test.sh builds before the tests).',
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'ocop-site-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', OCOP_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output.join('')}`);
    const ok = await fetch(`${url}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }

  const meiliDir = join(dataDir, 'meili');
  return {
    url,
    dataDir,
    output,
    meili: async () => JSON.parse(await readFile(join(meiliDir, 'meilisearch.json'), 'utf8')) as RunningMeili,
    masterKey: async () => (await readFile(join(meiliDir, 'master-key'), 'utf8')).trim(),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
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
