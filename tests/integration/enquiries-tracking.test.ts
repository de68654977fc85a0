/**
 * The buyer's tracking page and the inbox's replies on the real production server and database:
 * the link a submission gets, what the page shows and sends, that no other buyer, guess or
 * producer gets in, and that the link never reaches the log or the database in clear.
 */
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { followUpText } from '../../src/lib/i18n/follow-up.ts';
import { trackingText } from '../../src/lib/i18n/tracking.ts';
import { paths } from '../../src/lib/paths.ts';
import {
  type Answer,
  addUser,
  answer,
  InboxSession,
  type RunningServer,
  readDatabase,
  startServer,
  twoProducers,
} from './enquiries-server.ts';

const { mine, theirs } = twoProducers();

const text = trackingText.vi;
const inboxText = followUpText.vi;
const password = 'a long password 2026';
let server: RunningServer;
let db: DatabaseSync;

interface Sent {
  ids: string[];
  trackingUrl: string;
  /** The tracking page's path on the server under test (SITE_URL names another origin). */
  path: string;
}

async function enquire(body: object, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, ...headers },
    body: JSON.stringify({ name: 'Nguyễn Văn An', email: 'an@example.vn', consent: true, ...body }),
  });
  expect(response.status).toBe(201);
  const sent = (await response.json()) as Omit<Sent, 'path'>;
  return { ...sent, path: new URL(sent.trackingUrl).pathname };
}

const get = async (path: string) => answer(await fetch(`${server.url}${path}`, { redirect: 'manual' }));

function post(
  path: string,
  fields: Record<string, string> | object,
  kind: 'form' | 'json' = 'form',
  origin = server.url,
) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': kind === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
      origin,
    },
    body: kind === 'form' ? new URLSearchParams(fields as Record<string, string>) : JSON.stringify(fields),
    redirect: 'manual',
  }).then(answer);
}

const statusOf = (id: string) =>
  db
    .prepare('SELECT status, read_at AS readAt, answered_at AS answeredAt FROM enquiries WHERE id = ?')
    .get(id);
const messageCount = (id: string) =>
  Number(
    (db.prepare('SELECT count(*) AS n FROM enquiry_messages WHERE enquiry_id = ?').get(id) as { n: number })
      .n,
  );

/** A 404 as the site answers any path no page has: compared without the date. */
const notFound = async (response: Answer) => ({
  status: response.status,
  body: await response.text(),
  headers: [...response.headers].filter(([name]) => name !== 'date'),
});

async function signedIn(email: string) {
  const session = new InboxSession(server);
  expect((await session.login(email, password)).status).toBe(303);
  return session;
}

beforeAll(async () => {
  server = await startServer({ env: { OCOP_TRACKING_RATE_LIMIT: '30/3600' } });
  addUser(server.dataDir, 'staff@example.org', password, 'staff');
  addUser(server.dataDir, 'coop@example.org', password, 'producer', mine.producer);
  addUser(server.dataDir, 'other@example.org', password, 'producer', theirs.producer);
  db = readDatabase(server.dataDir);
});
afterAll(async () => {
  db?.close();
  await server?.stop();
});

