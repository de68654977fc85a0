/**
 * The real production server (scripts/start.ts over dist/) for the enquiry tests and benchmark,
 * each with its own data folder and port. Search points at an address where nothing listens
 * (the enquiry tests do not search), so no Meilisearch process is started or orphaned by kill -9.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

// Another checkout's build can be run instead (a snapshot of dist/ while others rebuild the tree).
const root = process.env.OCOP_SERVER_ROOT
  ? new URL(`file://${process.env.OCOP_SERVER_ROOT.replace(/\/?$/, '/')}`)
  : new URL('../../', import.meta.url);
const node = process.execPath;

export interface RunningServer {
  url: string;
  origin: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server printed, for diagnosing a failure. */
  output: () => string;
  stop: () => Promise<void>;
  /** SIGKILL: no shutdown code runs, as in a crash or an OOM kill. */
  kill9: () => Promise<void>;
}

export function requireBuild(): void {
  if (!existsSync(new URL('dist/server/entry.mjs', root))) {
    throw new Error(
      'dist/ is missing: these tests run the production server; run `astro build` first (scripts/test.sh does).',
    );
  }
}

export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'ocop-enquiries-'));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export async function startServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  requireBuild();
  const dataDir = options.dataDir ?? tempDataDir();
  const port = await freePort();
  const child = spawn(node, ['scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      OCOP_DATA_DIR: dataDir,
      MEILI_HOST: 'http://127.0.0.1:9',
      MEILI_ADMIN_KEY: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const response = await fetch(`${origin}/`);
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url: origin,
    origin,
    dataDir,
    child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/** An inbox account made with the real command (`npm run users -- add …`). */
export function addUser(
  dataDir: string,
  email: string,
  password: string,
  role: 'staff' | 'producer',
  producer?: string,
) {
  const args = [
    'scripts/users.ts',
    'add',
    email,
    '--role',
    role,
    ...(producer ? ['--producer', producer] : []),
  ];
  execFileSync(node, args, {
    cwd: root,
    env: { ...process.env, OCOP_DATA_DIR: dataDir, OCOP_PASSWORD: password },
  });
}

export interface ContentProduct {
  slug: string;
  producer: string;
  minimumOrder?: { amount: number; unit: string };
}

/** Products from the content the build was made from (the tests pick theirs from it). */
export function contentProducts(): ContentProduct[] {
  const dir = new URL('content/products/', root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ContentProduct & {
        trade: { minimumOrder?: { amount: number; unit: string } };
      };
      return {
        slug: f.replace(/\.json$/, ''),
        producer: data.producer,
        ...(data.trade.minimumOrder ? { minimumOrder: data.trade.minimumOrder } : {}),
      };
    });
}

export function producerEmail(slug: string): string | undefined {
  const data = JSON.parse(readFileSync(new URL(`content/producers/${slug}.json`, root), 'utf8')) as {
    contacts: { email?: string };
  };
  return data.contacts.email;
}

/** Opens the server's database file read-only, the way an operator would inspect it. */
export function readDatabase(dataDir: string): DatabaseSync {
  return new DatabaseSync(join(dataDir, 'ocop.sqlite'), { readOnly: true });
}

/** A response read to the end: an unread body would keep its connection busy between tests. */
export interface Answer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  text: () => Promise<string>;
  json: () => Promise<unknown>;
}

export async function answer(response: Response): Promise<Answer> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // ignoreBOM: keep a byte-order mark in the text, where a test can see it.
  const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: async () => body,
    json: async () => JSON.parse(body),
  };
}
