/**
 * npm run bench:enquiries: accepted enquiries per second, with p50/p99 latency, at concurrency 16
 * with durable writes (WAL, synchronous=FULL), next to the same production server answering a
 * static page in the same run; then checks that every acknowledged enquiry is on disk.
 * Needs a build (npm run build). Options: --seconds N (per phase, default 10), --concurrency N.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { paths } from '../../src/lib/paths.ts';
import { contentProducts, readDatabase, startServer } from '../../tests/integration/enquiries-server.ts';
import { loadGenerator, type Phase, phaseHeader, phaseRow, rate } from './lib/load.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, concurrency: { type: 'string' } } });
const seconds = Number(values.seconds ?? 10);
const concurrency = Number(values.concurrency ?? 16);

const load = loadGenerator(concurrency);
const { send } = load;
const phase = (name: string, once: (i: number) => Promise<boolean>) => load.timed(name, seconds, once);

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

  const [statics, enquiries] = results as [Phase, Phase];
  console.log(
    `\nMachine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(
    `Concurrency ${concurrency}, ${seconds} s per phase, one production server (src/server/start.ts), rate limit off\n`,
  );
  console.log(phaseHeader);
  for (const p of results) console.log(phaseRow(p));
  console.log(`\nEnquiries / static: ${(rate(enquiries) / rate(statics)).toFixed(2)} (goal ≥ 0.5)`);
  console.log(
    `Acknowledged enquiries on disk: ${acknowledged.length - missing.length}/${acknowledged.length}${missing.length ? ` — MISSING ${missing.slice(0, 5).join(', ')}` : ''}`,
  );
  if (missing.length > 0 || enquiries.failed > 0) process.exitCode = 1;
} finally {
  load.close();
  await server.stop();
}