describe('the link', () => {
  test('JSON: the 201 carries an absolute tracking URL on SITE_URL, with a long random token', async () => {
    const { trackingUrl } = await enquire({ product: mine.slug });
    expect(trackingUrl).toMatch(/^https:\/\/ocop\.backan\.example\/theo-doi\/[A-Za-z0-9_-]{43}\/$/);
    const english = await enquire({ product: mine.slug, locale: 'en' });
    expect(english.path).toMatch(/^\/en\/track\/[\w-]{43}\/$/);
  });

  test('a form without JavaScript: the thank-you page shows the link, and names it in no Referer to other sites', async () => {
    const response = await post(paths.api.enquiries, {
      product: mine.slug,
      name: 'An',
      phone: '0912 345 678',
      consent: 'on',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '', server.url);
    const token = location.searchParams.get('track') ?? '';
    expect(token).toMatch(/^[\w-]{43}$/);
    const page = await answer(await fetch(location));
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(await page.text()).toContain(`href="${paths.tracking('vi', token)}"`);
    expect((await get(paths.tracking('vi', token))).status).toBe(200);
  });

  test('a retry is given a fresh link to the same enquiries (the first exists only as a hash); a bot a dead one', async () => {
    const key = `retry-${crypto.randomUUID()}`;
    const first = await enquire({ product: mine.slug }, { 'idempotency-key': key });
    const again = await enquire({ product: mine.slug }, { 'idempotency-key': key });
    expect(again.ids).toEqual(first.ids);
    expect(again.path).not.toBe(first.path);
    for (const sent of [first, again]) expect(await (await get(sent.path)).text()).toContain(first.ids[0]);
    const bot = await enquire({ product: mine.slug, name: 'Bot', fax: 'spam' });
    expect((await get(bot.path)).status).toBe(404);
  });
});

describe('the page', () => {
  let basket: Sent;
  beforeAll(async () => {
    basket = await enquire({
      lines: [
        { product: mine.slug, quantity: mine.minimumOrder?.amount ?? 10 },
        { product: theirs.slug, quantity: theirs.minimumOrder?.amount ?? 10 },
      ],
      message: 'Dòng 1\n<script>alert(1)</script>',
    });
  });

  test('every enquiry of the submission, where it stands and its conversation; private and never cached', async () => {
    const page = await get(basket.path);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toBe('noindex');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    for (const id of basket.ids) {
      expect(html).toContain(`id="enquiry-${id}"`);
    }
    expect(html.match(/data-status="received"/g)).toHaveLength(2);
    expect(html).toContain(text.statuses.received);
    expect(html).toContain('Dòng 1\n&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });

  test('read again, the page comes from memory with a fresh key in its forms and the same headers; a reply shows at once', async () => {
    const keys = (html: string) =>
      [...html.matchAll(/name="idempotencyKey" value="([^"]+)"/g)].map((m) => m[1]);
    const headers = (response: Answer) => [...response.headers].filter(([name]) => name !== 'date');
    const [first, second] = [await get(basket.path), await get(basket.path)] as [Answer, Answer];
    const [firstHtml, secondHtml] = [await first.text(), await second.text()];
    expect(headers(second)).toEqual(headers(first));
    expect(second.headers.get('cache-control')).toBe('no-store');
    const [firstKey] = keys(firstHtml);
    const [secondKey] = keys(secondHtml);
    expect(keys(firstHtml)).toEqual([firstKey, firstKey]);
    expect(keys(secondHtml)).toEqual([secondKey, secondKey]);
    expect(secondKey).not.toBe(firstKey);
    expect(secondHtml.replaceAll(secondKey as string, firstKey as string)).toBe(firstHtml);

    const [, id] = basket.ids as [string, string];
    expect((await post(basket.path, { enquiry: id, message: 'Hỏi lại về giá' }, 'json')).status).toBe(201);
    expect(await (await get(basket.path)).text()).toContain('Hỏi lại về giá');
    // The English page of the same link is a page of its own.
    const english = await (await get(basket.path.replace('/theo-doi/', '/en/track/'))).text();
    expect(english).toContain('Hỏi lại về giá');
    expect(english).toContain('<html lang="en"');
  });

  test('a wrong token, one of the wrong shape and a path no page has are the same 404', async () => {
    const wrong = basket.path.replace(/[\w-]{5}\/$/, 'AAAAA/');
    const plain = await notFound(await get('/khong-co-trang-nay/'));
    expect(plain.status).toBe(404);
    for (const path of [wrong, '/theo-doi/short/', `/theo-doi/${'a'.repeat(44)}/`]) {
      expect(await notFound(await get(path))).toEqual(plain);
    }
    expect(await notFound(await get(wrong.replace('/theo-doi/', '/en/track/')))).toEqual(
      await notFound(await get('/en/no-such-page/')),
    );
    // Posting to it too, as a form or as JSON: nothing is told, nothing stored.
    const [id] = basket.ids as [string];
    expect(
      (await post(wrong, { action: 'reply', enquiry: id, message: 'x', idempotencyKey: 'guess-0001' }))
        .status,
    ).toBe(404);
    const json = await post(wrong, { enquiry: id, message: 'x' }, 'json');
    expect({ status: json.status, body: await json.text() }).toEqual({ status: 404, body: plain.body });
    expect(messageCount(id)).toBe(0);
  });

  test("another buyer's token opens only that buyer's enquiries, and cannot reply to or close these", async () => {
    const other = await enquire({ product: mine.slug, name: 'Người mua khác' });
    const html = await (await get(other.path)).text();
    for (const id of basket.ids) expect(html).not.toContain(id);
    const [id] = basket.ids as [string];
    const reply = await post(other.path, {
      action: 'reply',
      enquiry: id,
      message: 'x',
      idempotencyKey: 'other-0001',
    });
    expect(reply.status).toBe(404);
    expect((await post(other.path, { action: 'close', enquiry: id, confirm: 'yes' })).status).toBe(404);
    expect(messageCount(id)).toBe(0);
    expect(statusOf(id)).toMatchObject({ status: 'new' });
  });

  test('the buyer replies: stored once per key, shown as text; refused from another site or empty', async () => {
    const [id] = basket.ids as [string];
    const fields = {
      action: 'reply',
      enquiry: id,
      message: 'Có gửi mẫu không?\n<b>gấp</b>',
      idempotencyKey: 'reply-0001',
    };
    const sent = await post(basket.path, fields);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`${basket.path}?sent=${id}#enquiry-${id}`);
    expect((await post(basket.path, fields)).status).toBe(303);
    expect(messageCount(id)).toBe(1);
    const html = await (await get(`${basket.path}?sent=${id}`)).text();
    expect(html).toContain('Có gửi mẫu không?\n&lt;b&gt;gấp&lt;/b&gt;');
    expect(html).toContain(text.sent);

    expect(
      (await post(basket.path, { ...fields, idempotencyKey: 'reply-0002' }, 'form', 'https://evil.example'))
        .status,
    ).toBe(403);
    const empty = await post(basket.path, { ...fields, message: '  ', idempotencyKey: 'reply-0003' });
    expect(empty.status).toBe(400);
    const json = await post(basket.path, { enquiry: id, message: '' }, 'json');
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid', fields: { message: { code: 'required' } } });
    expect((await post(basket.path, { enquiry: id, message: 'Qua JSON' }, 'json')).status).toBe(201);
    const unconfirmed = await post(basket.path, { action: 'close', enquiry: id }, 'json');
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.json()).toEqual({ error: 'confirm', message: text.confirmToClose });
    expect(messageCount(id)).toBe(2);
  });

  test('the token is never in the request log', async () => {
    const token = basket.path.split('/')[2] as string;
    await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).toContain('"path":"/theo-doi/…/"');
    expect(server.output()).not.toContain(token);
  });
});

describe('the producer answers from the inbox', () => {
  let sent: Sent;
  let id: string;
  beforeAll(async () => {
    sent = await enquire({ product: mine.slug, message: 'Giá sỉ?' });
    id = sent.ids[0] as string;
  });

  test('staff looking do not mark it read; its own producer opening it does', async () => {
    const staff = await signedIn('staff@example.org');
    expect((await staff.get(paths.admin.enquiry(id))).status).toBe(200);
    expect(statusOf(id)).toMatchObject({ readAt: null });
    const coop = await signedIn('coop@example.org');
    expect((await coop.get(paths.admin.enquiry(id))).status).toBe(200);
    expect(statusOf(id)).toMatchObject({ readAt: expect.any(String) });
    expect(await (await get(sent.path)).text()).toContain(text.statuses.read);
  });

  test("another producer's account cannot reply: 404, nothing stored", async () => {
    const other = await signedIn('other@example.org');
    const csrf = await other.csrf(paths.admin.home);
    const response = await other.post(paths.admin.enquiry(id), {
      csrf,
      action: 'reply',
      message: 'Tôi không phải chủ thể này',
      idempotencyKey: 'intruder-01',
    });
    expect(response.status).toBe(404);
    expect(messageCount(id)).toBe(0);
  });

  test('the reply reaches the tracking page as text, marks the enquiry answered; a resend is stored once', async () => {
    const coop = await signedIn('coop@example.org');
    const csrf = await coop.csrf(paths.admin.enquiry(id));
    const fields = {
      csrf,
      action: 'reply',
      message: 'Còn hàng.\n<img src=x onerror=alert(1)>',
      idempotencyKey: 'coop-0001',
    };
    const response = await coop.post(paths.admin.enquiry(id), fields);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${paths.admin.enquiry(id)}?replied`);
    await coop.post(paths.admin.enquiry(id), fields);
    expect(messageCount(id)).toBe(1);
    expect(statusOf(id)).toMatchObject({ status: 'answered', answeredAt: expect.any(String) });
    const html = await (await get(sent.path)).text();
    expect(html).toContain('Còn hàng.\n&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(text.statuses.answered);
    expect(html).toContain(text.authors.producer);
    // Without a CSRF token nothing is stored.
    expect(
      (await coop.post(paths.admin.enquiry(id), { ...fields, csrf: 'x', idempotencyKey: 'coop-0002' }))
        .status,
    ).toBe(403);
    expect(messageCount(id)).toBe(1);
  });

  test("the buyer's answer back reopens it in the inbox, where the producer reads it", async () => {
    await post(sent.path, {
      action: 'reply',
      enquiry: id,
      message: 'Cảm ơn, tôi đặt 100 kg',
      idempotencyKey: 'back-0001',
    });
    expect(statusOf(id)).toMatchObject({ status: 'new' });
    const coop = await signedIn('coop@example.org');
    const html = await (await coop.get(paths.admin.enquiry(id))).text();
    expect(html).toContain('Cảm ơn, tôi đặt 100 kg');
    expect(html).toContain(inboxText.authors.buyer);
  });

  test('staff may answer for any producer, shown as the OCOP office', async () => {
    const staff = await signedIn('staff@example.org');
    const csrf = await staff.csrf(paths.admin.enquiry(id));
    await staff.post(paths.admin.enquiry(id), {
      csrf,
      action: 'reply',
      message: 'Văn phòng trả lời',
      idempotencyKey: 'staff-0001',
    });
    expect(await (await get(sent.path)).text()).toContain(text.authors.staff);
  });

  test('the buyer closes it: no more replies from either side', async () => {
    const closed = await post(sent.path, { action: 'close', enquiry: id, confirm: 'yes' });
    expect(closed.status).toBe(303);
    expect(statusOf(id)).toMatchObject({ status: 'closed' });
    const html = await (await get(sent.path)).text();
    expect(html).toContain(text.statuses.closed);
    expect(html).not.toContain('name="message"');
    const late = await post(sent.path, {
      action: 'reply',
      enquiry: id,
      message: 'Còn nữa',
      idempotencyKey: 'late-0001',
    });
    expect(late.status).toBe(409);
    const coop = await signedIn('coop@example.org');
    const csrf = await coop.csrf(paths.admin.enquiry(id));
    const refused = await coop.post(paths.admin.enquiry(id), {
      csrf,
      action: 'reply',
      message: 'Muộn',
      idempotencyKey: 'late-0002',
    });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(inboxText.replyClosed);
  });
});

describe('guessing', () => {
  let guarded: RunningServer;
  beforeAll(async () => {
    guarded = await startServer({ env: { OCOP_TRACKING_RATE_LIMIT: '3/3600' } });
  });
  afterAll(async () => {
    await guarded?.stop();
  });

  test('wrong tokens from one address are limited (429 with Retry-After); reading a right one is not', async () => {
    const response = await fetch(`${guarded.url}${paths.api.enquiries}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: guarded.url },
      body: JSON.stringify({ product: mine.slug, name: 'An', phone: '0912345678', consent: true }),
    });
    const own = new URL(((await response.json()) as { trackingUrl: string }).trackingUrl).pathname;
    const open = async (path: string) => answer(await fetch(`${guarded.url}${path}`));
    for (let i = 0; i < 5; i++) expect((await open(own)).status).toBe(200);
    // Reading a page or posting a reply (JSON, as the page's script sends it) to one: each counts.
    const replyTo = (path: string) =>
      fetch(`${guarded.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: guarded.url },
        body: JSON.stringify({ enquiry: 'AAAAA-00000', message: 'x' }),
      }).then(answer);
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const wrong = paths.tracking('vi', `${'x'.repeat(42)}${i}`);
      statuses.push((await (i % 2 ? replyTo(wrong) : open(wrong))).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    const limited = await open(paths.tracking('en', 'y'.repeat(43)));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await open(own)).status).toBe(200);
  });
});
