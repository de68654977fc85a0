/**
 * npm run bench:static: the server's own static-file handler (src/server/http/static-site.ts)
 * against sirv, a maintained static server with precompressed variants, on the same build, in
 * one process each behind node:http, in alternating rounds: GET of a product page, a listing
 * page and the home page with Accept-Encoding: br, at `--concurrency` (default 16).
 * Needs a build (npm run build). Options: --seconds N (per round, default 5), --rounds N (default 3).
 */
import { createServer, type RequestListener } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { createStaticSite } from '../../src/server/http/static-site.ts';
import { projectRoot } from '../lib/production-server.ts';
import { loadGenerator, type Phase, phaseHeader, phaseRow, rate } from './lib/load.ts';
import { describeMachine, machine } from './lib/machine.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string' }, rounds: { type: 'string' }, concurrency: { type: 'string' } },
});
const seconds = Number(values.seconds ?? 5);
const rounds = Number(values.rounds ?? 3);
const concurrency = Number(values.concurrency ?? 16);
const clientDir = join(projectRoot, 'dist', 'client');
const pages = ['/san-pham/mien-dong-na-khon/', '/san-pham/', '/'];

const own = createStaticSite(clientDir);
const servers: Record<string, RequestListener> = {
  'own handler': (req, res) => {
    void own(req, res).then((served) => {
      if (!served) res.writeHead(404).end();
    });
  },
  // What a maintained library gives with the same files: brotli and gzip variants, ETags.
  sirv: sirv(clientDir, { brotli: true, gzip: true, etag: true, dev: false }),
};

const listening = await Promise.all(
  Object.entries(servers).map(
    ([name, listener]) =>
      new Promise<{ name: string; url: string; close: () => void }>((resolve) => {
        const server = createServer(listener);
        server.listen(0, '127.0.0.1', () => {
          const { port } = server.address() as { port: number };
          resolve({ name, url: `http://127.0.0.1:${port}`, close: () => server.close() });
        });
      }),
  ),
);

const load = loadGenerator(concurrency);
const loadBefore = loadavg()[0] ?? 0;
const results = new Map<string, Phase[]>();
for (let round = 0; round < rounds; round++) {
  for (const { name, url } of listening) {
    const phase = await load.timed(name, seconds, async (i) => {
      const answer = await load.send(new URL(pages[i % pages.length] as string, url), 'GET', {
        'accept-encoding': 'br',
      });
      return answer.status === 200;
    });
    results.set(name, [...(results.get(name) ?? []), phase]);
  }
}
load.close();
for (const server of listening) server.close();

const merged = (name: string): Phase => {
  const phases = results.get(name) ?? [];
  return {
    name,
    ok: phases.reduce((n, p) => n + p.ok, 0),
    failed: phases.reduce((n, p) => n + p.failed, 0),
    seconds: phases.reduce((n, p) => n + p.seconds, 0),
    latencies: phases.flatMap((p) => p.latencies).sort((a, b) => a - b),
  };
};
const ownPhase = merged('own handler');
const sirvPhase = merged('sirv');
console.log(`# Static files: own handler against sirv\n\nMachine: ${describeMachine(machine(projectRoot))}`);
console.log(`load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after\n`);
console.log(
  `${rounds} alternating rounds of ${seconds} s, concurrency ${concurrency}, pages ${pages.join(', ')}\n`,
);
console.log(phaseHeader);
console.log(phaseRow(ownPhase));
console.log(phaseRow(sirvPhase));
console.log(`\nown handler / sirv: ${(rate(ownPhase) / rate(sirvPhase)).toFixed(2)}`);
