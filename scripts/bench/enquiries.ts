/**
 * npm run bench:enquiries: accepted enquiries per second, with p50/p99 latency, at concurrency 16
 * with durable writes, next to the same production server answering a static page in the same
 * run; then the buyers' replies (written the same way) and their tracking pages (the
 * conversation's version read per request, the page rendered again only when it changed); then
 * checks that every acknowledged enquiry and reply is on disk. The four phases alternate in
 * rounds, so that the machine's drift during a run (other virtual machines, the scheduler's
 * placement) weighs on each alike. Needs a build.
 * Options: --seconds N (per phase, default 10), --rounds N (each phase in N rounds of seconds/N,
 * default 3), --concurrency N, --storage sqlite|postgres
 * (default sqlite: WAL, synchronous=FULL; postgres: a PostgreSQL started for the run as the
 * tests start theirs, scripts/lib/postgres-server.ts, and crashed at the end before counting).
 */
import { parseArgs } from 'node:util';
import { contentProducts, startServer } from '../../tests/integration/enquiries-server.ts';
import { createDatabase, startPostgres } from '../lib/postgres-server.ts';
import { projectRoot } from '../lib/production-server.ts';
import { loadGenerator, mergePhases, type Phase, phaseHeader, phaseRow, rate } from './lib/load.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { siteRequests } from './lib/site-requests.ts';
import {
  durabilitySettings,
  type Stored,
  storedInPostgresAfterCrash,
  storedInSqlite,
} from './lib/stored-enquiries.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '16' },
    storage: { type: 'string', default: 'sqlite' },
  },
});
const storage = values.storage;
if (storage !== 'sqlite' && storage !== 'postgres') throw new Error('--storage is sqlite or postgres');
const load = loadGenerator(Number(values.concurrency));
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);

const product = contentProducts()[0];
if (!product) throw new Error('no products in content/');
const postgres = storage === 'postgres' ? await startPostgres() : undefined;
const databaseUrl = postgres && (await createDatabase(postgres.url, 'ocop_bench'));
const server = await startServer({
  env: { OCOP_ENQUIRY_RATE_LIMIT: 'off', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
});
const site = siteRequests(load.send, product.slug);

try {
  // Warm every path (JIT, the catalogue load on the first enquiry, the page cache).
  await load.timed('warm-up', seconds, async (i) =>
    i % 2 ? site.getStatic(server.url) : site.postEnquiry(server.url),
  );
  await load.timed('warm-up', seconds, async (i) =>
    i % 2 ? site.getTracking(server.url) : site.postReply(server.url),
  );
  const warmReplies = site.replies;
  const kinds: [string, () => Promise<boolean>][] = [
    ['static page (GET, precompressed HTML)', () => site.getStatic(server.url)],
    [`enquiry (POST, durable write, ${storage})`, () => site.postEnquiry(server.url)],
    [`reply on the tracking page (POST JSON, durable write, ${storage})`, () => site.postReply(server.url)],
    ['tracking page (GET, version read per request)', () => site.getTracking(server.url)],
  ];
  const byRound: Phase[][] = [];
  for (let round = 0; round < rounds; round++) {
    const phases: Phase[] = [];
    for (const [name, once] of kinds) phases.push(await load.timed(name, seconds / rounds, once));
    byRound.push(phases);
  }
  const [statics, enquiries, replies, tracking] = kinds.map(([name], k) =>
    mergePhases(
      name,
      byRound.map((phases) => phases[k] as Phase),
    ),
  ) as [Phase, Phase, Phase, Phase];

  const durability = databaseUrl
    ? await durabilitySettings(databaseUrl)
    : 'SQLite in WAL mode, synchronous=FULL, written by the writer thread';
  let stored: Stored;
  if (postgres && databaseUrl) {
    await server.stop();
    stored = await storedInPostgresAfterCrash(postgres, databaseUrl);
  } else stored = storedInSqlite(server.dataDir);
  const missing = site.acknowledged.filter((id) => !stored.enquiries.has(id));

  console.log(`\nMachine: ${describeMachine(machine(projectRoot))}`);
  console.log(
    `Concurrency ${values.concurrency}, ${seconds} s per phase in ${rounds} alternating rounds, one production server (src/server/start.ts), rate limit off`,
  );
  console.log(`Storage: ${durability}\n`);
  console.log(phaseHeader);
  for (const p of [statics, enquiries, replies, tracking]) console.log(phaseRow(p));
  const ratio = (p: Phase) => (rate(p) / rate(statics)).toFixed(2);
  const perRound = byRound.map((p) => (rate(p[1] as Phase) / rate(p[0] as Phase)).toFixed(2));
  console.log(`\nEnquiries / static: ${ratio(enquiries)} (goal ≥ 0.5; by round ${perRound.join(', ')})`);
  console.log(`Replies / static: ${ratio(replies)} (goal ≥ 0.5)`);
  console.log(`Tracking page / static: ${ratio(tracking)} (goal ≥ 0.5)`);
  console.log(
    `Acknowledged enquiries on disk${postgres ? ' after a simulated power cut of PostgreSQL' : ''}: ${site.acknowledged.length - missing.length}/${site.acknowledged.length}${missing.length ? ` — MISSING ${missing.slice(0, 5).join(', ')}` : ''}`,
  );
  console.log(
    `Acknowledged replies on disk: ${stored.replies}/${site.replies} (${warmReplies} of them in the warm-up)`,
  );
  const failed = [enquiries, replies, tracking].some((p) => p.failed > 0);
  if (missing.length > 0 || stored.replies !== site.replies || failed) process.exitCode = 1;
} finally {
  load.close();
  await server.stop();
  await postgres?.stop();
}
