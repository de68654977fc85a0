/**
 * Two instances of the site, as behind a reverse proxy: two production servers with the same
 * DATABASE_URL (the run's PostgreSQL) and the same external Meilisearch. Enquiries alternate
 * between them and one is killed with SIGKILL mid-burst: every acknowledged enquiry is stored
 * exactly once, and so is every retry; a session made on one works on the other; a rate limit
 * counts requests to both; a tracking page one keeps in memory shows what went through the
 * other at once; the day's scheduled job is run by one of them, once; and each says on
 * /healthz whether it reaches the database and search.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startProductionServer } from '../../scripts/lib/production-server.ts';
import { trackingText } from '../../src/lib/i18n/tracking.ts';
import { paths } from '../../src/lib/paths.ts';
import { meiliAdmin } from '../support/meilisearch.ts';
import { dropDatabase, freshDatabase } from '../support/postgres.ts';
import { addUser, contentProducts, type RunningServer } from './enquiries-server.ts';

const product = contentProducts()[0]?.slug ?? '';
const servers: RunningServer[] = [];
let databaseUrl: string;
let db: postgres.Sql;
let a: RunningServer;
let b: RunningServer;

// Behind a proxy: the client address is the X-Forwarded-For the proxy appends. The burst gives
// every request an address of its own, so only the rate-limit test meets the limit.
const start = () => {
  const { host, apiKey } = meiliAdmin();
  return startProductionServer({
    search: { host, adminKey: apiKey },
    env: { DATABASE_URL: databaseUrl, TRUST_PROXY: 'true', OCOP_ENQUIRY_RATE_LIMIT: '5/600' },
  }).then((server) => {
    servers.push(server);
    return server;
  });
};

beforeAll(async () => {
  databaseUrl = await freshDatabase();
  db = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  // One after the other: the first builds the search index if it is missing, the second finds it.
  a = await start();
  b = await start();
}, 240_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.end();
});

const enquire = (server: RunningServer, key: string, name: string, client: string) =>
  fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: server.url,
      'idempotency-key': key,
      'x-forwarded-for': client,
    },
    body: JSON.stringify({ product, name, phone: '0912 345 678', message: 'Xin báo giá.', consent: true }),
  });

/** A client address of its own for request i (documentation ranges, only ever in a header). */
const address = (i: number) => `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`;

test('enquiries alternate between the two, one is killed mid-burst: each acknowledged one stored once', {
  timeout: 180_000,
}, async () => {
  const keys = Array.from({ length: 800 }, (_, i) => `two-${i}-${crypto.randomUUID()}`);
  const acknowledged = new Map<string, string>();
  let next = 0;
  let killed = false;
  let retried = 0;

  // Sixteen clients; each request goes to A or B in turn. When A is gone, the client retries the
  // same key on B, as a proxy or the fair mode's queue would: stored once whether A had committed it or not.
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < keys.length) {
        const i = next++;
        const key = keys[i] as string;
        const first = i % 2 === 0 ? a : b;
        let response = await enquire(first, key, `Two ${i}`, address(i)).catch(() => undefined);
        if (!response) {
          expect(first).toBe(a);
          retried++;
          response = await enquire(b, key, `Two ${i}`, address(i));
        }
        expect(response.status).toBe(201);
        const { ids } = (await response.json()) as { ids: string[] };
        acknowledged.set(key, ids[0] as string);
        if (acknowledged.size === 200 && !killed) {
          killed = true;
          void a.kill9();
        }
      }
    }),
  );
  expect(killed).toBe(true);
  expect(retried).toBeGreaterThan(0);
  expect(acknowledged.size).toBe(keys.length);

  const rows = await db<
    { id: string; name: string }[]
  >`SELECT id, name FROM enquiries WHERE name LIKE 'Two %'`;
  expect(rows).toHaveLength(keys.length);
  const stored = new Set(rows.map((r) => r.id));
  expect([...acknowledged.values()].filter((id) => !stored.has(id))).toEqual([]);

  // Replays of the first 100 keys, on the survivor: the same references, nothing new stored.
  for (const [i, key] of keys.slice(0, 100).entries()) {
    const response = await enquire(b, key, `Two ${i}`, address(i));
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(((await response.json()) as { ids: string[] }).ids[0]).toBe(acknowledged.get(key));
  }
  const [count] = await db<
    { n: number }[]
  >`SELECT count(*)::integer AS n FROM enquiries WHERE name LIKE 'Two %'`;
  expect(count?.n).toBe(keys.length);

  // A restarted A shares everything again.
  a = await start();
});

