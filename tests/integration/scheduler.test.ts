/**
 * Scheduled jobs over a real storage (both implementations): one instance runs a period's job,
 * and neither a second instance, a restart, nor a handover of the lease does the period again;
 * a failed run is retried, and one cut short by a crash is taken over once its claim runs out.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { vietnamDay } from '../../src/lib/calendar.ts';
import { type Job, type Scheduler, startScheduler } from '../../src/server/jobs/scheduler.ts';
import { createLogger, type Logger } from '../../src/server/log.ts';
import { type OpenedStorage, storageKinds } from '../support/storages.ts';

const MINUTE = 60_000;

describe.each(storageKinds)('$name: scheduled jobs', (kind) => {
  let opened: OpenedStorage;
  let time: Date;
  let log: string;
  let logger: Logger;
  const schedulers: Scheduler[] = [];

  beforeEach(async () => {
    opened = await kind.open();
    time = new Date('2026-11-28T03:00:00Z');
    log = '';
    logger = createLogger((text) => {
      log += text;
    });
  });
  afterEach(async () => {
    await Promise.all(schedulers.splice(0).map((s) => s.stop()));
    await opened.dispose();
  });

  /** A scheduler as one instance runs it (its own holder name), on the shared storage and clock. */
  const instance = (holder: string, jobs: Job[]) => {
    const scheduler = startScheduler({
      jobs,
      leases: opened.storage.leases,
      runs: opened.storage.jobRuns,
      holder,
      now: () => time,
      log: logger,
      tickMs: 60 * MINUTE,
    });
    schedulers.push(scheduler);
    return scheduler;
  };
  const daily = (done: string[]): Job => ({
    name: 'daily',
    period: vietnamDay,
    async run(now) {
      done.push(vietnamDay(now));
      return 'counted';
    },
  });

  test('a day is done once, whatever instance, restart or lease handover comes after', async () => {
    const done: string[] = [];
    const a = instance('a', [daily(done)]);
    await Promise.all([a.tick(), instance('b', [daily(done)]).tick()]);
    expect(done).toEqual(['2026-11-28']);
    logger.flush();
    expect(JSON.parse(log.trim())).toMatchObject({
      msg: 'job',
      job: 'daily',
      period: '2026-11-28',
      outcome: 'counted',
    });

    // The lease holder dies without a word; once its lease has run out another instance takes over.
    time = new Date(time.getTime() + 10 * MINUTE);
    await instance('c', [daily(done)]).tick();
    // A restart of any of them, later the same day.
    time = new Date(time.getTime() + 3 * 60 * MINUTE);
    await instance('a after restart', [daily(done)]).tick();
    expect(done).toEqual(['2026-11-28']);

    time = new Date('2026-11-29T01:00:00Z');
    await Promise.all(['c', 'd'].map((h) => instance(h, [daily(done)]).tick()));
    expect(done).toEqual(['2026-11-28', '2026-11-29']);
  });

  test('a failed run is retried at the next tick', async () => {
    let attempts = 0;
    const flaky: Job = {
      name: 'flaky',
      period: vietnamDay,
      async run() {
        attempts++;
        if (attempts === 1) throw new Error('database busy');
        return 'done';
      },
    };
    const a = instance('a', [flaky]);
    await a.tick();
    await a.tick();
    await a.tick();
    expect(attempts).toBe(2);
    expect(await opened.rows("SELECT outcome FROM job_runs WHERE job = 'flaky'")).toEqual([
      { outcome: 'done' },
    ]);
  });

  test('a run cut short by a crash is taken over once its claim has run out', async () => {
    // The crashed instance claimed the day and never finished it.
    expect(
      await opened.storage.jobRuns.claim(
        'daily',
        '2026-11-28',
        'crashed',
        time,
        new Date(time.getTime() + 2 * MINUTE),
      ),
    ).toBe(true);
    const done: string[] = [];
    await instance('b', [daily(done)]).tick();
    expect(done).toEqual([]);
    time = new Date(time.getTime() + 3 * MINUTE);
    await instance('c', [daily(done)]).tick();
    expect(done).toEqual(['2026-11-28']);
  });
});
