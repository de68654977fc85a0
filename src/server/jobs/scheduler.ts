/**
 * Scheduled jobs (retention, reminders, republishing when a status changes…), run by one process
 * at a time: the one holding the `jobs` lease in the shared storage. It renews the lease on every
 * tick; if it dies, the lease runs out and another instance takes over. Jobs are idempotent (each
 * records what it has done), so a run cut short by a crash is simply run again.
 */
import type { Logger } from '../log.ts';
import type { LeaseStore } from '../storage/storage.ts';

export interface Job {
  name: string;
  /** Whether the job should run now; `lastRun` is when this process last ran it (undefined: never). */
  due(now: Date, lastRun: Date | undefined): boolean;
  /** Does the work; returns a short summary for the log. */
  run(now: Date): Promise<string | undefined>;
}

export interface Scheduler {
  /** Runs every due job once now (if this process holds the lease), e.g. right after start. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

const LEASE = 'jobs';
const LEASE_MS = 120_000;

export function startScheduler(options: {
  jobs: readonly Job[];
  leases: LeaseStore;
  /** Who this process is, in the lease table (host and pid). */
  holder: string;
  now: () => Date;
  log: Logger;
  tickMs?: number;
}): Scheduler {
  const { jobs, leases, holder, log } = options;
  const lastRun = new Map<string, Date>();
  let ticking: Promise<void> | undefined;

  async function runDue() {
    const now = options.now();
    if (!(await leases.acquire(LEASE, holder, now, new Date(now.getTime() + LEASE_MS)))) return;
    for (const job of jobs) {
      if (!job.due(options.now(), lastRun.get(job.name))) continue;
      const started = performance.now();
      try {
        const summary = await job.run(options.now());
        lastRun.set(job.name, options.now());
        log.info('job', {
          job: job.name,
          ms: Math.round(performance.now() - started),
          outcome: summary ?? 'done',
        });
      } catch (error) {
        log.error('job', {
          job: job.name,
          ms: Math.round(performance.now() - started),
          outcome: 'failed',
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  const tick = () => {
    ticking ??= runDue()
      .catch((error: unknown) =>
        log.error('jobs: lease', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        ticking = undefined;
      });
    return ticking;
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? 30_000);
  timer.unref();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await ticking;
      await leases.release(LEASE, holder).catch(() => {});
    },
  };
}

/** Due once per calendar day (`day` gives today's), and at start. */
export const daily =
  (day: (now: Date) => string) =>
  (now: Date, lastRun: Date | undefined): boolean =>
    lastRun === undefined || day(lastRun) !== day(now);

/** Due every `ms`, and at start. */
export const every =
  (ms: number) =>
  (now: Date, lastRun: Date | undefined): boolean =>
    lastRun === undefined || now.getTime() - lastRun.getTime() >= ms;
