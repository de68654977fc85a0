/** What instances sharing the database coordinate through: rate-limit counters, job leases and runs, secrets. */
import { randomBytes } from 'node:crypto';
import type { CounterState, CounterStore, JobRunStore, LeaseStore } from '../storage.ts';
import type { Sql } from './database.ts';

export function postgresCounters(sql: Sql): CounterStore {
  return {
    // The row is made if missing, then locked (FOR UPDATE) before it is read: another instance
    // counting the same key waits for this commit, then reads this count.
    async update(key, now, step) {
      return sql.begin(async (tx) => {
        await tx`INSERT INTO counters (key, state, updated_at) VALUES (${key}, 'null', ${now}) ON CONFLICT (key) DO NOTHING`;
        const [row] = await tx<{ state: CounterState | null }[]>`
          SELECT state FROM counters WHERE key = ${key} FOR UPDATE`;
        const { state, result } = step((row?.state ?? undefined) as Parameters<typeof step>[0]);
        await tx`UPDATE counters SET state = ${tx.json(state)}, updated_at = ${now} WHERE key = ${key}`;
        return result;
      });
    },
  };
}

export function postgresLeases(sql: Sql): LeaseStore {
  return {
    async acquire(name, holder, now, until) {
      const taken = await sql`
        INSERT INTO leases (name, holder, until) VALUES (${name}, ${holder}, ${until})
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
        WHERE leases.holder = excluded.holder OR leases.until <= ${now}`;
      return taken.count > 0;
    },
    async release(name, holder) {
      await sql`DELETE FROM leases WHERE name = ${name} AND holder = ${holder}`;
    },
  };
}

export function postgresJobRuns(sql: Sql): JobRunStore {
  return {
    async claim(job, period, holder, now, until) {
      const claimed = await sql`
        INSERT INTO job_runs (job, period, holder, claimed_until, started_at)
        VALUES (${job}, ${period}, ${holder}, ${until}, ${now})
        ON CONFLICT (job, period) DO UPDATE SET
          holder = excluded.holder, claimed_until = excluded.claimed_until, started_at = excluded.started_at
        WHERE job_runs.finished_at IS NULL AND job_runs.claimed_until <= ${now}`;
      return claimed.count > 0;
    },
    async finish(job, period, holder, at, outcome) {
      await sql`
        UPDATE job_runs SET finished_at = ${at}, outcome = ${outcome}
        WHERE job = ${job} AND period = ${period} AND holder = ${holder}`;
    },
    async fail(job, period, holder, at, outcome) {
      await sql`
        UPDATE job_runs SET claimed_until = ${at}, outcome = ${outcome}
        WHERE job = ${job} AND period = ${period} AND holder = ${holder} AND finished_at IS NULL`;
    },
  };
}

export function postgresSecret(sql: Sql) {
  // The first instance to ask makes it; every other one reads the same.
  return async (name: string): Promise<string> => {
    await sql`
      INSERT INTO secrets (name, value) VALUES (${name}, ${randomBytes(32).toString('base64url')})
      ON CONFLICT (name) DO NOTHING`;
    const [row] = await sql<{ value: string }[]>`SELECT value FROM secrets WHERE name = ${name}`;
    return (row as { value: string }).value;
  };
}
