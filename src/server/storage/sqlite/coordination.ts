/** What processes sharing the file coordinate through: rate-limit counters, job leases, secrets. */
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { CounterStore, LeaseStore } from '../storage.ts';
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

export function sqliteSecret(db: DatabaseSync) {
  const insert = db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING');
  const read = db.prepare('SELECT value FROM secrets WHERE name = ?');
  // The first process to ask makes it; every other one reads the same.
  return async (name: string): Promise<string> => {
    insert.run(name, randomBytes(32).toString('base64url'));
    return (read.get(name) as { value: string }).value;
  };
}
