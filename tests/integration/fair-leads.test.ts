/**
 * Leads noted at a fair's booth, on the real server with a real SMTP server, on a SQLite file and
 * on PostgreSQL: a lead becomes one enquiry to each producer concerned, mailed like any enquiry,
 * tagged with the fair in the inbox and its CSV, stored once however often the tablet sends it;
 * the page works without JavaScript; bad input is told in the page's language and never a 500;
 * only staff reach it; the fair report counts what came in.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { projectRoot } from '../../scripts/lib/production-server.ts';
import {
  type ServerCatalogueData,
  type ServerProduct,
  serverCatalogue,
} from '../../src/lib/content/server-catalogue.ts';
import { enquiryText, errorText } from '../../src/lib/i18n/enquiries.ts';
import { leadText } from '../../src/lib/i18n/leads.ts';
import { paths } from '../../src/lib/paths.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import { type ServerStore, serverStores } from '../support/server-stores.ts';
import { bodyText, smtpServer, until } from '../support/smtp.ts';
import {
  addUser,
  answer,
  InboxSession,
  producerEmail,
  type RunningServer,
  startServer,
} from './enquiries-server.ts';

const catalogue = serverCatalogue(
  JSON.parse(readFileSync(join(projectRoot, 'dist', 'server-catalogue.json'), 'utf8')) as ServerCatalogueData,
);
// A fair whose booth shows two products of one producer and one of another, all with a contact email.
const picked = catalogue.fairs.flatMap((fair) => {
  const products = fair.products
    .map((slug) => catalogue.product(slug) as ServerProduct)
    .filter((p) => producerEmail(p.producer.slug));
  const byProducer = Map.groupBy(products, (p) => p.producer.slug);
  const pair = [...byProducer.values()].find((list) => list.length >= 2);
  const other = products.find((p) => p.producer.slug !== pair?.[0]?.producer.slug);
  return pair && other ? [{ fair, products: [pair[0], pair[1], other] as ServerProduct[] }] : [];
})[0];
if (!picked) throw new Error('the content needs a fair with two products of one producer and one of another');
const { fair, products } = picked;
const [first, second, third] = products as [ServerProduct, ServerProduct, ServerProduct];
const leadPage = paths.admin.fairLeads(fair.slug);
const password = 'a long password 2026';
/** Text as the server writes it in HTML. */
const html = (text: string) => text.replaceAll('&', '&amp;');

vi.setConfig({ testTimeout: 60_000 });