test('a session made on one instance works on the other', async () => {
  const env = { DATABASE_URL: databaseUrl };
  addUser(a.dataDir, 'staff@example.org', 'staff password 2026', 'staff', undefined, env);
  const loginPage = await fetch(`${a.url}${paths.admin.login}`);
  await loginPage.arrayBuffer();
  const signIn = await fetch(loginPage.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: a.url },
    body: new URLSearchParams({ email: 'staff@example.org', password: 'staff password 2026' }),
    redirect: 'manual',
  });
  expect(signIn.status).toBe(303);
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  expect(cookie).not.toBe('');

  const inbox = await fetch(`${b.url}${paths.admin.home}`, { headers: { cookie }, redirect: 'manual' });
  expect(inbox.status).toBe(200);
  expect(await inbox.text()).toContain('staff@example.org');
  const anonymous = await fetch(`${b.url}${paths.admin.home}`, { redirect: 'manual' });
  await anonymous.arrayBuffer();
  expect(anonymous.status).toBe(303);
});

test('a rate limit counts the requests to both instances', async () => {
  const client = '203.0.113.77';
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) {
    const response = await enquire(i % 2 ? b : a, `limit-${i}-${crypto.randomUUID()}`, `Limit ${i}`, client);
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  // 5 per 10 minutes for the client, wherever its requests land.
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
});

test("a buyer's reply or closing through one instance shows at once on the other's tracking page, kept in memory there", async () => {
  const client = '203.0.113.90';
  const sent = await enquire(a, `track-${crypto.randomUUID()}`, 'Track', client);
  const { ids, trackingUrl } = (await sent.json()) as { ids: string[]; trackingUrl: string };
  const path = new URL(trackingUrl).pathname;
  const onA = async (pagePath = path) => {
    const response = await fetch(`${a.url}${pagePath}`);
    return { status: response.status, html: await response.text() };
  };
  const toB = (body: object) =>
    fetch(`${b.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: b.url, 'x-forwarded-for': client },
      body: JSON.stringify({ enquiry: ids[0], ...body }),
    });
  // Rendered, then answered from A's memory.
  expect((await onA()).status).toBe(200);
  expect((await onA()).html).not.toContain('Trả lời qua B');

  expect((await toB({ message: 'Trả lời qua B' })).status).toBe(201);
  expect((await onA()).html).toContain('Trả lời qua B');
  expect((await toB({ action: 'close', confirm: 'yes' })).status).toBe(200);
  expect((await onA()).html).toContain(trackingText.vi.closedNotice);
  // Another token is no page on either, however many times this one was read.
  expect((await onA(path.replace(/[\w-]{5}\/$/, 'AAAAA/'))).status).toBe(404);
});

test("the day's scheduled job ran once, on one instance, and the restart did not run it again", async () => {
  const runs = await db<{ job: string; finished: boolean }[]>`
    SELECT job, finished_at IS NOT NULL AS finished FROM job_runs WHERE job = 'retention'`;
  expect(runs).toEqual([{ job: 'retention', finished: true }]);
  const jobLines = servers.flatMap((s) =>
    s
      .output()
      .split('\n')
      .filter((line) => line.includes('"msg":"job"') && line.includes('"job":"retention"')),
  );
  expect(jobLines).toHaveLength(1);
  expect(JSON.parse(jobLines[0] as string)).toMatchObject({ job: 'retention', level: 'info' });
});

test('/healthz: 200 on both; 503 naming the database once it is gone', async () => {
  for (const server of [a, b]) {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', search: 'ok' });
  }
  await db.end();
  await dropDatabase(databaseUrl);
  const response = await fetch(`${a.url}/healthz`);
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
});
