/**
 * Response figures on the real server: enquiries sent and answered on one day (OCOP_TODAY), read
 * a week later from the endpoint the static pages fetch and from the admin's page for staff.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { followUpText } from '../../src/lib/i18n/follow-up.ts';
import { officeText } from '../../src/lib/i18n/office.ts';
import { paths } from '../../src/lib/paths.ts';
import {
  addUser,
  answer,
  InboxSession,
  type RunningServer,
  readDatabase,
  startServer,
  twoProducers,
} from './enquiries-server.ts';

const { mine, theirs } = twoProducers();
const password = 'a long password 2026';

let dataDir: string;
let server: RunningServer;

async function signedIn(email: string) {
  const session = new InboxSession(server);
  await session.login(email, password);
  return session;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ocop-response-times-'));
  // Monday 2 November 2026: six enquiries, three answered from the inbox, one closed unanswered.
  server = await startServer({ dataDir, env: { OCOP_TODAY: '2026-11-02' } });
  addUser(dataDir, 'coop@example.org', password, 'producer', mine.producer);
  addUser(dataDir, 'staff@example.org', password, 'staff');
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${server.url}${paths.api.enquiries}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({
        product: mine.slug,
        name: `Người mua ${i}`,
        phone: '0912 345 678',
        consent: true,
      }),
    });
    ids.push(((await response.json()) as { ids: string[] }).ids[0] as string);
  }
  const coop = await signedIn('coop@example.org');
  for (const id of ids.slice(0, 3)) {
    const csrf = await coop.csrf(paths.admin.enquiry(id));
    await coop.post(paths.admin.enquiry(id), {
      csrf,
      action: 'reply',
      message: 'Còn hàng',
      idempotencyKey: `a-${id}`,
    });
  }
  const csrf = await coop.csrf(paths.admin.enquiry(ids[5] as string));
  await coop.post(paths.admin.enquiry(ids[5] as string), { csrf, action: 'status', status: 'closed' });
  await server.stop();
  // Tuesday 10 November: six working days later.
  server = await startServer({ dataDir, env: { OCOP_TODAY: '2026-11-10' } });
});
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

test("a producer's figures: half answered within 2 working days, the median of the three answer times", async () => {
  const db = readDatabase(dataDir);
  const times = (
    db.prepare('SELECT created_at, answered_at FROM enquiries WHERE answered_at IS NOT NULL').all() as {
      created_at: string;
      answered_at: string;
    }[]
  )
    .map((r) => Date.parse(r.answered_at) - Date.parse(r.created_at))
    .sort((a, b) => a - b);
  db.close();
  expect(times).toHaveLength(3);

  const response = await answer(await fetch(`${server.url}${paths.api.responseTimes(mine.producer)}`));
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  expect(await response.json()).toEqual({
    producer: mine.producer,
    enough: true,
    enquiries: 6,
    answeredInTime: 0.5,
    medianMs: times[1],
  });
});

test('too few enquiries says so; an unknown producer is a 404', async () => {
  const other = await answer(await fetch(`${server.url}${paths.api.responseTimes(theirs.producer)}`));
  expect(await other.json()).toEqual({ producer: theirs.producer, enough: false, enquiries: 0 });
  const unknown = await answer(await fetch(`${server.url}${paths.api.responseTimes('no-such-producer')}`));
  expect(unknown.status).toBe(404);
});

test('the static product and producer pages fetch them from the endpoint', async () => {
  for (const path of [paths.product('vi', mine.slug), paths.producer('en', mine.producer)]) {
    const html = await (await answer(await fetch(`${server.url}${path}`))).text();
    expect(html).toContain(
      `<ocop-response-figures class="response-figures" data-src="${paths.api.responseTimes(mine.producer)}"`,
    );
  }
});

test('staff see every producer in the admin; a producer account is shown "staff only"', async () => {
  const staff = await signedIn('staff@example.org');
  const page = await staff.get(paths.admin.responseTimes);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(followUpText.vi.figures.title);
  const row = new RegExp(`<tr data-producer="${mine.producer}"[^>]*>.*?</tr>`, 's').exec(html)?.[0] ?? '';
  expect(row).toContain('50%');
  expect(html).toContain(`data-producer="${theirs.producer}"`);
  const coop = await signedIn('coop@example.org');
  const refused = await coop.get(paths.admin.responseTimes);
  expect(refused.status).toBe(403);
  expect(await refused.text()).toContain(officeText.vi.staffOnly);
});
