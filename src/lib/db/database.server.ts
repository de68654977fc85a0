import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.server.ts';

/** The data folder when OCOP_DATA_DIR is not set: `.data` beside package.json (gitignored). */
export const defaultDataDir = '.data';

export const databaseFile = (dataDir: string): string => join(resolve(dataDir), 'ocop.sqlite');

const connections = new Map<string, DatabaseSync>();

/**
 * The process's connection to `<dataDir>/ocop.sqlite`, opened and migrated on first use.
 * WAL with synchronous=FULL: a transaction is on disk (the WAL is fsynced) before COMMIT returns,
 * so whatever the server acknowledged survives a kill -9 or a power cut.
 */
export function openDatabase(dataDir: string): DatabaseSync {
  const file = databaseFile(dataDir);
  const open = connections.get(file);
  if (open?.isOpen) return open;
  mkdirSync(resolve(dataDir), { recursive: true });
  // The timeout is SQLite's busy_timeout: wait for another process's write lock instead of failing.
  const db = new DatabaseSync(file, { timeout: 5000, enableForeignKeyConstraints: true });
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  migrate(db);
  connections.set(file, db);
  return db;
}

/** Closes the connection (tests and command-line tools; the server keeps it for its lifetime). */
export function closeDatabase(dataDir: string): void {
  const file = databaseFile(dataDir);
  connections.get(file)?.close();
  connections.delete(file);
}

/** Runs fn in one write transaction. */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
