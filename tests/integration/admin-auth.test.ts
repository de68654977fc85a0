/**
 * The inbox on the real server: who may see and change what (staff, a producer, no session,
 * another producer's enquiry), CSRF, login limits, cookies, and buyers' text shown as text.
 */
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import {
  addUser,
  answer,
  type RunningServer,
  readDatabase,
  InboxSession as Session,
  startServer,
  twoProducers,
} from './enquiries-server.ts';

const { mine, theirs } = twoProducers();

const password = { staff: 'staff password 2026', producer: 'producer password 2026' };
let server: RunningServer;
let db: DatabaseSync;
let ownId: string;
let otherId: string;

async function enquire(product: string, name: string): Promise<string> {
  const response = await fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({
      product,
      name,
      email: 'buyer@example.vn',
      message: '=HYPERLINK("http://x")',
      consent: true,
    }),
  });
  const { ids } = (await response.json()) as { ids: string[] };
  return ids[0] as string;
}

async function signedIn(email: string, secret: string) {
  const session = new Session(server);
  const response = await session.login(email, secret);
  expect(response.status).toBe(303);
  return session;
}

beforeAll(async () => {
  server = await startServer({ env: { OCOP_LOGIN_RATE_LIMIT: '6/3600' } });
  addUser(server.dataDir, 'staff@example.org', password.staff, 'staff');
  addUser(server.dataDir, 'coop@example.org', password.producer, 'producer', mine.producer);
  ownId = await enquire(mine.slug, '<script>alert("xss")</script>');
  otherId = await enquire(theirs.slug, 'Buyer of the other producer');
  db = readDatabase(server.dataDir);
});
afterAll(async () => {
  db?.close();
  await server?.stop();
});

