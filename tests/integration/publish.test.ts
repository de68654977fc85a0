/**
 * Publishing without downtime, on the real server: `npm run publish` builds a new release while
 * the site serves (requests keep coming the whole time and none fails), the server switches to
 * it, `--rollback` returns to the previous one, and staff can start it from the admin while a
 * producer cannot. The releases differ by SITE_URL, which every page's canonical link shows.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ProductionServer,
  projectRoot,
  startProductionServer,
} from '../../scripts/lib/production-server.ts';
import { paths } from '../../src/lib/paths.ts';
import { buildsDir, readPointer } from '../../src/server/release/releases.ts';
import { addUser, contentProducts } from './enquiries-server.ts';

let server: ProductionServer;
const made: string[] = [];

beforeAll(async () => {
  // With its own Meilisearch, as `npm start` runs: the publish reindexes it.
  server = await startProductionServer({ env: { OCOP_ENQUIRY_RATE_LIMIT: 'off' } });
  addUser(server.dataDir, 'staff@example.org', 'the staff password 2026', 'staff');
  addUser(
    server.dataDir,
    'coop@example.org',
    'the coop password 2026',
    'producer',
    contentProducts()[0]?.producer,
  );
});
afterAll(async () => {
  const builds = server && buildsDir(server.dataDir);
  await server?.stop();
  if (builds) await rm(builds, { recursive: true, force: true });
});

/** `npm run publish` for the server's data folder, as an operator runs it. */
const publish = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      ['scripts/publish.ts', ...args],
      { cwd: projectRoot, env: { ...process.env, OCOP_DATA_DIR: server.dataDir, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });

const canonical = async () => {
  const html = await (await fetch(`${server.url}/`)).text();
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
};

const eventually = async (check: () => Promise<boolean>, what: string, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** Requests a visitor and a buyer make, over and over until stopped; every failure is kept. */
function traffic() {
  const failures: string[] = [];
  let running = true;
  let count = 0;
  const product = contentProducts()[0]?.slug ?? '';
  const one = async (i: number) => {
    const request =
      i % 3 === 0
        ? fetch(`${server.url}${paths.product('vi', product)}`)
        : i % 3 === 1
          ? fetch(`${server.url}/api/search/?q=mien`)
          : fetch(`${server.url}${paths.api.enquiries}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', origin: server.url },
              body: JSON.stringify({
                product,
                name: `During publish ${i}`,
                phone: '0912 345 678',
                consent: true,
              }),
            });
    const response = await request.catch((error: Error) => error);
    count++;
    if (response instanceof Error) failures.push(`${i}: ${response.message}`);
    else {
      await response.arrayBuffer();
      if (response.status >= 400) failures.push(`${i}: ${response.status}`);
    }
  };
  const loop = (async () => {
    for (let i = 0; running; i++)
      await Promise.all([one(i * 4), one(i * 4 + 1), one(i * 4 + 2), one(i * 4 + 3)]);
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { failures, count };
    },
  };
}

describe('npm run publish', () => {
  test('builds beside the live site, switches the server, and no request fails meanwhile', async () => {
    expect(await canonical()).toMatch(/^https:\/\/ocop\.backan\.example\//);
    const load = traffic();
    const result = await publish([], { SITE_URL: 'https://first.example' });
    const { failures, count } = await load.stop();
    expect(result.code, result.output).toBe(0);
    const first = await readPointer(server.dataDir, 'current');
    expect(first).toBeDefined();
    made.push(first as string);
    await eventually(
      async () => (await canonical())?.startsWith('https://first.example/') ?? false,
      'the switch',
    );
    expect(count).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 240_000);

  test('a second publish keeps the first as previous, and --rollback returns to it', async () => {
    const second = await publish([], { SITE_URL: 'https://second.example' });
    expect(second.code, second.output).toBe(0);
    made.push((await readPointer(server.dataDir, 'current')) as string);
    await eventually(
      async () => (await canonical())?.startsWith('https://second.example/') ?? false,
      'the switch',
    );

    const back = await publish(['--rollback']);
    expect(back.code, back.output).toBe(0);
    await eventually(
      async () => (await canonical())?.startsWith('https://first.example/') ?? false,
      'the rollback',
    );
    expect(await readPointer(server.dataDir, 'previous')).toBe(made[1]);
  }, 240_000);
});

describe('publishing from the admin', () => {
  /** Signs in and returns a fetch that keeps the session cookie and sends the site's Origin. */
  async function signIn(email: string, password: string) {
    const login = await fetch(`${server.url}${paths.admin.login}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ email, password }),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return (path: string, form?: Record<string, string>) =>
      fetch(`${server.url}${path}`, {
        method: form ? 'POST' : 'GET',
        headers: { cookie, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
        ...(form ? { body: new URLSearchParams(form) } : {}),
        redirect: 'manual',
      });
  }
  const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

  test('staff start it with the button, see its progress, and a second start while it runs is refused', async () => {
    const staff = await signIn('staff@example.org', 'the staff password 2026');
    const page = await (await staff(paths.admin.publish)).text();
    const csrf = csrfOf(page);
    const started = await (await staff(paths.admin.publish, { csrf, action: 'publish' })).text();
    expect(started).toContain('data-publish-state="running"');
    expect(started).toContain('http-equiv="refresh"');
    const again = await (await staff(paths.admin.publish, { csrf, action: 'publish' })).text();
    expect(again).toMatch(/Đang có một lần xuất bản khác|Another publish is running/);
    await eventually(
      async () =>
        (await (await staff(paths.admin.publish)).text()).includes('data-publish-state="succeeded"'),
      'the publish to finish',
      180_000,
    );
    made.push((await readPointer(server.dataDir, 'current')) as string);
  }, 240_000);

  test('a producer account is told the page is for staff, and cannot start one', async () => {
    const coop = await signIn('coop@example.org', 'the coop password 2026');
    const page = await coop(paths.admin.publish);
    expect(page.status).toBe(403);
    const refused = await coop(paths.admin.publish, { csrf: 'x', action: 'publish' });
    expect(refused.status).toBe(403);
    expect(await readPointer(server.dataDir, 'current')).toBe(made.at(-1));
  });
});
