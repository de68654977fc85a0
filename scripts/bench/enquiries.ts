/**
 * npm run bench:enquiries: accepted enquiries per second, with p50/p99 latency, at concurrency 16
 * with durable writes (WAL, synchronous=FULL), next to the same production server answering a
 * static page in the same run; then checks that every acknowledged enquiry is on disk.
 * Needs a build (npm run build). Options: --seconds N (per phase, default 10), --concurrency N.
 */
import { Agent, request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { paths } from '../../src/lib/paths.ts';
import { contentProducts, readDatabase, startServer } from '../../tests/integration/enquiries-server.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, concurrency: { type: 'string' } } });
const seconds = Number(values.seconds ?? 10);
const concurrency = Number(values.concurrency ?? 16);

interface Phase {
  name: string;
  ok: number;
  failed: number;
  seconds: number;
  latencies: number[];
}

const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function send(url: URL, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        data += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs `once` from `concurrency` loops for `seconds`, counting successes and timing each. */
async function phase(name: string, once: (i: number) => Promise<boolean>): Promise<Phase> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let i = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const success = await once(i++);
        latencies.push(performance.now() - t);
        if (success) ok++;
        else failed++;
      }
    }),
  );
  return {
    name,
    ok,
    failed,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const product = contentProducts()[0];
if (!product) throw new Error('no products in content/');
const server = await startServer({ env: { OCOP_ENQUIRY_RATE_LIMIT: 'off' } });
const staticUrl = new URL(paths.product('vi', product.slug), server.url);
const apiUrl = new URL(paths.api.enquiries, server.url);
const acknowledged: string[] = [];
const runId = crypto.randomUUID();

const getStatic = async () =>
  (await send(staticUrl, 'GET', { 'accept-encoding': 'br, gzip' })).status === 200;
const postEnquiry = async (i: number) => {
  const body = JSON.stringify({
    product: product.slug,
    name: `Người mua ${i}`,
    email: `buyer${i}@example.vn`,
    message: 'Xin báo giá sỉ 500 kg, giao tháng sau.',
    consent: true,
  });
  const response = await send(
    apiUrl,
    'POST',
    {
      'content-type': 'application/json',
      origin: server.url,
      'idempotency-key': `bench-${runId}-${i}`,
      'content-length': String(Buffer.byteLength(body)),
    },
    body,
  );
  if (response.status !== 201) return false;
  acknowledged.push(...(JSON.parse(response.body) as { ids: string[] }).ids);
  return true;
};

try {
  // Warm both paths (JIT, the catalogue load on the first enquiry, the page cache).
  await phase('warm-up', async (i) => (i % 2 ? getStatic() : postEnquiry(-1 - i)));
  const results = [
    await phase('static page (GET, precompressed HTML)', getStatic),
    await phase('enquiry (POST, durable write)', postEnquiry),
  ];

  const db = readDatabase(server.dataDir);
  const stored = new Set((db.prepare('SELECT id FROM enquiries').all() as { id: string }[]).map((r) => r.id));
  db.close();
  const missing = acknowledged.filter((id) => !stored.has(id));

  const rate = (p: Phase) => p.ok / p.seconds;
  const [statics, enquiries] = results as [Phase, Phase];
  console.log(
    `\nMachine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(
    `Concurrency ${concurrency}, ${seconds} s per phase, one production server (scripts/start.ts), rate limit off\n`,
  );
  console.log('| what | ok | failed | per second | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const p of results) {
    console.log(
      `| ${p.name} | ${p.ok} | ${p.failed} | ${rate(p).toFixed(0)} | ${quantile(p.latencies, 0.5).toFixed(2)} | ${quantile(p.latencies, 0.99).toFixed(2)} |`,
    );
  }
  console.log(`\nEnquiries / static: ${(rate(enquiries) / rate(statics)).toFixed(2)} (goal ≥ 0.5)`);
  console.log(
    `Acknowledged enquiries on disk: ${acknowledged.length - missing.length}/${acknowledged.length}${missing.length ? ` — MISSING ${missing.slice(0, 5).join(', ')}` : ''}`,
  );
  if (missing.length > 0 || enquiries.failed > 0) process.exitCode = 1;
} finally {
  agent.destroy();
  await server.stop();
}
