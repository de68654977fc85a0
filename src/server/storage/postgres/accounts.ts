/** Inbox accounts and their sessions, in PostgreSQL. */
import type { Account } from '../../../lib/auth/account.ts';
import type { AccountRow, AccountStore, SessionStore } from '../storage.ts';
import type { Sql } from './database.ts';

export function postgresAccounts(sql: Sql): AccountStore {
  return {
    async insert(row) {
      const [inserted] = await sql<{ id: number }[]>`
        INSERT INTO users (email, password_hash, role, producer, created_at)
        VALUES (${row.email}, ${row.passwordHash}, ${row.role}, ${row.producer}, ${row.createdAt})
        ON CONFLICT (lower(email)) DO NOTHING
        RETURNING id`;
      if (!inserted) return undefined;
      return { id: inserted.id, email: row.email, role: row.role, producer: row.producer };
    },
    async byEmail(email) {
      const [row] = await sql<AccountRow[]>`
        SELECT id, email, role, producer, password_hash AS "passwordHash" FROM users
        WHERE lower(email) = lower(${email})`;
      return row;
    },
    async list() {
      return [...(await sql<Account[]>`SELECT id, email, role, producer FROM users ORDER BY email`)];
    },
    async remove(email) {
      return (await sql`DELETE FROM users WHERE lower(email) = lower(${email})`).count > 0;
    },
  };
}

export function postgresSessions(sql: Sql): SessionStore {
  return {
    async insert(row) {
      await sql`
        INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
        VALUES (${row.tokenHash}, ${row.accountId}, ${row.csrfToken}, ${row.createdAt}, ${row.expiresAt})`;
    },
    async find(tokenHash, now) {
      const [row] = await sql<(Account & { csrfToken: string })[]>`
        SELECT users.id, users.email, users.role, users.producer, sessions.csrf_token AS "csrfToken"
        FROM sessions JOIN users ON users.id = sessions.user_id
        WHERE sessions.token_hash = ${tokenHash} AND sessions.expires_at > ${now}`;
      if (!row) return undefined;
      return {
        account: { id: row.id, email: row.email, role: row.role, producer: row.producer },
        csrfToken: row.csrfToken,
      };
    },
    async remove(tokenHash) {
      await sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`;
    },
  };
}
