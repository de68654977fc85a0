/**
 * A throwaway PostgreSQL server for the tests and benchmarks: Debian's `postgresql` binaries,
 * `initdb` on a temporary folder, listening on a free loopback port (no Unix socket), password
 * authentication, and everything removed when it stops. PostgreSQL refuses to run as root, so
 * as root its commands run as the `postgres` user. fsync and synchronous_commit stay on, as in
 * production: an acknowledged commit is on disk.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from '../../src/server/net/free-port.ts';

const run = promisify(execFile);

export interface PostgresServer {
  port: number;
  /** The URL of the maintenance database `postgres`, as the superuser (for createDatabase). */
  url: string;
  /** Stops the server the way a power cut would (no checkpoint), then starts it again: it recovers from its WAL. */
  crashAndRecover(): Promise<void>;
  /** Stops the server and removes its files. */
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's binaries (Debian keeps each major in /usr/lib/postgresql/N/bin). */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!majors[0]) {
    throw new Error(
      'PostgreSQL is needed (Debian: apt-get install postgresql; scripts/ensure-test-env.sh installs it)',
    );
  }
  return join(root, majors[0], 'bin');
}

/** The postgres user's ids when running as root, whose commands then run as that user. */
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

/** Runs one statement on the server of `url`, in its maintenance database. */
async function onServer(url: string, statement: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const sql = postgres(maintenance.href, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end();
  }
}

/** Creates an empty database with a fresh name (`prefix_` and random letters) and answers its URL. */
export async function createDatabase(serverUrl: string, prefix = 'ocop'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** Drops the database of `url`, closing whatever is still connected to it. */
export async function dropDatabase(url: string): Promise<void> {
  await onServer(url, `DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const user = await postgresUser();
  const command = (name: string, args: string[]) =>
    user ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), args);

  const dir = await mkdtemp(join(tmpdir(), 'ocop-postgres-'));
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('base64url');
  const passwordFile = join(dir, 'password');
  await writeFile(passwordFile, password, { mode: 0o600 });
  if (user) await Promise.all([dir, passwordFile].map((path) => chown(path, user.uid, user.gid)));
  await chmod(dir, 0o700);
  await command('initdb', [
    '--pgdata',
    data,
    '--username',
    'postgres',
    '--auth',
    'scram-sha-256',
    '--pwfile',
    passwordFile,
    '--encoding',
    'UTF8',
    '--locale',
    'C.UTF-8',
  ]);
  const port = await freePort();
  // Appended to the file initdb made, so the postgres user still owns it.
  await appendFile(
    join(data, 'postgresql.conf'),
    `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n`,
  );
  const pgCtl = (...args: string[]) =>
    command('pg_ctl', ['--pgdata', data, '--log', join(dir, 'log'), ...args]);
  await pgCtl('--wait', 'start');

  return {
    port,
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async crashAndRecover() {
      await pgCtl('--mode', 'immediate', 'stop');
      await pgCtl('--wait', 'start');
    },
    async stop() {
      await pgCtl('--mode', 'fast', 'stop').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
