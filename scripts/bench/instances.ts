/**
 * npm run bench:instances: what a second instance of the site brings on this machine. One
 * PostgreSQL (started for the run, as the tests start theirs), then static pages and enquiries
 * per second against one production server, then against two that share the database, every
 * request going to the next instance in turn as a round-robin proxy would; same load, same
 * run. Afterwards PostgreSQL is crashed and recovered, and every acknowledged enquiry looked up.
 * Needs a build (npm run build). Options: --seconds N (per phase, default 10), --concurrency N.
 */
import { parseArgs } from 'node:util';
import {
  contentProducts,
  type RunningServer,
  startServer,
} from '../../tests/integration/enquiries-server.ts';
import { createDatabase, startPostgres } from '../lib/postgres-server.ts';
import { projectRoot } from '../lib/production-server.ts';
import { loadGenerator, type Phase, phaseHeader, phaseRow, rate } from './lib/load.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { siteRequests } from './lib/site-requests.ts';
import { durabilitySettings, storedInPostgresAfterCrash } from './lib/stored-enquiries.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '16' } },
});
const load = loadGenerator(Number(values.concurrency));
const phase = (name: string, once: (i: number) => Promise<boolean>) =>
  load.timed(name, Number(values.seconds), once);
const product = contentProducts()[0];
if (!product) throw new Error('no products in content/');

const postgres = await startPostgres();
const databaseUrl = await createDatabase(postgres.url, 'ocop_bench');
const servers: RunningServer[] = [];
const startInstance = async () => {
  servers.push(await startServer({ env: { DATABASE_URL: databaseUrl, OCOP_ENQUIRY_RATE_LIMIT: 'off' } }));
};
const site = siteRequests(load.send, product.slug);
/** The instance request i goes to: each in turn. */
const origin = (i: number) => (servers[i % servers.length] as RunningServer).url;

async function measure(label: string): Promise<[Phase, Phase]> {
  await phase('warm-up', async (i) => (i % 2 ? site.getStatic(origin(i)) : site.postEnquiry(origin(i))));
  return [
    await phase(`static page, ${label}`, (i) => site.getStatic(origin(i))),
    await phase(`enquiry, ${label}`, (i) => site.postEnquiry(origin(i))),
  ];
}

try {
  await startInstance();
  const [oneStatic, oneEnquiry] = await measure('one instance');
  await startInstance();
  const [twoStatic, twoEnquiry] = await measure('two instances');

  const durability = await durabilitySettings(databaseUrl);
  await Promise.all(servers.map((s) => s.stop()));
  const stored = await storedInPostgresAfterCrash(postgres, databaseUrl);
  const missing = site.acknowledged.filter((id) => !stored.enquiries.has(id));

  console.log(`\nMachine: ${describeMachine(machine(projectRoot))}`);
  console.log(
    `Concurrency ${values.concurrency}, ${values.seconds} s per phase, production servers (src/server/start.ts) sharing one database, rate limit off`,
  );
  console.log(`Storage: ${durability}\n`);
  console.log(phaseHeader);
  for (const p of [oneStatic, oneEnquiry, twoStatic, twoEnquiry]) console.log(phaseRow(p));
  const ratio = (two: Phase, one: Phase) => (rate(two) / rate(one)).toFixed(2);
  console.log(
    `\nTwo instances / one: static pages ${ratio(twoStatic, oneStatic)}, enquiries ${ratio(twoEnquiry, oneEnquiry)}`,
  );
  console.log(
    `Enquiries / static: one instance ${ratio(oneEnquiry, oneStatic)}, two instances ${ratio(twoEnquiry, twoStatic)}`,
  );
  console.log(
    `Acknowledged enquiries on disk after a simulated power cut of PostgreSQL: ${site.acknowledged.length - missing.length}/${site.acknowledged.length}${missing.length ? ` — MISSING ${missing.slice(0, 5).join(', ')}` : ''}`,
  );
  if (missing.length > 0 || oneEnquiry.failed + twoEnquiry.failed > 0) process.exitCode = 1;
} finally {
  load.close();
  await Promise.all(servers.map((s) => s.stop()));
  await postgres.stop();
}
