/**
 * Scheduled jobs (retention, reminders, republishing when a status changes…), run by one process
 * at a time: the one holding the `jobs` lease in the shared storage. It renews the lease on every
 * tick; if it dies, the lease runs out and another instance takes over. A job runs once per
 * period (a day, say): the run is claimed in the storage before it is done and recorded when it
 * is, so two instances, a restart or a lease handover never do a period twice. A run cut short by
 * a crash is claimed again once its claim runs out; one that failed, at the next tick.
 */
import type { Logger } from '../log.ts';
import type { JobRunStore, LeaseStore } from '../storage/storage.ts';

export interface Job {
  name: string;
  /** The period a run at `now` belongs to (e.g. the calendar day): the job runs once in each. */
  period(now: Date): string;
  /** Does the work; returns a short summary for the log and the run's record. */
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
  runs: JobRunStore;
  /** Who this process is, in the lease table (host and pid). */
  holder: string;
  now: () => Date;
  log: Logger;
  tickMs?: number;
}): Scheduler {
  const { jobs, leases, runs, holder, log } = options;
  let ticking: Promise<void> | undefined;

  async function runDue() {
    const now = options.now();
    const leaseEnd = new Date(now.getTime() + LEASE_MS);
    if (!(await leases.acquire(LEASE, holder, now, leaseEnd))) return;
    for (const job of jobs) {
      const period = job.period(options.now());
      // The claim ends with the lease: whoever holds the lease next may take over a run left unfinished.
      if (!(await runs.claim(job.name, period, holder, options.now(), leaseEnd))) continue;
      const started = performance.now();
      const fields = { job: job.name, period };
      try {
        const outcome = (await job.run(options.now())) ?? 'done';
        await runs.finish(job.name, period, holder, options.now(), outcome);
        log.info('job', { ...fields, ms: Math.round(performance.now() - started), outcome });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await runs.fail(job.name, period, holder, options.now(), `failed: ${message}`);
        log.error('job', {
          ...fields,
          ms: Math.round(performance.now() - started),
          outcome: 'failed',
          error: message,
        });
      }
    }
  }

  const tick = () => {
    ticking ??= runDue()
      .catch((error: unknown) =>
        log.error('jobs: storage', { error: error instanceof Error ? error.message : String(error) }),
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
