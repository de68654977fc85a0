/**
 * POST /api/enquiries on the real production server, with a real database file: what is
 * accepted, what is refused and how, idempotency, spam checks and what ends up stored.
 */
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enquiryText, errorText } from '../../src/lib/i18n/enquiries.ts';
import { paths } from '../../src/lib/paths.ts';
import {
  type Answer,
  answer,
  contentProducts,
  producerName,
  type RunningServer,
  readDatabase,
  startServer,
} from './enquiries-server.ts';

const products = contentProducts();
const withMinimum = products.filter((p) => p.minimumOrder);
const first = withMinimum[0];
const second = withMinimum.find((p) => p.producer !== first?.producer);
if (!first?.minimumOrder || !second?.minimumOrder)
  throw new Error('the content needs two producers with minimum orders');
const minimum = first.minimumOrder;

const contact = { name: 'Nguyễn Văn An', email: 'an@example.vn', consent: true };
const single = { product: first.slug, ...contact };

interface PostOptions {
  type?: string;
  origin?: string | null;
  headers?: Record<string, string>;
}

function poster(server: RunningServer) {
  return (body: BodyInit | object, options: PostOptions = {}): Promise<Answer> => {
    const type = options.type ?? 'application/json';
    const headers: Record<string, string> = { 'content-type': type, ...options.headers };
    const origin = options.origin === undefined ? server.url : options.origin;
    if (origin) headers.origin = origin;
    const payload =
      typeof body === 'object' &&
      !(body instanceof Uint8Array) &&
      !(body instanceof URLSearchParams) &&
      !(body instanceof ReadableStream)
        ? JSON.stringify(body)
        : body;
    return fetch(`${server.url}${paths.api.enquiries}`, {
      method: 'POST',
      headers,
      body: payload as BodyInit,
      redirect: 'manual',
      duplex: 'half',
    } as RequestInit).then(answer);
  };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const formType = 'application/x-www-form-urlencoded';
const key = () => `test-${crypto.randomUUID()}`;

let server: RunningServer;
let post: ReturnType<typeof poster>;
let db: DatabaseSync;
const stored = (id: string) =>
  db.prepare('SELECT * FROM enquiries WHERE id = ?').get(id) as Record<string, unknown> | undefined;
const count = () => Number((db.prepare('SELECT count(*) AS n FROM enquiries').get() as { n: number }).n);

beforeAll(async () => {
  server = await startServer({ env: { OCOP_ENQUIRY_RATE_LIMIT: 'off' } });
  post = poster(server);
  // Open after the server migrated the file.
  await post(single, { headers: { 'idempotency-key': key() } });
  db = readDatabase(server.dataDir);
});
afterAll(async () => {
  db?.close();
  await server?.stop();
});

describe('accepted', () => {
  test('JSON: 201 with the reference, stored with every field', async () => {
    const response = await post({
      ...single,
      organization: 'Công ty Sạch',
      phone: '0912 345 678',
      message: 'Giá sỉ?',
      quantity: '200 kg/tháng',
      locale: 'en',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as {
      ids: string[];
      enquiries: { id: string; producer: string; products: string[] }[];
      confirmationMail: boolean;
    };
    expect(body.ids).toHaveLength(1);
    // Which producer it went to, named in the buyer's language; no confirmation mail without SMTP.
    expect(body.enquiries[0]).toEqual({
      id: body.ids[0],
      producer: first.producer,
      producerName: producerName(first.producer).en,
      products: [first.slug],
    });
    expect(body.confirmationMail).toBe(false);
    expect(stored(body.ids[0] as string)).toMatchObject({
      producer: first.producer,
      locale: 'en',
      name: 'Nguyễn Văn An',
      organization: 'Công ty Sạch',
      email: 'an@example.vn',
      phone: '0912 345 678',
      message: 'Giá sỉ?',
      quantity: '200 kg/tháng',
      status: 'new',
    });
  });

  test('a form without JavaScript: 303 to the thank-you page in its language, which shows the reference', async () => {
    const response = await post(
      form({ product: first.slug, name: 'An', phone: '+84 912 345 678', consent: 'on', locale: 'en' }),
      { type: formType },
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '', server.url);
    expect(location.pathname).toBe(paths.enquiryThanks('en'));
    const ref = location.searchParams.get('ref') ?? '';
    expect(stored(ref)).toMatchObject({ name: 'An', phone: '+84 912 345 678', locale: 'en' });
    // Which producer it went to, no confirmation mail (no SMTP here) and the tracking link's token:
    // nothing personal in the address.
    expect([...location.searchParams]).toEqual([
      ['ref', ref],
      ['producer', first.producer],
      ['track', expect.stringMatching(/^[\w-]{43}$/)],
    ]);
    const page = await answer(await fetch(location));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain(ref);
    expect(html).toContain(producerName(first.producer).en);
    expect(html).toContain(enquiryText.en.noMail);
    expect(html).toContain(`/en/track/${location.searchParams.get('track')}/`);
  });

  test('a basket: one enquiry per producer, each with its own lines and the order unit', async () => {
    const response = await post({
      ...contact,
      lines: [
        {
          product: first.slug,
          quantity: minimum.amount,
          sample: true,
          targetPrice: 55000,
          deliveryFrom: '2027-01-10',
          deliveryTo: '2027-02-10',
        },
        { product: second.slug, quantity: second.minimumOrder?.amount },
      ],
    });
    expect(response.status).toBe(201);
    const { enquiries } = (await response.json()) as {
      enquiries: { id: string; producer: string; products: string[] }[];
    };
    expect(enquiries.map((e) => e.producer).sort()).toEqual([first.producer, second.producer].sort());
    const lines = db
      .prepare(
        'SELECT enquiry_id, product, quantity, unit, sample, target_price, delivery_from, delivery_to FROM enquiry_lines WHERE enquiry_id IN (?, ?)',
      )
      .all(enquiries[0]?.id ?? '', enquiries[1]?.id ?? '');
    expect(lines).toContainEqual({
      enquiry_id: enquiries.find((e) => e.producer === first.producer)?.id,
      product: first.slug,
      quantity: minimum.amount,
      unit: minimum.unit,
      sample: 1,
      target_price: 55000,
      delivery_from: '2027-01-10',
      delivery_to: '2027-02-10',
    });
  });
});

describe('samples', () => {
  const sampled = withMinimum.find((p) => p.samples);
  const unsampled = products.find((p) => !p.samples);
  if (!sampled?.minimumOrder || !unsampled)
    throw new Error('the content needs products with and without samples');
  const sampleOf = (id: string) =>
    (db.prepare('SELECT sample FROM enquiry_lines WHERE enquiry_id = ?').get(id) as { sample: number })
      .sample;

  test('the one-product form asks for a sample, with or without JavaScript', async () => {
    const json = await post({ ...contact, product: sampled.slug, sample: true });
    expect(json.status).toBe(201);
    expect(sampleOf(((await json.json()) as { ids: string[] }).ids[0] as string)).toBe(1);
    const page = await post(
      form({ product: sampled.slug, name: 'An', phone: '0912 345 678', consent: 'on', sample: 'on' }),
      {
        type: formType,
      },
    );
    expect(page.status).toBe(303);
    const ref = new URL(page.headers.get('location') ?? '', server.url).searchParams.get('ref') ?? '';
    expect(sampleOf(ref)).toBe(1);
  });

  test('a sample in the basket is not held to the minimum order; an order is', async () => {
    const quantity = (sampled.minimumOrder?.amount ?? 2) / 2;
    const sample = await post({ ...contact, lines: [{ product: sampled.slug, quantity, sample: true }] });
    expect(sample.status).toBe(201);
    const order = await post({ ...contact, lines: [{ product: sampled.slug, quantity, sample: false }] });
    expect(
      ((await order.json()) as { fields: Record<string, { code: string }> }).fields['lines.0.quantity']?.code,
    ).toBe('belowMinimum');
  });

  test('nobody asks for a sample of a product its producer sends no samples of', async () => {
    const response = await post({ ...contact, product: unsampled.slug, sample: true, locale: 'en' });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { fields: Record<string, { message: string }> }).fields.sample?.message,
    ).toBe(errorText('en', { code: 'noSamples' }));
  });
});

describe('refused, with errors per field in the buyer’s language', () => {
  test('Vietnamese by default', async () => {
    const response = await post({ product: first.slug, name: '', phone: '09', consent: false });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, { code: string; message: string }> };
    expect(body.fields.name).toEqual({ code: 'required', message: errorText('vi', { code: 'required' }) });
    expect(body.fields.phone?.code).toBe('phone');
    expect(body.fields.consent?.message).toBe(errorText('vi', { code: 'consentRequired' }));
  });

  test('English from the locale field, or from Accept-Language', async () => {
    for (const [body, headers] of [
      [{ ...single, name: '', locale: 'en' }, {}],
      [{ ...single, name: '' }, { 'accept-language': 'en-GB,en;q=0.9' }],
    ] as const) {
      const response = await post(body, { headers });
      const json = (await response.json()) as { fields: Record<string, { message: string }> };
      expect(json.fields.name?.message).toBe(errorText('en', { code: 'required' }));
    }
  });

  test('below the minimum order, and unknown products, are checked against the catalogue', async () => {
    const response = await post({
      ...contact,
      lines: [
        { product: first.slug, quantity: minimum.amount / 2 },
        { product: 'khong-co-san-pham-nay', quantity: 1 },
      ],
    });
    const body = (await response.json()) as { fields: Record<string, { code: string; params?: unknown }> };
    expect(body.fields['lines.0.quantity']).toMatchObject({ code: 'belowMinimum', params: minimum });
    expect(body.fields['lines.1.product']?.code).toBe('unknownProduct');
  });

  test('unknown fields, control characters and absurd lengths', async () => {
    const response = await post({ ...single, isAdmin: true, name: 'An\u0000', message: 'x'.repeat(10_000) });
    expect(response.status).toBe(400);
    const { fields } = (await response.json()) as { fields: Record<string, { code: string }> };
    expect(fields.isAdmin?.code).toBe('unknownField');
    expect(fields.name?.code).toBe('invalidCharacters');
    expect(fields.message?.code).toBe('tooLong');
  });

  test('a form without JavaScript gets the form back, as typed, with its errors and a fresh key', async () => {
    const response = await post(
      form({
        product: first.slug,
        name: 'Trần "Bình"',
        email: 'sai-email',
        message: '</textarea><script>alert(1)</script>',
        locale: 'vi',
      }),
      { type: formType },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('value="Trần &quot;Bình&quot;"');
    expect(html).toContain('>&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(errorText('vi', { code: 'email' }));
    expect(html).toContain(errorText('vi', { code: 'consentRequired' }));
    expect(html).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);
  });
});

describe('refused as a whole', () => {
  test('other content types: 415', async () => {
    for (const type of [
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/json; charset=latin1',
    ]) {
      const response = await post('{}', { type });
      expect(response.status, type).toBe(415);
    }
  });

  test('oversized bodies: 413, whether Content-Length says so or the body is streamed without one', async () => {
    const big = { ...single, message: 'x'.repeat(100_000) };
    expect((await post(big)).status).toBe(413);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    expect((await post(streamed)).status).toBe(413);
  });

  test('cross-origin requests of any content type: 403', async () => {
    expect((await post(single, { origin: 'https://evil.example' })).status).toBe(403);
    expect(
      (await post(form({ product: first.slug }), { type: formType, origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await post(single, { origin: null })).status).toBe(403);
    expect((await post(single, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const response = await post(single, { origin: 'https://evil.example' });
    expect(await response.json()).toMatchObject({ error: 'crossOrigin' });
  });

  test('malformed JSON, and JSON that is not an object: 400', async () => {
    for (const body of ['{"name":', '[]', 'null', '"x"', '{"a":1}}']) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
    }
    expect(await (await post('{')).json()).toMatchObject({ error: 'malformed' });
  });

  test('other methods are not answered with a 5xx', async () => {
    const response = await answer(await fetch(`${server.url}${paths.api.enquiries}`));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

/** The references a form post was answered with (its redirect also carries a tracking link of its own). */
const references = (response: Answer) =>
  new URL(response.headers.get('location') ?? '', 'http://x').searchParams.getAll('ref');

describe('idempotency', () => {
  test('a retry with the same Idempotency-Key answers the same ids and is stored once', async () => {
    const k = key();
    const before = count();
    const a = await post(single, { headers: { 'idempotency-key': k } });
    const b = await post(single, { headers: { 'idempotency-key': k } });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    const [first, again] = [
      (await a.json()) as { trackingUrl: string },
      (await b.json()) as { trackingUrl: string },
    ];
    expect({ ...again, trackingUrl: '' }).toEqual({ ...first, trackingUrl: '' });
    // The first tracking link exists only as a hash: the retry gets a fresh one to the same enquiries.
    expect(again.trackingUrl).not.toBe(first.trackingUrl);
    expect(count()).toBe(before + 1);
  });

  test('the same key with other content: 409', async () => {
    const k = key();
    await post(single, { headers: { 'idempotency-key': k } });
    const response = await post({ ...single, name: 'Someone else' }, { headers: { 'idempotency-key': k } });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'keyReused' });
  });

  test('the key may come as a hidden form field', async () => {
    const fields = {
      product: first.slug,
      name: 'An',
      email: 'an@example.vn',
      consent: 'on',
      idempotencyKey: key(),
    };
    const a = await post(form(fields), { type: formType });
    const b = await post(form(fields), { type: formType });
    expect(a.status).toBe(303);
    expect(references(a)).toHaveLength(1);
    expect(references(b)).toEqual(references(a));
  });

  test('header and field disagreeing is refused', async () => {
    const response = await post(
      { ...single, idempotencyKey: key() },
      { headers: { 'idempotency-key': key() } },
    );
    expect(response.status).toBe(400);
  });

  test('without a key, a double click on a plain form is still stored once', async () => {
    const fields = {
      product: first.slug,
      name: `Double ${crypto.randomUUID()}`,
      email: 'an@example.vn',
      consent: 'on',
    };
    const before = count();
    const [a, b] = await Promise.all([
      post(form(fields), { type: formType }),
      post(form(fields), { type: formType }),
    ]);
    expect(references(a)).toHaveLength(1);
    expect(references(a)).toEqual(references(b));
    expect(count()).toBe(before + 1);
  });
});

describe('spam', () => {
  test('the honeypot filled: answered like a success, stored nowhere', async () => {
    const before = count();
    const response = await post({ ...single, fax: 'http://spam.example' });
    expect(response.status).toBe(201);
    const { ids } = (await response.json()) as { ids: string[] };
    expect(ids).toHaveLength(1);
    expect(stored(ids[0] as string)).toBeUndefined();
    expect(count()).toBe(before);
  });

  test('sent faster than a person can fill the form: 400, nothing stored', async () => {
    const before = count();
    const response = await post({ ...single, fillTime: 300 });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'tooFast' });
    expect(count()).toBe(before);
    expect((await post({ ...single, fillTime: 8000 })).status).toBe(201);
  });
});

describe('rate limit', () => {
  let limited: RunningServer;
  let trusting: RunningServer;
  beforeAll(async () => {
    [limited, trusting] = await Promise.all([
      startServer({ env: { OCOP_ENQUIRY_RATE_LIMIT: '2/3600' } }),
      startServer({ env: { OCOP_ENQUIRY_RATE_LIMIT: '1/3600', TRUST_PROXY: 'true' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([limited?.stop(), trusting?.stop()]);
  });

  test('429 with Retry-After once a client has used its allowance; retries of stored keys still answer', async () => {
    const send = poster(limited);
    const k = key();
    expect((await send(single, { headers: { 'idempotency-key': k } })).status).toBe(201);
    expect((await send({ ...single, name: 'B' })).status).toBe(201);
    const refused = await send({ ...single, name: 'C' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'rateLimited' });
    expect((await send(single, { headers: { 'idempotency-key': k } })).status).toBe(201);
    const page = await send(
      form({ product: first.slug, name: 'D', email: 'd@example.vn', consent: 'on', locale: 'en' }),
      { type: formType },
    );
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBeTruthy();
    expect(await page.text()).toContain('Please try again in');
  });

  test('X-Forwarded-For is ignored unless TRUST_PROXY is set', async () => {
    const send = poster(limited);
    const response = await send({ ...single, name: 'E' }, { headers: { 'x-forwarded-for': '203.0.113.77' } });
    expect(response.status).toBe(429);
  });

  test('behind a trusted proxy, each forwarded client has its own allowance', async () => {
    const send = poster(trusting);
    const from = (address: string, name: string) =>
      send({ ...single, name }, { headers: { 'x-forwarded-for': `198.51.100.1, ${address}` } });
    expect((await from('203.0.113.1', 'F')).status).toBe(201);
    expect((await from('203.0.113.1', 'G')).status).toBe(429);
    expect((await from('203.0.113.2', 'H')).status).toBe(201);
  });
});
