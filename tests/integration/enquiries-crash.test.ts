/**
 * Crash: the production server is killed with SIGKILL in the middle of a burst of enquiries.
 * After a restart on the same data folder, every enquiry that was acknowledged (201) is there,
 * the database is intact, and retrying the unanswered ones with their keys stores each once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { contentProducts, type RunningServer, readDatabase, startServer } from './enquiries-server.ts';

const product = contentProducts()[0]?.slug ?? '';
const servers: RunningServer[] = [];
// Shared by both servers, so owned here and removed at the end.
const dataDir = mkdtempSync(join(tmpdir(), 'ocop-crash-'));

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dataDir, { recursive: true, force: true });
});

const send = (server: RunningServer, key: string, i: number) =>
  fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, 'idempotency-key': key },
    body: JSON.stringify({
      product,
      name: `Burst ${i}`,
      phone: '0912 345 678',
      message: 'x'.repeat(500),
      consent: true,
    }),
  });

test('every acknowledged enquiry survives kill -9', { timeout: 120_000 }, async () => {
  const first = await startServer({ dataDir, env: { OCOP_ENQUIRY_RATE_LIMIT: 'off' } });
  servers.push(first);
  const keys = Array.from({ length: 3000 }, (_, i) => `crash-${i}-${crypto.randomUUID()}`);
  const acknowledged = new Map<string, string>();
  let next = 0;
  let killed = false;

  // Sixteen clients send until the server dies; the kill lands after 300 acknowledgements.
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < keys.length) {
        const i = next++;
        const key = keys[i] as string;
        try {
          const response = await send(first, key, i);
          if (response.status !== 201) throw new Error(`unexpected ${response.status}`);
          const { ids } = (await response.json()) as { ids: string[] };
          acknowledged.set(key, ids[0] as string);
          if (acknowledged.size === 300 && !killed) {
            killed = true;
            void first.kill9();
          }
        } catch (error) {
          if (!killed) throw error;
          return;
        }
      }
    }),
  );
  await first.kill9();
  expect(killed).toBe(true);
  expect(acknowledged.size).toBeGreaterThanOrEqual(300);

  const second = await startServer({ dataDir, env: { OCOP_ENQUIRY_RATE_LIMIT: 'off' } });
  servers.push(second);
  const db = readDatabase(dataDir);
  try {
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    const stored = new Set(
      (db.prepare('SELECT id FROM enquiries').all() as { id: string }[]).map((r) => r.id),
    );
    const missing = [...acknowledged.values()].filter((id) => !stored.has(id));
    expect(missing).toEqual([]);

    // Retry the first 400 keys, acknowledged or not: each ends up stored exactly once.
    const retried = keys.slice(0, 400);
    for (const [i, key] of retried.entries()) {
      const response = await send(second, key, i);
      expect(response.status).toBe(201);
      const { ids } = (await response.json()) as { ids: string[] };
      if (acknowledged.has(key)) expect(ids[0]).toBe(acknowledged.get(key));
    }
    const counts = db
      .prepare(
        `SELECT name, count(*) AS n FROM enquiries WHERE name IN (${retried.map(() => '?').join(',')}) GROUP BY name`,
      )
      .all(...retried.map((_, i) => `Burst ${i}`)) as { name: string; n: number }[];
    expect(counts).toHaveLength(400);
    expect(counts.filter((c) => c.n !== 1)).toEqual([]);
  } finally {
    db.close();
  }
});
