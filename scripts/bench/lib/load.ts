/**
 * A closed-loop load generator for the server benchmarks: `concurrency` loops, each sending its
 * next request as soon as the last one answered, over one keep-alive agent, timing each.
 */
import { Agent, request } from 'node:http';

export interface Phase {
  name: string;
  ok: number;
  failed: number;
  seconds: number;
  /** Sorted, in milliseconds. */
  latencies: number[];
}

export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export const rate = (p: Phase): number => p.ok / p.seconds;

export function loadGenerator(concurrency: number) {
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

  /** Runs `once` from every loop until `until()` says stop, counting successes and timing each. */
  async function phase(
    name: string,
    until: () => boolean,
    once: (i: number) => Promise<boolean>,
  ): Promise<Phase> {
    const latencies: number[] = [];
    let ok = 0;
    let failed = 0;
    let i = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (!until()) {
          const t = performance.now();
          const success = await once(i++).catch(() => false);
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

  /** A phase of `seconds`. */
  const timed = (name: string, seconds: number, once: (i: number) => Promise<boolean>) => {
    const end = performance.now() + seconds * 1000;
    return phase(name, () => performance.now() >= end, once);
  };

  return { send, phase, timed, close: () => agent.destroy() };
}

/** Phases of the same kind (alternating rounds of a run) as one. */
export const mergePhases = (name: string, phases: readonly Phase[]): Phase => ({
  name,
  ok: phases.reduce((n, p) => n + p.ok, 0),
  failed: phases.reduce((n, p) => n + p.failed, 0),
  seconds: phases.reduce((n, p) => n + p.seconds, 0),
  latencies: phases.flatMap((p) => p.latencies).sort((a, b) => a - b),
});

/** A Markdown table row of a phase. */
export const phaseRow = (p: Phase): string =>
  `| ${p.name} | ${p.ok} | ${p.failed} | ${rate(p).toFixed(0)} | ${quantile(p.latencies, 0.5).toFixed(2)} | ${quantile(p.latencies, 0.99).toFixed(2)} |`;

export const phaseHeader =
  '| what | ok | failed | per second | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|';
