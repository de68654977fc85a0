/** What processes sharing the file coordinate through: rate-limit counters, job leases and runs, secrets. */
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { CounterStore, JobRunStore, LeaseStore } from '../storage.ts';
import { transaction } from './database.ts';

export function sqliteCounters(db: DatabaseSync): CounterStore {
  const read = db.prepare('SELECT state FROM counters WHERE key = ?');
  const write = db.prepare(
    'INSERT INTO counters (key, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );
  return {
    // BEGIN IMMEDIATE takes the write lock before reading: another process waits, then sees this count.
    async update(key, now, step) {
      return transaction(db, () => {
        const row = read.get(key) as { state: string } | undefined;
        const { state, result } = step(row ? JSON.parse(row.state) : undefined);
        write.run(key, JSON.stringify(state), now);
        return result;
      });
    },
  };
}

export function sqliteLeases(db: DatabaseSync): LeaseStore {
  const take = db.prepare(`
    INSERT INTO leases (name, holder, until) VALUES (:name, :holder, :until)
    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
    WHERE leases.holder = excluded.holder OR leases.until <= :now`);
  return {
    async acquire(name, holder, now, until) {
      return take.run({ name, holder, until: until.toISOString(), now: now.toISOString() }).changes > 0;
    },
    async release(name, holder) {
      db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder);
    },
  };
}

export function sqliteJobRuns(db: DatabaseSync): JobRunStore {
  const take = db.prepare(`
    INSERT INTO job_runs (job, period, holder, claimed_until, started_at) VALUES (:job, :period, :holder, :until, :now)
    ON CONFLICT (job, period) DO UPDATE SET
      holder = excluded.holder, claimed_until = excluded.claimed_until, started_at = excluded.started_at
    WHERE job_runs.finished_at IS NULL AND job_runs.claimed_until <= :now`);
  const finish = db.prepare(
    'UPDATE job_runs SET finished_at = ?, outcome = ? WHERE job = ? AND period = ? AND holder = ?',
  );
  const fail = db.prepare(
    'UPDATE job_runs SET claimed_until = ?, outcome = ? WHERE job = ? AND period = ? AND holder = ? AND finished_at IS NULL',
  );
  return {
    async claim(job, period, holder, now, until) {
      const times = { now: now.toISOString(), until: until.toISOString() };
      return take.run({ job, period, holder, ...times }).changes > 0;
    },
    async finish(job, period, holder, at, outcome) {
      finish.run(at.toISOString(), outcome, job, period, holder);
    },
    async fail(job, period, holder, at, outcome) {
      fail.run(at.toISOString(), outcome, job, period, holder);
    },
  };
}

export function sqliteSecret(db: DatabaseSync) {
  const insert = db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING');
  const read = db.prepare('SELECT value FROM secrets WHERE name = ?');
  // The first process to ask makes it; every other one reads the same.
  return async (name: string): Promise<string> => {
    insert.run(name, randomBytes(32).toString('base64url'));
    return (read.get(name) as { value: string }).value;
  };
}
