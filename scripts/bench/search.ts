/**
 * Search benchmark: the real production server (scripts/start.ts on the last build, with its own
 * Meilisearch) on loopback, with the sample catalogue and a generated one of 20,000 products.
 * - latency p50/p95/p99 and throughput of GET /api/search at concurrency 1, 16 and 64, next to
 *   the same Meilisearch requests sent directly (results and status counts, together), in
 *   alternating rounds of the same run;
 * - a full reindex (scripts' own reindex: new index, swap, delete) next to adding the same
 *   documents to a fresh index directly;
 * - Meilisearch's resident memory (VmRSS) sampled every 100 ms throughout.
 * Usage: npm run bench:search [-- --products 20000 --rounds 3 --out docs/bench-results/search.md]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Meilisearch, type Settings } from 'meilisearch';
import { contentToday } from '../../src/lib/content/certificate-status.ts';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import { builtDocumentsPath, readDocuments } from '../../src/lib/search/documents-file.server.ts';
import { parseSearchParams } from '../../src/lib/search/params.ts';
import { searchRequests } from '../../src/lib/search/request.ts';
import { searchSettings } from '../../src/lib/search/settings.ts';
import { reindex } from '../../src/server/search/index-sync.ts';
import {
  MEILI_ALLOCATOR_ENV,
  MEILI_LIMITS,
  MEILI_WRITEMAP_FLAG,
} from '../../src/server/search/meili-process.ts';
import { ensureSearchKey } from '../../src/server/search/search-key.ts';
import { startSite } from '../../tests/support/production-server.ts';
import { syntheticCatalogue } from '../search/synthetic-catalogue.ts';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const productCount = Number(values.products);
const rounds = Number(values.rounds);
const root = fileURLToPath(new URL('../../', import.meta.url));
const INDEXING_ROUNDS = 3;
/** Requests per round at each concurrency: bounded, so the whole run takes minutes. */
const plan = [
  { concurrency: 1, requests: 150 },
  { concurrency: 16, requests: 640 },
  { concurrency: 64, requests: 1280 },
] as const;

/** Queries people type, with and without accents, in both languages, some with filters. */
const queries = [
  'q=miến dong',
  'q=mien dong',
  'q=mật ong&district=na-ri',
  'q=trà',
  'q=che shan tuyet',
  'q=quýt bắc kạn',
  'q=gạo nếp&stars=3',
  'q=tinh bột nghệ',
  'q=khăn thổ cẩm',
  'q=honey&locale=en',
  'q=vermicelli&locale=en',
  'q=na rì',
  'q=hợp tác xã&group=thuc-pham',
  'q=rượu men lá',
  'q=măng khô',
  'q=nấm hương&status=all',
  'q=homestay',
  'q=tương ớt',
  'q=lan kiếm',
  'group=duoc-lieu',
].map((q) => new URLSearchParams(q));

const groups = (JSON.parse(readFileSync(`${root}content/groups.json`, 'utf8')) as { id: string }[]).map(
  (g) => g.id,
);

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  count: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function summarize(latencies: number[], wallMs: number, errors: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: (latencies.length / wallMs) * 1000,
    errors,
    count: latencies.length,
  };
}

