import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticSite } from '../../src/server/http/static-site.ts';

// A build's client folder with one page in three encodings whose bytes tell them apart.
const clientDir = mkdtempSync(join(tmpdir(), 'ocop-static-site-'));
const page = join(clientDir, 'san-pham', 'che');
let server: Server;
let port = 0;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });

beforeAll(async () => {
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), '<style>p{}</style>plain');
  writeFileSync(join(page, 'index.html.br'), 'brotli bytes');
  writeFileSync(join(page, 'index.html.gz'), 'gzip bytes');
  const staticSite = createStaticSite(clientDir);
  server = createServer((req, res) => {
    void staticSite(req, res).then((served) => {
      if (!served) res.writeHead(404).end('not static');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('static files of a build', () => {
  test('each client gets the variant it accepts, however often the page was asked for before', async () => {
    for (let round = 0; round < 2; round++) {
      const brotli = await get('/san-pham/che/', { 'accept-encoding': 'gzip, deflate, br' });
      expect([brotli.headers['content-encoding'], brotli.body]).toEqual(['br', 'brotli bytes']);
      const gzip = await get('/san-pham/che/', { 'accept-encoding': 'gzip' });
      expect([gzip.headers['content-encoding'], gzip.body]).toEqual(['gzip', 'gzip bytes']);
      const plain = await get('/san-pham/che/');
      expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, '<style>p{}</style>plain']);
      expect(plain.headers['content-length']).toBe(String('<style>p{}</style>plain'.length));
      expect(plain.headers['content-security-policy']).toMatch(/style-src[^;]*'sha256-/);
      expect(plain.headers.vary).toBe('Accept-Encoding');
    }
  });

  test('a folder without its slash is redirected, HEAD has no body, other methods pass on', async () => {
    const folder = await get('/san-pham/che?ref=qr');
    expect([folder.status, folder.headers.location]).toEqual([301, '/san-pham/che/?ref=qr']);
    const head = await get('/san-pham/che/', {}, 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await get('/san-pham/che/', {}, 'POST')).body).toBe('not static');
  });

  test('an unchanged file answers 304', async () => {
    const first = await get('/san-pham/che/');
    const again = await get('/san-pham/che/', {
      'if-modified-since': String(first.headers['last-modified']),
    });
    expect(again.status).toBe(304);
  });

  test('a file that was missing is found once it exists: misses are not remembered', async () => {
    expect((await get('/san-pham/che/anh.svg')).body).toBe('not static');
    writeFileSync(join(page, 'anh.svg'), '<svg/>');
    const found = await get('/san-pham/che/anh.svg');
    expect([found.status, found.headers['content-type'], found.body]).toEqual([
      200,
      'image/svg+xml',
      '<svg/>',
    ]);
  });
});