describe('without a session', () => {
  test('the inbox and an enquiry send you to the login page; the CSV is refused', async () => {
    const anonymous = new Session(server);
    for (const path of [paths.admin.home, paths.admin.enquiry(ownId)]) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toContain(`${paths.admin.login}?next=`);
    }
    expect((await anonymous.get(paths.admin.csv)).status).toBe(401);
    expect(
      (await anonymous.post(paths.admin.enquiry(ownId), { action: 'status', status: 'closed', csrf: 'x' }))
        .status,
    ).toBe(303);
    expect(db.prepare('SELECT status FROM enquiries WHERE id = ?').get(ownId)).toEqual({ status: 'new' });
  });

  test('a wrong password is refused without saying which part was wrong', async () => {
    const session = new Session(server);
    const wrong = await session.login('staff@example.org', 'not the password');
    const unknown = await session.login('nobody@example.org', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.text()).toContain('Email hoặc mật khẩu không đúng.');
  });

  test('a login from another site is refused', async () => {
    const response = await new Session(server).login(
      'staff@example.org',
      password.staff,
      'https://evil.example',
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('staff', () => {
  test('see every enquiry, and the buyer’s text as text', async () => {
    const staff = await signedIn('staff@example.org', password.staff);
    const html = await (await staff.get(paths.admin.home)).text();
    expect(html).toContain(`data-enquiry="${ownId}"`);
    expect(html).toContain(`data-enquiry="${otherId}"`);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert');
    const detail = await staff.get(paths.admin.enquiry(otherId));
    expect(detail.status).toBe(200);
  });

  test('export every enquiry as CSV with a BOM, formula cells neutralised', async () => {
    const staff = await signedIn('staff@example.org', password.staff);
    const response = await staff.get(paths.admin.csv);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await response.text();
    expect(csv).toContain(ownId);
    expect(csv).toContain(otherId);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)"=/m);
  });

  test('filter by producer', async () => {
    const staff = await signedIn('staff@example.org', password.staff);
    const html = await (await staff.get(`${paths.admin.home}?producer=${theirs.producer}`)).text();
    expect(html).toContain(`data-enquiry="${otherId}"`);
    expect(html).not.toContain(`data-enquiry="${ownId}"`);
  });
});

describe('a producer', () => {
  test('sees only enquiries for its own products, in the list and the CSV', async () => {
    const coop = await signedIn('coop@example.org', password.producer);
    const html = await (await coop.get(paths.admin.home)).text();
    expect(html).toContain(`data-enquiry="${ownId}"`);
    expect(html).not.toContain(`data-enquiry="${otherId}"`);
    const widened = await (await coop.get(`${paths.admin.home}?producer=${theirs.producer}`)).text();
    expect(widened).not.toContain(`data-enquiry="${otherId}"`);
    const csv = await (await coop.get(paths.admin.csv)).text();
    expect(csv).toContain(ownId);
    expect(csv).not.toContain(otherId);
  });

  test("cannot open or change another producer's enquiry", async () => {
    const coop = await signedIn('coop@example.org', password.producer);
    expect((await coop.get(paths.admin.enquiry(otherId))).status).toBe(404);
    const csrf = await coop.csrf(paths.admin.enquiry(ownId));
    const response = await coop.post(paths.admin.enquiry(otherId), {
      action: 'status',
      status: 'closed',
      csrf,
    });
    expect(response.status).toBe(404);
    expect(db.prepare('SELECT status FROM enquiries WHERE id = ?').get(otherId)).toEqual({ status: 'new' });
  });

  test('changes the status of its own enquiry, with the CSRF token from the same origin', async () => {
    const coop = await signedIn('coop@example.org', password.producer);
    const path = paths.admin.enquiry(ownId);
    expect((await coop.post(path, { action: 'status', status: 'answered' })).status).toBe(403);
    expect((await coop.post(path, { action: 'status', status: 'answered', csrf: 'forged' })).status).toBe(
      403,
    );
    const csrf = await coop.csrf(path);
    expect(
      (await coop.post(path, { action: 'status', status: 'answered', csrf }, 'https://evil.example')).status,
    ).toBe(403);
    expect(db.prepare('SELECT status FROM enquiries WHERE id = ?').get(ownId)).toEqual({ status: 'new' });
    const response = await coop.post(path, { action: 'status', status: 'answered', csrf });
    expect(response.status).toBe(200);
    expect(db.prepare('SELECT status, status_changed_by FROM enquiries WHERE id = ?').get(ownId)).toEqual({
      status: 'answered',
      status_changed_by: 'coop@example.org',
    });
  });

  test('cannot delete, even its own enquiry; staff can', async () => {
    const coop = await signedIn('coop@example.org', password.producer);
    const path = paths.admin.enquiry(ownId);
    const csrf = await coop.csrf(path);
    expect((await coop.post(path, { action: 'delete', confirm: 'yes', csrf })).status).toBe(403);
    expect(db.prepare('SELECT id FROM enquiries WHERE id = ?').get(ownId)).toEqual({ id: ownId });

    const throwaway = await enquire(mine.slug, 'Asked to be forgotten');
    const staff = await signedIn('staff@example.org', password.staff);
    const staffCsrf = await staff.csrf(paths.admin.enquiry(throwaway));
    const deleted = await staff.post(paths.admin.enquiry(throwaway), {
      action: 'delete',
      confirm: 'yes',
      csrf: staffCsrf,
    });
    expect(deleted.status).toBe(303);
    expect(db.prepare('SELECT id FROM enquiries WHERE id = ?').get(throwaway)).toBeUndefined();
  });
});

test('signing out ends the session on the server', async () => {
  const staff = await signedIn('staff@example.org', password.staff);
  const cookie = staff.cookie;
  const csrf = await staff.csrf(paths.admin.home);
  expect((await staff.post(paths.admin.logout, { csrf })).status).toBe(303);
  const replayed = await answer(
    await fetch(`${server.url}${paths.admin.home}`, { headers: { cookie }, redirect: 'manual' }),
  );
  expect(replayed.status).toBe(303);
});

test('login attempts are rate-limited with 429 and Retry-After', async () => {
  const session = new Session(server);
  let last: Awaited<ReturnType<Session['login']>> | undefined;
  for (let i = 0; i < 8; i++) last = await session.login('coop@example.org', `guess ${i}`);
  expect(last?.status).toBe(429);
  expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
});
