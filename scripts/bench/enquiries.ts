/**
 * npm run bench:enquiries: accepted enquiries per second, with p50/p99 latency, at concurrency 16
 * with durable writes (WAL, synchronous=FULL), next to the same production server answering a
 * static page in the same run; then the buyers' replies (written the same way) and their
 * tracking pages (rendered per request); then checks that every acknowledged enquiry and reply
 * is on disk. Needs a build (npm run build). Options: --seconds N (per phase, default 10),
 * --concurrency N.
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
/** Tracking pages of acknowledged enquiries, with the enquiry each shows: the replies' targets. */
const tracked: { url: URL; id: string }[] = [];
let replies = 0;
const runId = crypto.randomUUID();

const json = (body: string, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  origin: server.url,
  'content-length': String(Buffer.byteLength(body)),
  ...extra,
});

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
  const response = await send(apiUrl, 'POST', json(body, { 'idempotency-key': `bench-${runId}-${i}` }), body);
  if (response.status !== 201) return false;
  const { ids, trackingUrl } = JSON.parse(response.body) as { ids: string[]; trackingUrl: string };
  acknowledged.push(...ids);
  if (tracked.length < 1000)
    tracked.push({ url: new URL(new URL(trackingUrl).pathname, server.url), id: ids[0] as string });
  return true;
};
const target = (i: number) => tracked[i % tracked.length] as { url: URL; id: string };
let replyKeys = 0;
const postReply = async (i: number) => {
  const { url, id } = target(i);
  const body = JSON.stringify({ enquiry: id, message: `Cho hỏi thêm về mẫu, lần ${i}.` });
  // A key of its own for every reply (phases count from 0 again): each one is stored.
  const key = `bench-reply-${runId}-${replyKeys++}`;
  const response = await send(url, 'POST', json(body, { 'idempotency-key': key }), body);
  if (response.status !== 201) return false;
  replies++;
  return true;
};
const getTracking = async (i: number) =>
  (await send(target(i).url, 'GET', { 'accept-encoding': 'br, gzip' })).status === 200;

try {
  // Warm every path (JIT, the catalogue load on the first enquiry, the page cache).
  await phase('warm-up', async (i) => (i % 2 ? getStatic() : postEnquiry(-1 - i)));
  await phase('warm-up', async (i) => (i % 2 ? getTracking(i) : postReply(i)));
  const warmReplies = replies;
  const results = [
    await phase('static page (GET, precompressed HTML)', getStatic),
    await phase('enquiry (POST, durable write)', postEnquiry),
    await phase('reply on the tracking page (POST JSON, durable write)', postReply),
    await phase('tracking page (GET, rendered per request)', getTracking),
  ];

  const db = readDatabase(server.dataDir);
  const stored = new Set((db.prepare('SELECT id FROM enquiries').all() as { id: string }[]).map((r) => r.id));
  const storedReplies = Number(
    (db.prepare('SELECT count(*) AS n FROM enquiry_messages').get() as { n: number }).n,
  );
  db.close();
  const missing = acknowledged.filter((id) => !stored.has(id));

  const [statics, enquiries, replied, tracking] = results as [Phase, Phase, Phase, Phase];
  console.log(
    `\nMachine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(
    `Concurrency ${concurrency}, ${seconds} s per phase, one production server (src/server/start.ts), rate limit off\n`,
  );
  console.log(phaseHeader);
  for (const p of results) console.log(phaseRow(p));
  const ratio = (p: Phase) => (rate(p) / rate(statics)).toFixed(2);
  console.log(`\nEnquiries / static: ${ratio(enquiries)} (goal ≥ 0.5)`);
  console.log(`Replies / static: ${ratio(replied)} (goal ≥ 0.5)`);
  console.log(`Tracking page / static: ${ratio(tracking)} (goal ≥ 0.5)`);
  console.log(
    `Acknowledged enquiries on disk: ${acknowledged.length - missing.length}/${acknowledged.length}${missing.length ? ` — MISSING ${missing.slice(0, 5).join(', ')}` : ''}`,
  );
  console.log(
    `Acknowledged replies on disk: ${storedReplies}/${replies} (${warmReplies} of them in the warm-up)`,
  );
  const failed = [enquiries, replied, tracking].some((p) => p.failed > 0);
  if (missing.length > 0 || storedReplies !== replies || failed) process.exitCode = 1;
} finally {
  load.close();
  await server.stop();
}
