import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type RssPeak, sampleTreeRss } from '../lib/rss-sampler.ts';

/**
 * Log lines that start a phase of `astro build`, in the order Astro prints them; each phase lasts
 * until the next. The number is the phase that must have started first: Astro prints "[build] ✓
 * Completed in" after every step, and only the one after rendering starts the integrations' hooks.
 */
const phaseStarts = [
  ['bundle (Vite)', /Building \w+ entrypoints/, -1],
  ['render pages', /(generating|prerendering) static routes/, 0],
  ['optimize images', /generating optimized images/, 1],
  ['integrations (sitemap, precompress, …)', /\[build\] ✓ Completed in/, 1],
  ['end', /Complete!/, 1],
] as const;
/** Astro's line per prerendered file: "  ├─ /san-pham/mien-dong/index.html (+5ms)", or (+1.43s) when slow. */
const renderedFile = /─ (\/\S*) \(\+([\d.]+)(m?s)\)/;

/**
 * The shape of a prerendered path, so that time can be summed per kind of page: the first
 * segment (two under /en/), then * for each further segment; a file other than index.html
 * keeps its extension. Product pages are "/san-pham/x/", OG images "/og/x.png" with x = *.
 */
export function routeShape(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const file = segments.at(-1)?.includes('.') ? segments.pop() : undefined;
  const fixed = segments[0] === 'en' ? 2 : 1;
  const dirs = segments.map((s, i) => (i < fixed ? s : '*'));
  if (file && file !== 'index.html') {
    const name = segments.length === 0 ? file : `*${file.slice(file.lastIndexOf('.'))}`;
    return `/${[...dirs, name].join('/')}`;
  }
  return `/${dirs.map((d) => `${d}/`).join('')}`;
}

/** Lines printed by heap-probe.ts, preloaded into the build. */
const heapProbe = /^\[heap-probe\] (\d+) (\d+) (\d+) (\d+) (\d+)$/;
const heapProbeModule = fileURLToPath(new URL('./heap-probe.ts', import.meta.url));

/**
 * The precompress integration logs the time it takes after rendering (pages are compressed while
 * they render): "the rest: 205 files compressed in 2349 ms".
 */
const precompressed = /\[ocop:precompress\] the rest: \d+ files compressed in (\d+) ms/;

export interface BuildRun {
  wallMs: number;
  rss: RssPeak;
  /** HTML files written. */
  pages: number;
  htmlBytes: number;
  /**
   * Per phase, from the build's log, in the order they ran: its length, the highest RSS of the
   * process tree, and the highest JavaScript heap and native (external) memory of the build process.
   */
  phases: {
    name: string;
    ms: number;
    peakBytes: number;
    peakHeapMiB: number;
    peakHeapTotalMiB: number;
    peakExternalMiB: number;
  }[];
  /** Milliseconds the precompress integration reports for itself. */
  precompressMs?: number | undefined;
  /** Render time and file count per route shape (see routeShape), from Astro's per-file log lines. */
  routes: Map<string, { files: number; ms: number }>;
  logFile: string;
}

async function countHtml(dir: string): Promise<{ pages: number; bytes: number }> {
  let pages = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    pages++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { pages, bytes };
}

/**
 * Runs `astro build` in a project folder on this Node, sampling the memory of its process tree
 * every 100 ms and timing its phases from the log (kept in build.log beside the project).
 * It runs the project's own build script (package.json "build", as `npm run build` would), so the
 * catalogue is built with the settings the site uses. `nodeArgs` go to Node through NODE_OPTIONS,
 * e.g. --cpu-prof; `env` adds to the environment.
 */
export async function runAstroBuild(
  projectDir: string,
  nodeArgs: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<BuildRun> {
  const logFile = join(projectDir, 'build.log');
  const log = createWriteStream(logFile);
  const manifest = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8'));
  const script: string = manifest.scripts?.build ?? 'astro build';
  const started = performance.now();
  // exec: the build's Node process takes the shell's place, so the sampled root is Node itself.
  const child = spawn('sh', ['-c', `exec ${script}`], {
    cwd: projectDir,
    env: {
      ...process.env,
      ...env,
      PATH: `${join(projectDir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      NODE_OPTIONS: [`--import=${heapProbeModule}`, ...nodeArgs].join(' '),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('astro build did not start');
  const sampler = sampleTreeRss(child.pid);

  const marks: { label: string; at: number }[] = [{ label: 'start-up and content sync', at: 0 }];
  let precompressMs: number | undefined;
  let reached = -1;
  const routes = new Map<string, { files: number; ms: number }>();
  let tail: string[] = [];
  const heap: { at: number; heapMiB: number; heapTotalMiB: number; externalMiB: number }[] = [];
  const onLine = (line: string) => {
    const at = performance.now() - started;
    log.write(`${(at / 1000).toFixed(2).padStart(8)}s ${line}\n`);
    const probe = heapProbe.exec(line);
    if (probe) {
      heap.push({
        at,
        heapMiB: Number(probe[2]),
        heapTotalMiB: Number(probe[3]),
        externalMiB: Number(probe[4]),
      });
      return;
    }
    tail = [...tail.slice(-30), line];
    // Phases only move forward, and each only after the phase it needs.
    const next = phaseStarts.findIndex(
      ([, pattern, after], i) => i > reached && reached >= after && pattern.test(line),
    );
    if (next >= 0) {
      reached = next;
      marks.push({ label: (phaseStarts[next] as (typeof phaseStarts)[number])[0], at });
    }
    const rendered = renderedFile.exec(line);
    if (rendered?.[1] && rendered[2]) {
      const shape = routeShape(rendered[1]);
      const route = routes.get(shape) ?? { files: 0, ms: 0 };
      const ms = Number(rendered[2]) * (rendered[3] === 's' ? 1000 : 1);
      routes.set(shape, { files: route.files + 1, ms: route.ms + ms });
    }
    const compressed = precompressed.exec(line)?.[1];
    if (compressed) precompressMs = Number(compressed);
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
  );
  const wallMs = performance.now() - started;
  const rss = sampler.stop();
  log.end();
  if (code !== 0) {
    const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
    throw new Error(
      `astro build in ${projectDir} ${how} after ${Math.round(wallMs / 1000)} s:\n${tail.join('\n')}`,
    );
  }

  marks.push({ label: 'exit', at: wallMs });
  const phases = marks.flatMap((mark, i) => {
    const next = marks[i + 1];
    if (!next || mark.label === 'end') return [];
    const within = <T extends { at: number }>(samples: T[]) =>
      samples.filter((s) => s.at >= mark.at && s.at <= next.at);
    const probes = within(heap);
    return [
      {
        name: mark.label,
        ms: next.at - mark.at,
        peakBytes: Math.max(0, ...within(rss.timeline).map((s) => s.bytes)),
        peakHeapMiB: Math.max(0, ...probes.map((p) => p.heapMiB)),
        peakHeapTotalMiB: Math.max(0, ...probes.map((p) => p.heapTotalMiB)),
        peakExternalMiB: Math.max(0, ...probes.map((p) => p.externalMiB)),
      },
    ];
  });
  const html = await countHtml(join(projectDir, 'dist'));
  return { wallMs, rss, pages: html.pages, htmlBytes: html.bytes, phases, precompressMs, routes, logFile };
}
