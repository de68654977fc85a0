/**
 * The storage implementations the contract tests run against, each on a real database with
 * nothing in it: a SQLite file in a temporary folder, or a database on the run's PostgreSQL.
 * Each comes with a way to look at its tables directly, as an operator would, for what the
 * interface does not show (hashes at rest, rows left behind).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import postgres from 'postgres';
import { openPostgresStorage } from '../../src/server/storage/postgres/postgres-storage.ts';
import { databaseFile } from '../../src/server/storage/sqlite/database.ts';
import { openSqliteStorage } from '../../src/server/storage/sqlite/sqlite-storage.ts';
import type { Storage } from '../../src/server/storage/storage.ts';
import { freshDatabase } from './postgres.ts';

export interface OpenedStorage {
  storage: Storage;
  /** Rows of a query run directly on the database. */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Runs a statement directly (to age a row, say). */
  run(sql: string): Promise<void>;
  /** Closes the storage and removes the database. */
  dispose(): Promise<void>;
}

export interface StorageKind {
  name: string;
  open(): Promise<OpenedStorage>;
}

export const sqliteStorage: StorageKind = {
  name: 'sqlite',
  async open() {
    const dataDir = await mkdtemp(join(tmpdir(), 'ocop-storage-'));
    const storage = openSqliteStorage(dataDir);
    const direct = new DatabaseSync(databaseFile(dataDir));
    return {
      storage,
      rows: async (sql) => direct.prepare(sql).all() as Record<string, unknown>[],
      run: async (sql) => {
        direct.exec(sql);
      },
      async dispose() {
        direct.close();
        await storage.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
};

/** One database per test file, emptied for each test (a new database per test costs a second). */
let database: Promise<string> | undefined;

export const postgresStorage: StorageKind = {
  name: 'postgres',
  async open() {
    database ??= freshDatabase();
    const url = await database;
    const storage = await openPostgresStorage(url);
    const direct = postgres(url, { max: 1, onnotice: () => {} });
    await direct.unsafe(
      'DELETE FROM enquiries; DELETE FROM tracking_links; DELETE FROM idempotency_keys; DELETE FROM users; DELETE FROM counters; DELETE FROM leases; DELETE FROM secrets; DELETE FROM job_runs; DELETE FROM search_counts; DELETE FROM scan_counts; DELETE FROM outbox; DELETE FROM certificate_reminders; DELETE FROM fair_leads;',
    );
    return {
      storage,
      rows: async (sql) => [...(await direct.unsafe(sql))],
      run: async (sql) => {
        await direct.unsafe(sql);
      },
      async dispose() {
        await direct.end();
        await storage.close();
      },
    };
  },
};

export const storageKinds: StorageKind[] = [sqliteStorage, postgresStorage];
