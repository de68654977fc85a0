/** Inbox accounts and their sessions, in SQL. */
import type { DatabaseSync } from 'node:sqlite';
import type { Account } from '../../../lib/auth/account.ts';
import type { AccountRow, AccountStore, SessionStore } from '../storage.ts';

export function sqliteAccounts(db: DatabaseSync): AccountStore {
  return {
    async insert(row) {
      const result = db
        .prepare(
          'INSERT INTO users (email, password_hash, role, producer, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING',
        )
        .run(row.email, row.passwordHash, row.role, row.producer, row.createdAt.toISOString());
      if (result.changes === 0) return undefined;
      return { id: Number(result.lastInsertRowid), email: row.email, role: row.role, producer: row.producer };
    },
    async byEmail(email) {
      return db
        .prepare('SELECT id, email, role, producer, password_hash AS passwordHash FROM users WHERE email = ?')
        .get(email) as AccountRow | undefined;
    },
    async list() {
      return db
        .prepare('SELECT id, email, role, producer FROM users ORDER BY email')
        .all() as unknown as Account[];
    },
    async remove(email) {
      return db.prepare('DELETE FROM users WHERE email = ?').run(email).changes > 0;
    },
  };
}

export function sqliteSessions(db: DatabaseSync): SessionStore {
  return {
    async insert(row) {
      db.prepare(
        'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ).run(
        row.tokenHash,
        row.accountId,
        row.csrfToken,
        row.createdAt.toISOString(),
        row.expiresAt.toISOString(),
      );
    },
    async find(tokenHash, now) {
      const row = db
        .prepare(`
          SELECT users.id, users.email, users.role, users.producer, sessions.csrf_token
          FROM sessions JOIN users ON users.id = sessions.user_id
          WHERE sessions.token_hash = ? AND sessions.expires_at > ?`)
        .get(tokenHash, now.toISOString()) as (Account & { csrf_token: string }) | undefined;
      if (!row) return undefined;
      return {
        account: { id: row.id, email: row.email, role: row.role, producer: row.producer },
        csrfToken: row.csrf_token,
      };
    },
    async remove(tokenHash) {
      db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    },
  };
}
