/**
 * What the proxy, the supervisor and the log collector see of the production server: GET /healthz
 * (200 when database and search answer, 503 naming the part that does not, never cached, nothing
 * else said), and one JSON line per request on standard output.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type RunningServer, startServer } from './enquiries-server.ts';

let server: RunningServer;

// Search points where nothing listens (the harness's 'none'): the database answers, search does not.
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

test('/healthz: 503 naming search when it cannot be reached, and nothing more', async () => {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(503);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'unavailable', database: 'ok', search: 'unreachable' });
  const head = await fetch(`${server.url}/healthz`, { method: 'HEAD' });
  expect(head.status).toBe(503);
});

test('one JSON line per request, without the query', async () => {
  const response = await fetch(`${server.url}/healthz?token=secret-value`);
  await response.arrayBuffer();
  // Lines are written once per turn of the server's event loop.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const lines = server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines).toContainEqual(
    expect.objectContaining({ level: 'info', msg: 'request', method: 'GET', path: '/healthz', status: 503 }),
  );
  expect(server.output()).not.toContain('secret-value');
});
