import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.ts';

/** The database file of a data folder. */
export const databaseFile = (dataDir: string): string => join(dataDir, 'ocop.sqlite');

/**
 * The data folder, readable by the server's user only (0700), whoever creates it first: the
 * server, `npm run users` or a publish. Its files hold personal data and keys.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Opens `<dataDir>/ocop.sqlite` and brings its schema up to date. The file is created 0600
 * before SQLite opens it (SQLite gives its -wal and -shm files the same mode). WAL with
 * synchronous=FULL: a transaction is on disk (the WAL is fsynced) before COMMIT returns, so
 * whatever the server acknowledged survives a kill -9 or a power cut.
 */
export function openDatabase(dataDir: string): DatabaseSync {
  ensurePrivateDir(dataDir);
  const file = databaseFile(dataDir);
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  // The timeout is SQLite's busy_timeout: wait for another connection's write lock instead of failing.
  const db = new DatabaseSync(file, { timeout: 5000, enableForeignKeyConstraints: true });
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  migrate(db);
  return db;
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

/**
 * Commits fn's writes with an fsync on a connection that otherwise runs synchronous=NORMAL:
 * for the rare changes a person makes and is told are saved (an enquiry's status, a deletion).
 */
export function durably<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('PRAGMA synchronous = FULL');
  try {
    return transaction(db, fn);
  } finally {
    db.exec('PRAGMA synchronous = NORMAL');
  }
}
