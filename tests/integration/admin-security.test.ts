/**
 * What an outside security review found in the inbox and the server, each kept fixed: the open
 * redirect of folder URLs, sign-in limits passed by concurrency or by another spelling of the
 * email, an account kept locked by a stranger, a session cookie whose Secure flag followed the
 * Host header, `?next=` with a line break, and private files created readable by everyone.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../scripts/lib/production-server.ts';
import { paths } from '../../src/lib/paths.ts';
import { databaseFile } from '../../src/server/storage/sqlite/database.ts';
import { addUser, type RunningServer, startServer } from './enquiries-server.ts';

const password = 'the staff password 2026';
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

async function server(env: Record<string, string> = {}) {
  const started = await startServer({ env });
  servers.push(started);
  addUser(started.dataDir, 'staff@example.org', password, 'staff');
  return started;
}

/** A raw request (fetch would normalise the path, and forbids setting Host). */
function raw(
  base: RunningServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: base.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: {
          ...(options.body ? { 'content-length': Buffer.byteLength(options.body) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const loginPath = `${paths.admin.login}/`;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const signIn = (
  base: RunningServer,
  email: string,
  secret: string,
  headers: Record<string, string> = {},
  path = loginPath,
) =>
  raw(base, {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base.url, ...headers },
    body: form({ email, password: secret }),
  });

describe('folder redirects', () => {
  test('are built from the path as sent, so an encoded slash cannot make them leave the site', async () => {
    const base = await server();
    const encoded = await raw(base, { path: '/%2fevil.example%2f..%2fen' });
    expect(encoded.status).toBe(301);
    expect(encoded.headers.location).toBe('/%2fevil.example%2f..%2fen/');
    const doubled = await raw(base, { path: '//evil.example/en' });
    expect(String(doubled.headers.location ?? '')).not.toMatch(/^\/\//);
    const plain = await raw(base, { path: '/en?x=1' });
    expect(plain.headers.location).toBe('/en/?x=1');
  });
});

describe('sign-in limits', () => {
  test('concurrent wrong passwords from one address are all counted: the limit holds', async () => {
    const base = await server({ OCOP_LOGIN_RATE_LIMIT: '10/900' });
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signIn(base, `nobody${i}@example.org`, 'wrong password')),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
  });

  test('every spelling of an email counts against the one account', async () => {
    const base = await server({ OCOP_LOGIN_RATE_LIMIT: '10/900', TRUST_PROXY: 'true' });
    const spellings = [' staff@example.org', 'STAFF@example.org', 'staff@example.org ', 'Staff@Example.Org'];
    for (const [i, email] of spellings.entries()) {
      expect((await signIn(base, email, 'wrong', { 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(401);
    }
    const db = new DatabaseSync(databaseFile(base.dataDir), { readOnly: true });
    try {
      const rows = db.prepare("SELECT key, state FROM counters WHERE key LIKE 'login-account:%'").all() as {
        key: string;
        state: string;
      }[];
      expect(rows.map((r) => JSON.parse(r.state).failures)).toEqual([spellings.length]);
      // Counted under a keyed hash: neither the email nor the addresses are in the database.
      const all = JSON.stringify(db.prepare('SELECT * FROM counters').all());
      expect(all).not.toMatch(/staff@|203\.0\.113/);
    } finally {
      db.close();
    }
  });

  test('an account under attack is slowed down, not locked: the right password still signs in', async () => {
    const base = await server({ OCOP_LOGIN_RATE_LIMIT: '3/900', TRUST_PROXY: 'true' });
    // A stranger fails more than the limit, from many addresses, and keeps trying.
    for (let i = 0; i < 4; i++) {
      await signIn(base, 'staff@example.org', `guess ${i}`, { 'x-forwarded-for': `198.51.100.${i}` });
    }
    const owner = await signIn(base, 'staff@example.org', password, { 'x-forwarded-for': '192.0.2.7' });
    expect(owner.status).toBe(303);
    expect(owner.headers.location).toBe(paths.admin.home);
  }, 60_000);
});

describe('the session cookie', () => {
  const cookieOf = (answer: { headers: Record<string, string | string[] | undefined> }) =>
    String(answer.headers['set-cookie'] ?? '');

  test('is Secure when SITE_URL is https, whatever Host a proxy forwards', async () => {
    const base = await server({ SITE_URL: 'https://ocop.example.vn' });
    const cookie = cookieOf(
      await signIn(base, 'staff@example.org', password, {
        host: `localhost:${base.port}`,
        origin: 'https://ocop.example.vn',
      }),
    );
    expect(cookie).toMatch(/^__Secure-ocop_admin=/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/admin');
  });

  test('on an http site, follows X-Forwarded-Proto only from a trusted proxy', async () => {
    const trusted = await server({ SITE_URL: 'http://127.0.0.1', TRUST_PROXY: 'true' });
    const viaTls = cookieOf(
      await signIn(trusted, 'staff@example.org', password, {
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '192.0.2.1',
      }),
    );
    expect(viaTls).toMatch(/^__Secure-ocop_admin=.*; Secure/);
    const plain = cookieOf(
      await signIn(trusted, 'staff@example.org', password, { 'x-forwarded-for': '192.0.2.2' }),
    );
    expect(plain).toMatch(/^ocop_admin=/);
    expect(plain).not.toContain('Secure');

    const untrusted = await server({ SITE_URL: 'http://127.0.0.1' });
    const claimed = cookieOf(
      await signIn(untrusted, 'staff@example.org', password, { 'x-forwarded-proto': 'https' }),
    );
    expect(claimed).not.toContain('Secure');
  });
});

test('a ?next= with an encoded line break or another host is refused up front: back to the inbox', async () => {
  const base = await server();
  // As they arrive in the query string: %0d%0a is a real line break once decoded.
  for (const next of [
    '/admin/%0d%0aSet-Cookie:%20x=1',
    '%2F%2Fevil.example%2Fadmin%2F',
    '/admin/%5Cevil',
    'https://evil.example/admin/',
  ]) {
    const answer = await signIn(base, 'staff@example.org', password, {}, `${loginPath}?next=${next}`);
    expect(answer.status, next).toBe(303);
    expect(answer.headers.location, next).toBe(paths.admin.home);
  }
  const kept = await signIn(
    base,
    'staff@example.org',
    password,
    {},
    `${loginPath}?next=${encodeURIComponent('/admin/?status=new')}`,
  );
  expect(kept.headers.location).toBe('/admin/?status=new');
});

describe('private files', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;

  test('the data folder (0700) and the database (0600), when `npm run users` creates them first', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'ocop-perms-')), 'data');
    try {
      execFileSync(process.execPath, ['scripts/users.ts', 'list'], {
        cwd: projectRoot,
        env: { ...process.env, OCOP_DATA_DIR: dataDir },
      });
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(databaseFile(dataDir))).toBe(0o600);
    } finally {
      await rm(join(dataDir, '..'), { recursive: true, force: true });
    }
  });

  test('and when the server creates them with an external Meilisearch', async () => {
    const base = await server();
    expect(mode(base.dataDir)).toBe(0o700);
    expect(mode(databaseFile(base.dataDir))).toBe(0o600);
    expect(mode(`${databaseFile(base.dataDir)}-wal`)).toBe(0o600);
  });
});
