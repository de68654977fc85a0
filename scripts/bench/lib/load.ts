/**
 * Closed-loop load for the server benchmarks: `concurrency` clients on keep-alive connections,
 * each sending its next request as soon as the last one is answered, for a fixed time; and the
 * two requests the enquiry benchmarks compare, a static page and an enquiry.
 */
import { Agent, request } from 'node:http';
import { paths } from '../../../src/lib/paths.ts';
import { percentile } from './stats.ts';

export interface Phase {
  name: string;
  ok: number;
  failed: number;
  seconds: number;
  latencies: number[];
}

export const perSecond = (p: Phase): number => p.ok / p.seconds;

export interface Load {
  /** Runs `once` from every client for `seconds`, counting successes and timing each. */
  phase(name: string, once: (i: number) => Promise<boolean>): Promise<Phase>;
  send(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<{ status: number; body: string }>;
  close(): void;
}

export function createLoad(options: { concurrency: number; seconds: number }): Load {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  let counter = 0;
  return {
    send(url, method, headers, body) {
      return new Promise((resolve, reject) => {
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
    },
    async phase(name, once) {
      const latencies: number[] = [];
      let ok = 0;
      let failed = 0;
      const started = performance.now();
      const end = started + options.seconds * 1000;
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          while (performance.now() < end) {
            const t = performance.now();
            const success = await once(counter++).catch(() => false);
            latencies.push(performance.now() - t);
            if (success) ok++;
            else failed++;
          }
        }),
      );
      return { name, ok, failed, seconds: (performance.now() - started) / 1000, latencies };
    },
    close: () => agent.destroy(),
  };
}

/** A static page and an enquiry, the two requests the benchmarks compare, against servers chosen per request. */
export function siteRequests(load: Load, product: string) {
  const runId = crypto.randomUUID();
  const acknowledged: string[] = [];
  return {
    acknowledged,
    async getStatic(origin: string) {
      const url = new URL(paths.product('vi', product), origin);
      return (await load.send(url, 'GET', { 'accept-encoding': 'br, gzip' })).status === 200;
    },
    async postEnquiry(origin: string, i: number) {
      const body = JSON.stringify({
        product,
        name: `Người mua ${i}`,
        email: `buyer${i}@example.vn`,
        message: 'Xin báo giá sỉ 500 kg, giao tháng sau.',
        consent: true,
      });
      const response = await load.send(
        new URL(paths.api.enquiries, origin),
        'POST',
        {
          'content-type': 'application/json',
          origin,
          'idempotency-key': `bench-${runId}-${i}`,
          'content-length': String(Buffer.byteLength(body)),
        },
        body,
      );
      if (response.status !== 201) return false;
      acknowledged.push(...(JSON.parse(response.body) as { ids: string[] }).ids);
      return true;
    },
  };
}

export function phaseTable(phases: readonly Phase[]): string {
  const rows = phases.map(
    (p) =>
      `| ${p.name} | ${p.ok} | ${p.failed} | ${perSecond(p).toFixed(0)} | ${percentile(p.latencies, 0.5).toFixed(2)} | ${percentile(p.latencies, 0.99).toFixed(2)} |`,
  );
  return [
    '| what | ok | failed | per second | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
