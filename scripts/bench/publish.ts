/**
 * npm run bench:publish: a publish under load. The production server (its own Meilisearch) takes
 * a steady mix of visitors and buyers — a product page, a search, an enquiry — from `--concurrency`
 * loops, before, during and after `npm run publish`; every request that does not succeed is
 * counted (goal: none), with p50/p99 latency per phase. Then, with the site idle, a plain
 * `npm run build` of the same content for the wall-time comparison.
 * Needs a build (npm run build). Options: --seconds N (before and after, default 10), --concurrency N.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { paths } from '../../src/lib/paths.ts';
import { buildsDir } from '../../src/server/release/releases.ts';
import { contentProducts } from '../../tests/integration/enquiries-server.ts';
import { projectRoot, startProductionServer } from '../lib/production-server.ts';
import { loadGenerator, phaseHeader, phaseRow } from './lib/load.ts';
import { describeMachine, machine } from './lib/machine.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, concurrency: { type: 'string' } } });
const seconds = Number(values.seconds ?? 10);
const concurrency = Number(values.concurrency ?? 8);

/** Runs a command to its end; resolves with its wall time in seconds and exit code. */
const timedRun = (args: string[], env: Record<string, string>) =>
  new Promise<{ seconds: number; code: number; output: string }>((resolve) => {
    const started = performance.now();
    execFile(
      args[0] as string,
      args.slice(1),
      { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 64 * 2 ** 20 },
      (error, stdout, stderr) =>
        resolve({
          seconds: (performance.now() - started) / 1000,
          code: error ? Number(error.code ?? 1) : 0,
          output: `${stdout}${stderr}`,
        }),
    );
  });

const product = contentProducts()[0]?.slug;
if (!product) throw new Error('no products in content/');
const load = loadavg()[0]?.toFixed(2);
const server = await startProductionServer({ env: { OCOP_ENQUIRY_RATE_LIMIT: 'off' } });
const generator = loadGenerator(concurrency);
const base = new URL(server.url);
const mix = async (i: number) => {
  const kind = i % 3;
  if (kind === 0)
    return (
      (await generator.send(new URL(paths.product('vi', product), base), 'GET', { 'accept-encoding': 'br' }))
        .status === 200
    );
  if (kind === 1)
    return (await generator.send(new URL('/api/search/?q=mien+dong', base), 'GET', {})).status === 200;
  const body = JSON.stringify({ product, name: `Bench ${i}`, phone: '0912 345 678', consent: true });
  const headers = {
    'content-type': 'application/json',
    origin: server.url,
    'content-length': String(Buffer.byteLength(body)),
  };
  return (await generator.send(new URL(paths.api.enquiries, base), 'POST', headers, body)).status === 201;
};

try {
  await generator.timed('warm-up', 2, mix);
  const before = await generator.timed('before the publish', seconds, mix);
  let publishing = true;
  const publish = timedRun([process.execPath, 'scripts/publish.ts'], {
    OCOP_DATA_DIR: server.dataDir,
  }).finally(() => {
    publishing = false;
  });
  const during = await generator.phase('during the publish', () => !publishing, mix);
  const published = await publish;
  const after = await generator.timed('after the switch', seconds, mix);
  generator.close();
  if (published.code !== 0) throw new Error(`the publish failed:\n${published.output}`);
  const plain = await timedRun(['sh', 'scripts/build.sh', '--silent'], {});
  if (plain.code !== 0) throw new Error(`the plain build failed:\n${plain.output}`);

  console.log(`\nMachine: ${describeMachine(machine(projectRoot))}; load average ${load} at the start`);
  console.log(
    `Concurrency ${concurrency}: a product page, a search and an enquiry in turn; rate limit off\n`,
  );
  console.log(phaseHeader);
  for (const p of [before, during, after]) console.log(phaseRow(p));
  console.log(
    `\nnpm run publish: ${published.seconds.toFixed(1)} s under that load; plain npm run build, idle: ${plain.seconds.toFixed(1)} s`,
  );
  const failed = before.failed + during.failed + after.failed;
  console.log(`Requests that failed: ${failed} (goal 0)`);
  if (failed > 0) process.exitCode = 1;
} finally {
  await server.stop();
  await rm(buildsDir(server.dataDir), { recursive: true, force: true });
}
