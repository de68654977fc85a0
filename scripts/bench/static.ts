/**
 * npm run bench:static: the server's own static-file handler (src/server/http/static-site.ts)
 * against sirv, a maintained static server with precompressed variants, on the same build, in
 * one process each behind node:http, in alternating rounds: GET of a product page, a listing
 * page and the home page with Accept-Encoding: br, at `--concurrency` (default 16).
 * Then each handler's set-up, in a fresh process, for a folder of `--folders` pages (default
 * 101,660, the national build) made of hard links to one product page and its .br and .gz:
 * sirv reads the whole folder at start, the own handler looks files up when they are asked for.
 * Needs a build (npm run build). Options: --seconds N (per round, default 5), --rounds N (default 3).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { contentSecurityPolicy, inlineStyleHashes } from '../../src/lib/security/content-security-policy.ts';
import { cacheControlOf } from '../../src/server/http/static-files.ts';
import { createStaticSite } from '../../src/server/http/static-site.ts';
import { projectRoot } from '../lib/production-server.ts';
import { loadGenerator, mergePhases, type Phase, phaseHeader, phaseRow, rate } from './lib/load.ts';
import { describeMachine, machine } from './lib/machine.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    concurrency: { type: 'string' },
    folders: { type: 'string' },
  },
});
const seconds = Number(values.seconds ?? 5);
const rounds = Number(values.rounds ?? 3);
const concurrency = Number(values.concurrency ?? 16);
const folders = Number(values.folders ?? 101_660);
const clientDir = join(projectRoot, 'dist', 'client');
const pages = ['/san-pham/mien-dong-na-khon/', '/san-pham/', '/'];

const own = createStaticSite(clientDir);
const policies = new Map<string, string>();
const policyOf = (pathname: string) => {
  let policy = policies.get(pathname);
  if (!policy) {
    policy = contentSecurityPolicy(
      inlineStyleHashes(readFileSync(join(clientDir, pathname, 'index.html'), 'utf8')),
    );
    policies.set(pathname, policy);
  }
  return policy;
};
const servers: Record<string, RequestListener> = {
  'own handler': (req, res) => {
    void own(req, res).then((served) => {
      if (!served) res.writeHead(404).end();
    });
  },
  // What a maintained library gives with the same files (brotli and gzip variants, ETags), with
  // the headers the site sends beside them: the cache policy and a page's own CSP.
  sirv: sirv(clientDir, {
    brotli: true,
    gzip: true,
    etag: true,
    dev: false,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControlOf(pathname));
      if (pathname.endsWith('/')) res.setHeader('Content-Security-Policy', policyOf(pathname));
    },
  }),
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

const merged = (name: string): Phase => mergePhases(name, results.get(name) ?? []);
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

// A folder the size of the national build: one product page's files, hard-linked into every
// page folder (a fresh copy to link to every 60,000, under ext4's limit of links per file).
const bigDir = mkdtempSync(join(tmpdir(), 'ocop-static-'));
try {
  const page = join(clientDir, 'san-pham', 'mien-dong-na-khon');
  const names = ['index.html', 'index.html.br', 'index.html.gz'];
  let source = page;
  for (let i = 0; i < folders; i++) {
    if (i > 0 && i % 60_000 === 0) {
      source = join(bigDir, `source-${i}`);
      mkdirSync(source);
      for (const name of names) copyFileSync(join(page, name), join(source, name));
    }
    const folder = join(bigDir, 'san-pham', `p-${i}`);
    mkdirSync(folder, { recursive: true });
    for (const name of names) linkSync(join(source, name), join(folder, name));
  }
  console.log(
    `\nSet-up for a folder of ${folders.toLocaleString('en')} pages (${(folders * 3).toLocaleString('en')} files), fresh process each\n`,
  );
  console.log('| handler | set-up ms | process grew by MiB |\n|---|---:|---:|');
  for (const handler of ['own', 'sirv']) {
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', join(projectRoot, 'scripts/bench/lib/static-startup.ts'), handler, bigDir],
      { encoding: 'utf8' },
    );
    const { ms, rssMiB } = JSON.parse(output) as { ms: number; rssMiB: number };
    console.log(`| ${handler === 'own' ? 'own handler' : 'sirv'} | ${ms} | ${rssMiB} |`);
  }
} finally {
  rmSync(bigDir, { recursive: true, force: true });
}
