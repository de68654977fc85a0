/** Reading an enquiry request: content types, byte caps, form fields, origin and language. */
import { describe, expect, test } from 'vitest';
import { clientAddress } from '../../src/lib/auth/client-address.server.ts';
import { isSameOrigin } from '../../src/lib/auth/same-origin.server.ts';
import { formFields, typedValues } from '../../src/lib/enquiries/form-fields.ts';
import { negotiateLocale } from '../../src/lib/enquiries/negotiate-locale.ts';
import { bodyKind, decodeBody, readCapped } from '../../src/lib/enquiries/request-body.server.ts';

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request('http://localhost/api/enquiries/', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);

/** A body that arrives in chunks, with no Content-Length: what chunked transfer encoding gives. */
const stream = (chunks: number, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size).fill(97));
      controller.close();
    },
  });

describe('bodyKind', () => {
  test.each([
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['Application/JSON;charset="UTF-8"', 'json'],
    ['application/x-www-form-urlencoded', 'form'],
    ['application/x-www-form-urlencoded; charset=UTF-8', 'form'],
    ['text/plain', undefined],
    ['multipart/form-data; boundary=x', undefined],
    ['application/json; charset=iso-8859-1', undefined],
    ['application/jsonp', undefined],
    [null, undefined],
  ])('%s → %s', (header, kind) => {
    expect(bodyKind(header)).toBe(kind);
  });
});

describe('decodeBody', () => {
  test('refuses a body over the cap whatever Content-Length claims', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(2000) });
    const lying = post(body, { 'content-type': 'application/json', 'content-length': '10' });
    expect(await decodeBody(lying, 1000)).toMatchObject({ ok: false, status: 413 });
    const chunked = post(stream(10, 200), { 'content-type': 'application/json' });
    expect(await decodeBody(chunked, 1000)).toMatchObject({ ok: false, status: 413 });
  });

  test('refuses at once when Content-Length is over the cap', async () => {
    const request = post('{}', { 'content-type': 'application/json', 'content-length': '99999' });
    expect(await decodeBody(request, 1000)).toMatchObject({ ok: false, status: 413, reason: 'tooLarge' });
  });

  test('reads a chunked body under the cap', async () => {
    expect(await readCapped(stream(4, 100), 1000)).toHaveLength(400);
  });

  test.each([
    ['{"name":', 'truncated JSON'],
    ['[1,2,3]', 'an array'],
    ['null', 'null'],
    ['"text"', 'a string'],
  ])('refuses %s (%s) as malformed', async (body) => {
    expect(await decodeBody(post(body, { 'content-type': 'application/json' }))).toMatchObject({
      ok: false,
      status: 400,
      reason: 'malformed',
    });
  });

  test('refuses bytes that are not UTF-8', async () => {
    const request = post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), {
      'content-type': 'application/json',
    });
    expect(await decodeBody(request)).toMatchObject({ ok: false, status: 400, reason: 'malformed' });
  });

  test('refuses other content types with 415', async () => {
    expect(await decodeBody(post('name=a', { 'content-type': 'text/plain' }))).toMatchObject({
      ok: false,
      status: 415,
    });
  });

  test('reads a form into the fields the schema takes', async () => {
    const request = post('name=Nguy%E1%BB%85n+An&consent=on&fillTime=4200&product=mien-dong-tai-hoan', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    const decoded = await decodeBody(request);
    expect(decoded.ok && { ...decoded.value }).toEqual({
      name: 'Nguyễn An',
      consent: true,
      fillTime: 4200,
      product: 'mien-dong-tai-hoan',
    });
  });
});

describe('formFields', () => {
  test('a field sent twice is refused, not guessed at', () => {
    expect(formFields(new URLSearchParams('name=a&name=b'))).toEqual({ ok: false, duplicate: 'name' });
  });

  test('a ticked sample checkbox is true, like consent', () => {
    const fields = formFields(new URLSearchParams('consent=on&sample=on'));
    expect(fields.ok && fields.value).toEqual({ consent: true, sample: true });
  });

  test('an unticked-looking consent stays a string for the schema to refuse', () => {
    const fields = formFields(new URLSearchParams('consent=maybe'));
    expect(fields.ok && fields.value.consent).toBe('maybe');
  });

  test('a field named __proto__ is kept as a field', () => {
    const fields = formFields(new URLSearchParams('__proto__=x'));
    expect(fields.ok && Object.keys(fields.value)).toEqual(['__proto__']);
  });

  test('typed values leave out the honeypot and keep a tick as "on"', () => {
    expect(typedValues({ name: 'An', fax: 'spam', consent: true, fillTime: 3 })).toEqual({
      name: 'An',
      consent: 'on',
    });
  });
});

describe('isSameOrigin', () => {
  const options = { publicOrigins: ['https://ocop.backan.example'], trustProxy: false };
  const headers = (h: Record<string, string>) => new Headers(h);

  test('accepts the host the browser addressed and the public origin', () => {
    expect(isSameOrigin(headers({ origin: 'http://localhost:4399', host: 'localhost:4399' }), options)).toBe(
      true,
    );
    expect(
      isSameOrigin(headers({ origin: 'https://ocop.backan.example', host: '127.0.0.1:4321' }), options),
    ).toBe(true);
    expect(
      isSameOrigin(
        headers({ origin: 'http://localhost:4399', host: 'localhost:4399', 'sec-fetch-site': 'same-origin' }),
        options,
      ),
    ).toBe(true);
  });

  test('refuses other origins, missing or opaque origins, and cross-site fetches', () => {
    expect(isSameOrigin(headers({ origin: 'https://evil.example', host: 'localhost:4399' }), options)).toBe(
      false,
    );
    expect(isSameOrigin(headers({ host: 'localhost:4399' }), options)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null', host: 'localhost:4399' }), options)).toBe(false);
    expect(
      isSameOrigin(
        headers({ origin: 'http://localhost:4399.evil.example', host: 'localhost:4399' }),
        options,
      ),
    ).toBe(false);
    expect(
      isSameOrigin(
        headers({ origin: 'http://localhost:4399', host: 'localhost:4399', 'sec-fetch-site': 'cross-site' }),
        options,
      ),
    ).toBe(false);
    expect(
      isSameOrigin(
        headers({ origin: 'http://localhost:4399', host: 'localhost:4399', 'sec-fetch-site': 'same-site' }),
        options,
      ),
    ).toBe(false);
  });

  test('X-Forwarded-Host counts only behind a trusted proxy', () => {
    const h = headers({
      origin: 'https://shop.example',
      host: '10.0.0.5:4321',
      'x-forwarded-host': 'shop.example',
    });
    expect(isSameOrigin(h, options)).toBe(false);
    expect(isSameOrigin(h, { ...options, trustProxy: true })).toBe(true);
  });
});

describe('clientAddress', () => {
  const forwarded = new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' });
  test('ignores X-Forwarded-For unless the proxy is trusted', () => {
    expect(clientAddress(forwarded, '10.0.0.1', false)).toBe('10.0.0.1');
  });
  test('behind a trusted proxy, takes the address the proxy appended (the last)', () => {
    expect(clientAddress(forwarded, '10.0.0.1', true)).toBe('198.51.100.7');
    expect(clientAddress(new Headers(), '10.0.0.1', true)).toBe('10.0.0.1');
  });
});

describe('negotiateLocale', () => {
  test.each([
    ['en-US,en;q=0.9,vi;q=0.8', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,fr;q=0.9,en;q=0.5', 'en'],
    ['en;q=0.2,vi;q=0.5', 'vi'],
    ['de-DE', 'vi'],
    ['', 'vi'],
    [null, 'vi'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
