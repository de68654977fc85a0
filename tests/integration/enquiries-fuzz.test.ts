/**
 * Fuzz: more than a thousand malformed requests to POST /api/enquiries on the real production
 * server. None may get a 5xx, the server must stay up and keep working, and nothing invalid may
 * be stored (every stored enquiry passes the schema again, and matches a 201 that was answered).
 */
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seededRandom } from '../../scripts/lib/random.ts';
import { parseEnquiry } from '../../src/lib/enquiries/schema.ts';
import { paths } from '../../src/lib/paths.ts';
import { contentProducts, type RunningServer, readDatabase, startServer } from './enquiries-server.ts';

const products = contentProducts();
const product = products[0]?.slug ?? '';
const valid = { product, name: 'Nguyễn Văn An', email: 'an@example.vn', consent: true };

// Seeded: the same run every time, so a failure can be replayed.
const rand = seededRandom(20261128).next;
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (max: number) => Math.floor(rand() * max);

const nasty: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  '\u0000',
  '\u202e',
  '\ud800',
  '<script>alert(1)</script>',
  "'; DROP TABLE enquiries; --",
  '=cmd|" /C calc"!A0',
  '../../etc/passwd',
  'x'.repeat(5000),
  '🙂'.repeat(300),
  [],
  [1, 2],
  {},
  { $gt: '' },
  { __proto__: { admin: true } },
];
const fields = [
  'product',
  'lines',
  'name',
  'organization',
  'email',
  'phone',
  'message',
  'quantity',
  'consent',
  'locale',
  'idempotencyKey',
  'fillTime',
  'fax',
];

/** One malformed request: a mutated JSON object, broken JSON, a broken form, or the wrong type. */
function malformed(): { body: string | Uint8Array; type: string } {
  const kind = int(10);
  if (kind <= 4) {
    const value: Record<string, unknown> = { ...valid };
    for (let i = 0, n = 1 + int(3); i < n; i++) {
      const field =
        rand() < 0.15
          ? pick(['__proto__', 'constructor', 'admin', 'Name', 'lines.0.quantity'])
          : pick(fields);
      if (rand() < 0.2) delete value[field];
      else
        value[field] =
          field === 'lines' && rand() < 0.5 ? [{ product, quantity: pick(nasty) }, pick(nasty)] : pick(nasty);
    }
    return { body: JSON.stringify(value), type: 'application/json' };
  }
  if (kind === 5) {
    const text = JSON.stringify(valid);
    return { body: text.slice(0, int(text.length)), type: 'application/json' };
  }
  if (kind === 6) {
    return { body: `${'['.repeat(2000 + int(5000))}`, type: 'application/json' };
  }
  if (kind === 7) {
    // Well-formed text percent-encoded, or raw bytes that are not: a bad escape, invalid UTF-8.
    const value = () =>
      pick([
        encodeURIComponent(String(pick(nasty)).toWellFormed()),
        '%',
        '%ZZ',
        '%C3%28',
        '%FF%FE',
        '%00',
        '+%2B+',
      ]);
    const pairs = Array.from(
      { length: 1 + int(6) },
      () => `${pick([...fields, '%ZZ', '&&', '=='])}=${value()}`,
    );
    if (rand() < 0.3) pairs.push('name=a', 'name=b');
    return { body: pairs.join('&'), type: 'application/x-www-form-urlencoded' };
  }
  if (kind === 8) {
    return {
      body: Uint8Array.from({ length: 1 + int(400) }, () => int(256)),
      type: pick(['application/json', 'application/x-www-form-urlencoded']),
    };
  }
  return {
    body: JSON.stringify(valid),
    type: pick([
      'text/plain',
      'application/xml',
      'multipart/form-data',
      'application/json; charset=utf-16',
      '',
    ]),
  };
}

let server: RunningServer;
let db: DatabaseSync;

beforeAll(async () => {
  server = await startServer({ env: { OCOP_ENQUIRY_RATE_LIMIT: 'off' } });
});
afterAll(async () => {
  db?.close();
  await server?.stop();
});

test('1,200 malformed requests: no 5xx, the server stays up, nothing invalid stored', {
  timeout: 240_000,
}, async () => {
  const statuses = new Map<number, number>();
  const accepted = new Set<string>();
  const requests = Array.from({ length: 1200 }, malformed);
  let next = 0;
  // Eight clients at once, as a burst of bots would.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < requests.length) {
        const { body, type } = requests[next++] as { body: string | Uint8Array; type: string };
        const response = await fetch(`${server.url}${paths.api.enquiries}`, {
          method: 'POST',
          headers: { ...(type ? { 'content-type': type } : {}), origin: server.url },
          body: body as BodyInit,
          redirect: 'manual',
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500)
          throw new Error(`${response.status} for ${String(body).slice(0, 300)}\n${server.output()}`);
        if (response.status === 201)
          for (const id of ((await response.json()) as { ids: string[] }).ids) accepted.add(id);
        else await response.arrayBuffer();
      }
    }),
  );
  console.log(`fuzz statuses: ${JSON.stringify(Object.fromEntries(statuses))}, stored: ${accepted.size}`);
  expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(800);

  // Still up, and still doing its job.
  expect((await fetch(`${server.url}/`)).status).toBe(200);
  const ok = await fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ ...valid, name: 'After the fuzz' }),
  });
  expect(ok.status).toBe(201);
  for (const id of ((await ok.json()) as { ids: string[] }).ids) accepted.add(id);

  // Every stored enquiry was acknowledged, and is valid by the schema the API uses.
  db = readDatabase(server.dataDir);
  const rows = db.prepare('SELECT * FROM enquiries').all() as Record<string, string | null>[];
  const lines = db.prepare('SELECT * FROM enquiry_lines').all() as Record<string, string | number | null>[];
  const known = new Set(products.map((p) => p.slug));
  for (const row of rows) {
    expect(accepted.has(row.id as string)).toBe(true);
    const own = lines.filter((l) => l.enquiry_id === row.id);
    const input = {
      product: own[0]?.product,
      name: row.name,
      consent: true,
      ...Object.fromEntries(
        ['organization', 'email', 'phone', 'message', 'quantity'].flatMap((k) =>
          row[k] === null ? [] : [[k, row[k]]],
        ),
      ),
    };
    const result = parseEnquiry(input, { isKnownProduct: (slug) => known.has(slug) });
    expect(result.ok, JSON.stringify({ row, errors: !result.ok && result.errors })).toBe(true);
  }
  expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
});