/** One HTTP exchange on a kept-alive socket, body read in full (as a browser or the site would). */
function exchange(agent: http.Agent, url: URL, method: 'GET' | 'POST', body?: string, key?: string) {
  return new Promise<number>((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(body);
    }
    if (key) headers.Authorization = `Bearer ${key}`;
    const req = http.request(url, { method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

type Request = (i: number) => Promise<number>;
const log = (line: string) => console.log(line);

/** `requests` requests from `concurrency` workers; latencies of every request, and the wall time. */
async function load(concurrency: number, requests: number, send: Request) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < requests; i = next++) {
        const t = performance.now();
        const status = await send(i).catch((error: NodeJS.ErrnoException) => error.code ?? error.message);
        latencies.push(performance.now() - t);
        if (status === 200) continue;
        errors++;
        log(`request ${i} failed: ${typeof status === 'number' ? `status ${status}` : status}`);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started, errors };
}

interface RssPeak {
  rss: number;
  anon: number;
  file: number;
}

/** Meilisearch's resident memory, sampled all along, with the peak per phase (all, heap, mapped files). */
class RssSampler {
  peak = 0;
  phasePeak = new Map<string, RssPeak>();
  phase = 'start';
  #timer: NodeJS.Timeout;
  constructor(pid: () => Promise<number>) {
    this.#timer = setInterval(async () => {
      try {
        const status = readFileSync(`/proc/${await pid()}/status`, 'utf8');
        const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
        const now = { rss: mb('VmRSS'), anon: mb('RssAnon'), file: mb('RssFile') };
        this.peak = Math.max(this.peak, now.rss);
        const seen = this.phasePeak.get(this.phase) ?? { rss: 0, anon: 0, file: 0 };
        this.phasePeak.set(this.phase, {
          rss: Math.max(seen.rss, now.rss),
          anon: Math.max(seen.anon, now.anon),
          file: Math.max(seen.file, now.file),
        });
      } catch {
        // Between a restart and the next sample there is no process to read.
      }
    }, 100);
  }
  stop() {
    clearInterval(this.#timer);
  }
}

const ms = (n: number) => n.toFixed(1);

async function main() {
  const loadAtStart = os.loadavg()[0] ?? 0;
  const sample = await readDocuments(builtDocumentsPath(`${root}dist/`));
  log(`generating ${productCount} products…`);
  // The server searches on its own "today" (contentToday()): the same day here, for the generated
  // statuses and for the requests sent directly, so both paths send the same requests.
  const today = contentToday();
  const synthetic = syntheticCatalogue(productCount, `${root}content`, today);

  const site = await startSite();
  const meili = await site.meili();
  const masterKey = await site.masterKey();
  const searchKey = await ensureSearchKey(meili.url, masterKey);
  const rss = new RssSampler(async () => (await site.meili()).pid);
  const client = new Meilisearch({ host: meili.url, apiKey: masterKey });
  const version = (await client.getVersion()).pkgVersion;

  const api: Request[] = [];
  const direct: Request[] = [];
  const agents = { api: new http.Agent({ keepAlive: true }), meili: new http.Agent({ keepAlive: true }) };
  const directUrl = new URL('/multi-search', meili.url);
  const bodies = queries.map((query) => {
    const parsed = parseSearchParams(query, { groups, fallbackLocale: 'vi' });
    if (!parsed.ok) throw new Error(`bad benchmark query ${query}`);
    const { results, counts } = searchRequests(parsed.params, today);
    return [JSON.stringify(results), JSON.stringify(counts)] as const;
  });
  for (const [i, query] of queries.entries()) {
    const url = new URL(`/api/search/?${query}`, site.url);
    const [results, counts] = bodies[i] as readonly [string, string];
    api.push(() => exchange(agents.api, url, 'GET'));
    // The API's two requests (results, counts per status), sent together as it sends them.
    direct.push(async () => {
      const statuses = await Promise.all([
        exchange(agents.meili, directUrl, 'POST', results, searchKey),
        exchange(agents.meili, directUrl, 'POST', counts, searchKey),
      ]);
      return statuses.every((status) => status === 200) ? 200 : 0;
    });
  }
  const sendApi: Request = (i) => (api[i % api.length] as () => Promise<number>)();
  const sendDirect: Request = (i) => (direct[i % direct.length] as () => Promise<number>)();

  const latency: { catalogue: string; concurrency: number; api: Stats; direct: Stats }[] = [];
  async function measureQueries(catalogue: string) {
    rss.phase = `queries, ${catalogue}`;
    await load(4, 200, sendApi); // warm both paths and the page cache
    await load(4, 200, sendDirect);
    for (const { concurrency, requests } of plan) {
      const runs = {
        api: { latencies: [] as number[], wallMs: 0, errors: 0 },
        direct: { latencies: [] as number[], wallMs: 0, errors: 0 },
      };
      // Alternating rounds, so drift on the shared machine hits both paths alike.
      for (let round = 0; round < rounds; round++) {
        for (const [name, send] of [
          ['direct', sendDirect],
          ['api', sendApi],
        ] as const) {
          const run = await load(concurrency, requests, send);
          runs[name].latencies.push(...run.latencies);
          runs[name].wallMs += run.wallMs;
          runs[name].errors += run.errors;
        }
      }
      const row = {
        catalogue,
        concurrency,
        api: summarize(runs.api.latencies, runs.api.wallMs, runs.api.errors),
        direct: summarize(runs.direct.latencies, runs.direct.wallMs, runs.direct.errors),
      };
      latency.push(row);
      log(
        `${catalogue} c=${concurrency}: api p50 ${ms(row.api.p50)} p95 ${ms(row.api.p95)} p99 ${ms(row.api.p99)} ms ${row.api.rps.toFixed(0)}/s | ` +
          `direct p50 ${ms(row.direct.p50)} p95 ${ms(row.direct.p95)} p99 ${ms(row.direct.p99)} ms ${row.direct.rps.toFixed(0)}/s`,
      );
    }
  }

  await measureQueries(`sample (${sample.length} products)`);

  // Indexing: adding the documents to a fresh index directly, and the full reindex, alternating.
  const indexing: { kind: 'direct' | 'reindex'; ms: number }[] = [];
  const fresh = 'bench_fresh_index';
  async function addDirectly(documents: readonly SearchDocument[]) {
    const started = performance.now();
    await client.createIndex(fresh, { primaryKey: 'id' }).waitTask({ timeout: 0 });
    await client
      .index(fresh)
      .updateSettings(searchSettings as Settings)
      .waitTask({ timeout: 0 });
    const tasks = [];
    for (let i = 0; i < documents.length; i += 5000)
      tasks.push(client.index(fresh).addDocuments(documents.slice(i, i + 5000)));
    for (const task of tasks) await task.waitTask({ timeout: 0 });
    const elapsed = performance.now() - started;
    await client.deleteIndex(fresh).waitTask({ timeout: 0 });
    return elapsed;
  }
  for (let round = 0; round < INDEXING_ROUNDS; round++) {
    rss.phase = `indexing ${productCount}`;
    const directMs = await addDirectly(synthetic);
    indexing.push({ kind: 'direct', ms: directMs });
    log(`add ${productCount} documents to a fresh index directly: ${ms(directMs)} ms`);
    const started = performance.now();
    await reindex({ host: meili.url, apiKey: masterKey, documents: synthetic, force: true, log: () => {} });
    const reindexMs = performance.now() - started;
    indexing.push({ kind: 'reindex', ms: reindexMs });
    log(`full reindex of ${productCount} documents: ${ms(reindexMs)} ms`);
  }

  await measureQueries(`generated (${productCount} products)`);

  rss.stop();
  await site.stop();
  for (const agent of Object.values(agents)) agent.destroy();

  const report = render({ load: [loadAtStart, os.loadavg()[0] ?? 0], version, latency, indexing, rss });
  console.log(report);
  if (values.out) {
    const start = '<!-- bench:search results -->';
    const end = '<!-- /bench:search results -->';
    let existing = '';
    try {
      existing = readFileSync(values.out, 'utf8');
    } catch {}
    const block = `${start}\n${report}\n${end}`;
    const updated = existing.includes(start)
      ? existing.replace(new RegExp(`${start}[\\s\\S]*${end}`), block)
      : `# Search benchmark\n\n${block}\n`;
    writeFileSync(values.out, updated);
    console.log(`written to ${values.out}`);
  }
}

function render(data: {
  load: number[];
  version: string;
  latency: { catalogue: string; concurrency: number; api: Stats; direct: Stats }[];
  indexing: { kind: 'direct' | 'reindex'; ms: number }[];
  rss: RssSampler;
}): string {
  const nproc = execFileSync('nproc').toString().trim();
  const lines: string[] = [];
  lines.push(`Command: \`npm run bench:search -- --products ${productCount} --rounds ${rounds}\``);
  lines.push(
    `Machine: ${nproc} cores (nproc), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ` +
      `Node ${process.version}, Meilisearch ${data.version} (--max-indexing-memory ${MEILI_LIMITS.maxIndexingMemory}, ` +
      `--max-indexing-threads ${MEILI_LIMITS.maxIndexingThreads}, ${MEILI_WRITEMAP_FLAG}, ` +
      `${Object.entries(MEILI_ALLOCATOR_ENV)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ')}), run ${new Date().toISOString().slice(0, 16)}Z, ` +
      `shared with other work (load average ${data.load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end).`,
  );
  lines.push('');
  lines.push('Latency in ms of `GET /api/search` through the production server, and of the same');
  lines.push('Meilisearch requests sent directly (the federated multi-search of the results and the');
  lines.push('multi-search counting each status, sent together), in alternating rounds:');
  lines.push('');
  lines.push(
    '| catalogue | concurrency | API p50 | API p95 | API p99 | API req/s | direct p50 | direct p95 | direct p99 | direct req/s | p95 ratio | p50 gap | errors (API / direct) |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of data.latency) {
    lines.push(
      `| ${row.catalogue} | ${row.concurrency} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${ms(row.api.p99)} | ${row.api.rps.toFixed(0)} | ` +
        `${ms(row.direct.p50)} | ${ms(row.direct.p95)} | ${ms(row.direct.p99)} | ${row.direct.rps.toFixed(0)} | ` +
        `${(row.api.p95 / row.direct.p95).toFixed(2)}× | ${(row.api.p50 - row.direct.p50).toFixed(1)} | ${row.api.errors} / ${row.direct.errors} |`,
    );
  }
  lines.push('');
  const direct = data.indexing.filter((i) => i.kind === 'direct').map((i) => i.ms);
  const reindexed = data.indexing.filter((i) => i.kind === 'reindex').map((i) => i.ms);
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  lines.push(`Indexing ${productCount} generated products (${INDEXING_ROUNDS} alternating rounds, ms):`);
  lines.push('');
  lines.push(`| | ${direct.map((_, i) => `round ${i + 1}`).join(' | ')} | median |`);
  lines.push(`|---|${direct.map(() => '---:|').join('')}---:|`);
  lines.push(
    `| add to a fresh index directly (settings, documents) | ${direct.map(ms).join(' | ')} | ${ms(median(direct))} |`,
  );
  lines.push(
    `| full reindex (fresh index, settings, documents, swap, delete old, state) | ${reindexed.map(ms).join(' | ')} | ${ms(median(reindexed))} |`,
  );
  lines.push('');
  lines.push(
    'Meilisearch resident memory, peak per phase in MB (VmRSS; its heap, RssAnon; mapped index files, RssFile):',
  );
  lines.push('');
  lines.push('| phase | VmRSS | RssAnon | RssFile |');
  lines.push('|---|---:|---:|---:|');
  for (const [phase, peak] of data.rss.phasePeak) {
    lines.push(`| ${phase} | ${peak.rss.toFixed(0)} | ${peak.anon.toFixed(0)} | ${peak.file.toFixed(0)} |`);
  }
  lines.push('');
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const p95ok = data.latency.every((r) => r.api.p95 <= 1.3 * r.direct.p95);
  const p50ok = data.latency.filter((r) => r.concurrency === 1).every((r) => r.api.p50 - r.direct.p50 <= 2);
  const reindexRatio = median(reindexed) / median(direct);
  lines.push('Goals (ratios measured side by side in this run):');
  lines.push('');
  lines.push(
    `- API p95 ≤ 1.3× direct p95 at every concurrency: ${verdict(p95ok)} (worst ${Math.max(...data.latency.map((r) => r.api.p95 / r.direct.p95)).toFixed(2)}×)`,
  );
  const worstGap = Math.max(
    ...data.latency.filter((r) => r.concurrency === 1).map((r) => r.api.p50 - r.direct.p50),
  );
  lines.push(
    `- API p50 at concurrency 1 within 2 ms of direct: ${verdict(p50ok)} (worst gap ${worstGap.toFixed(1)} ms)`,
  );
  lines.push(
    `- full reindex ≤ 1.2× adding the documents directly (medians): ${verdict(reindexRatio <= 1.2)} (${reindexRatio.toFixed(2)}×)`,
  );
  lines.push(
    `- Meilisearch RSS ≤ 300 MB throughout: ${verdict(data.rss.peak <= 300)} (peak ${data.rss.peak.toFixed(0)} MB)`,
  );
  return lines.join('\n');
}

await main();