describe.each(serverStores)('$name storage', ({ open }) => {
  let dataDir: string;
  let store: ServerStore;
  let server: RunningServer;
  let mail: ReturnType<typeof smtpServer>;
  let staff: InboxSession;
  let producer: InboxSession;
  const count = async (query: string) => Number((await store.rows(query))[0]?.n);

  /** The tablet's JSON post, as the page's element sends it. */
  const postJson = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${leadPage}`, {
      method: 'POST',
      headers: { cookie: staff.cookie, origin: server.url, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
    }).then(answer);
  /** The page's form post without JavaScript (a product ticked is a repeated field). */
  const postForm = (form: URLSearchParams, session = staff, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${leadPage}`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        origin: server.url,
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body: form,
      redirect: 'manual',
    }).then(answer);
  const lead = (key: string, over: Record<string, unknown> = {}) => ({
    name: 'Trần Thị Hoa',
    phone: '0912 345 678',
    email: 'hoa@example.vn',
    organization: 'Siêu thị Xanh',
    products: [first.slug, second.slug, third.slug],
    notes: 'Muốn nhận báo giá sỉ',
    consent: true,
    idempotencyKey: key,
    ...over,
  });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ocop-leads-'));
    store = await open(dataDir);
    const port = await freePort();
    mail = smtpServer(port);
    await mail.listen();
    // Accounts first: the command blocks this process for seconds (see enquiries-follow-ups.test.ts).
    addUser(dataDir, 'staff@example.org', password, 'staff', undefined, store.env);
    addUser(dataDir, 'coop@example.org', password, 'producer', first.producer.slug, store.env);
    server = await startServer({
      dataDir,
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, OCOP_MAIL_RETRY_SECONDS: '1', ...store.env },
    });
    staff = new InboxSession(server);
    expect((await staff.login('staff@example.org', password)).status).toBe(303);
    producer = new InboxSession(server);
    expect((await producer.login('coop@example.org', password)).status).toBe(303);
  });
  afterAll(async () => {
    await server?.stop();
    await mail?.close();
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a lead from the tablet becomes one enquiry to each producer, mailed and tagged with the fair; sent again, stored once', async () => {
    const created = await postJson(lead('tablet-lead-0001'));
    expect(created.status).toBe(201);
    const body = (await created.json()) as {
      replayed: boolean;
      enquiries: { id: string; producer: string; products: string[]; producerName: string }[];
    };
    expect(body.replayed).toBe(false);
    expect(body.enquiries.map((e) => [e.producer, e.products])).toEqual([
      [first.producer.slug, [first.slug, second.slug]],
      [third.producer.slug, [third.slug]],
    ]);
    expect(body.enquiries[0]?.producerName).toBe(first.producer.name.vi);

    // The answer was lost, the tablet sends it again, twice at once: the same enquiries.
    const again = await Promise.all([postJson(lead('tablet-lead-0001')), postJson(lead('tablet-lead-0001'))]);
    for (const replay of again) {
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({ ...body, replayed: true });
    }
    const ids = body.enquiries.map((e) => `'${e.id}'`).join(',');
    expect(
      await count(`SELECT count(*) AS n FROM enquiries WHERE id IN (${ids}) AND fair = '${fair.slug}'`),
    ).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM enquiries WHERE name = 'Trần Thị Hoa'`)).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM fair_leads WHERE key = 'tablet-lead-0001'`)).toBe(1);

    // The normal enquiry path: each producer is mailed, the visitor gets a confirmation with a tracking link.
    const to = (address: string | undefined) => mail.received.filter((m) => m.to.includes(address ?? ''));
    const mailed = () =>
      to(first.producer.email).length === 1 &&
      to(third.producer.email).length === 1 &&
      to('hoa@example.vn').length === 1;
    expect(await until(mailed, 20_000)).toBe(true);
    expect(bodyText(to(first.producer.email)[0]?.data ?? '')).toContain('Muốn nhận báo giá sỉ');
    expect(bodyText(to('hoa@example.vn')[0]?.data ?? '')).toMatch(/\/theo-doi\/[\w-]{20,}\//);
    await new Promise((r) => setTimeout(r, 500));
    expect(mail.received.filter((m) => m.to.includes(first.producer.email ?? ''))).toHaveLength(1);

    // The same key with other content is refused, and stores nothing.
    const reused = await postJson(lead('tablet-lead-0001', { products: [third.slug] }));
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ error: 'keyReused', message: enquiryText.vi.keyReused });
    expect(await count(`SELECT count(*) AS n FROM enquiries WHERE name = 'Trần Thị Hoa'`)).toBe(2);
  });

  test('the inbox, an enquiry and the CSV show the fair', async () => {
    const inbox = await (await staff.get(paths.admin.home)).text();
    expect(inbox).toContain(`data-fair="${fair.slug}"`);
    const [row] = await store.rows(`SELECT id FROM enquiries WHERE fair = '${fair.slug}' LIMIT 1`);
    const page = await (await staff.get(paths.admin.enquiry(String(row?.id)))).text();
    expect(page).toContain(`<dd data-fair="${fair.slug}">${html(fair.name.vi)}</dd>`);
    const csv = await (await staff.get(paths.admin.csv)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]?.endsWith('"language","fair"')).toBe(true);
    expect(lines.filter((l) => l.includes('Trần Thị Hoa')).every((l) => l.endsWith(`"${fair.slug}"`))).toBe(
      true,
    );
  });

  test('without JavaScript: the form posts with its CSRF token, lands on a fresh form naming the enquiries, and a second post is stored once', async () => {
    const page = await (await staff.get(leadPage)).text();
    expect(page).toContain(html(leadText.vi.title(fair.name.vi)));
    for (const slug of fair.products) expect(page).toContain(`name="products" value="${slug}"`);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const form = new URLSearchParams({
      csrf,
      idempotencyKey: key,
      name: 'Lê Văn Nam',
      phone: '0987 654 321',
    });
    form.append('products', second.slug);
    form.append('products', third.slug);
    form.append('consent', 'on');
    const posted = await postForm(form);
    expect(posted.status).toBe(303);
    const location = posted.headers.get('location') ?? '';
    expect(location.startsWith(`${leadPage}?saved=`)).toBe(true);
    const again = await postForm(form);
    expect(again.headers.get('location')).toBe(location);
    expect(await count(`SELECT count(*) AS n FROM enquiries WHERE name = 'Lê Văn Nam'`)).toBe(2);

    const fresh = await (await staff.get(location)).text();
    const saved = new URL(location, server.url).searchParams.get('saved')?.split(',') ?? [];
    expect(saved).toHaveLength(2);
    for (const id of saved) expect(fresh).toContain(`href="${paths.admin.enquiry(id)}"`);
    expect(/name="idempotencyKey" value="([^"]+)"/.exec(fresh)?.[1]).not.toBe(key);
  });

  test('bad input is told field by field in the language asked, never with a 500', async () => {
    const csrf = await staff.csrf(leadPage);
    const form = new URLSearchParams({ csrf, idempotencyKey: 'form-key-bad-1', name: '', phone: '12' });
    form.append('products', 'khong-co-san-pham');
    const refused = await postForm(form);
    expect(refused.status).toBe(400);
    const body = await refused.text();
    for (const code of ['required', 'phone', 'unknownProduct', 'consentRequired'] as const)
      expect(body).toContain(errorText('vi', { code }));
    expect(body).toContain('value="12"');

    const english = await postJson(
      lead('json-key-bad-1', { consent: false, products: [], email: 'x', surname: 'y' }),
      {
        'accept-language': 'en',
      },
    );
    expect(english.status).toBe(400);
    const { message, fields } = (await english.json()) as {
      message: string;
      fields: Record<string, { code: string; message: string }>;
    };
    expect(message).toBe(leadText.en.fixErrors(4));
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.code]))).toEqual({
      consent: 'consentRequired',
      products: 'required',
      email: 'email',
      surname: 'unknownField',
    });
    expect(fields.consent?.message).toMatch(/consent/i);

    const notAtFair = catalogue.products.find((p) => !fair.products.includes(p.slug))?.slug;
    const unknown = await postJson(lead('json-key-bad-2', { products: [first.slug, first.slug, notAtFair] }));
    expect(((await unknown.json()) as { fields: Record<string, { code: string }> }).fields).toMatchObject({
      'products.1': { code: 'duplicateProduct' },
      'products.2': { code: 'unknownProduct' },
    });
    expect((await postJson('{"name": ')).status).toBe(400);
    expect((await postJson(lead('json-key-bad-3'), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postJson('x'.repeat(70_000))).status).toBe(413);
    expect((await postJson(lead('json-key-bad-4'), { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = new URLSearchParams(form);
    huge.set('notes', 'x'.repeat(70_000));
    expect((await postForm(huge)).status).toBe(413);
    const noToken = new URLSearchParams(form);
    noToken.delete('csrf');
    expect((await postForm(noToken)).status).toBe(403);
    expect((await staff.get(paths.admin.fairLeads('khong-co-hoi-cho'))).status).toBe(404);
    expect(await count(`SELECT count(*) AS n FROM fair_leads WHERE key LIKE '%-bad-%'`)).toBe(0);
  });

  test('staff only: a producer is told so, and without a session the sign-in page comes first', async () => {
    const asProducer = await producer.get(leadPage);
    expect(asProducer.status).toBe(403);
    const posted = await postForm(new URLSearchParams({ name: 'x' }), producer);
    expect(posted.status).toBe(403);
    const anonymous = await fetch(`${server.url}${leadPage}`, { redirect: 'manual' }).then(answer);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain(paths.admin.login);
    expect((await producer.get(paths.admin.fairReport(fair.slug))).status).toBe(403);
    expect((await producer.get(paths.admin.fairReportCsv(fair.slug))).status).toBe(403);
  });

  test("the fair report counts the leads and their enquiries, and is linked from the fairs' and the statistics pages", async () => {
    // The server's day is today, not the fair's: what it counts is on the fair's days only.
    const csv = await staff.get(paths.admin.fairReportCsv(fair.slug));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text.startsWith('\uFEFF"day","product_slug"')).toBe(true);
    const report = await staff.get(paths.admin.fairReport(fair.slug));
    expect(report.status).toBe(200);
    expect(await report.text()).toContain(html(leadText.vi.report.title(fair.name.vi)));
    for (const from of [paths.admin.fairs, paths.admin.statistics()]) {
      expect(await (await staff.get(from)).text()).toContain(`href="${paths.admin.fairReport(fair.slug)}"`);
    }
    expect(await (await staff.get(paths.admin.fairs)).text()).toContain(`href="${leadPage}"`);
  });
});
