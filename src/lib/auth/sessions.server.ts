import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Account } from './users.server.ts';

export const SESSION_HOURS = 12;

export interface Session {
  account: Account;
  /** Sent back in every admin form and compared on POST (with the same-origin check). */
  csrfToken: string;
}

// Only a hash of the cookie value is stored: a copy of the database opens no session.
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSession(
  db: DatabaseSync,
  account: Account,
  now = new Date(),
): { token: string; expires: Date } {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  db.prepare(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  ).run(
    digest(token),
    account.id,
    randomBytes(32).toString('base64url'),
    now.toISOString(),
    expires.toISOString(),
  );
  return { token, expires };
}

export function findSession(
  db: DatabaseSync,
  token: string | undefined,
  now = new Date(),
): Session | undefined {
  if (!token || token.length > 100) return undefined;
  const row = db
    .prepare(`
      SELECT users.id, users.email, users.role, users.producer, sessions.csrf_token
      FROM sessions JOIN users ON users.id = sessions.user_id
      WHERE sessions.token_hash = ? AND sessions.expires_at > ?`)
    .get(digest(token), now.toISOString()) as (Account & { csrf_token: string }) | undefined;
  if (!row) return undefined;
  return {
    account: { id: row.id, email: row.email, role: row.role, producer: row.producer },
    csrfToken: row.csrf_token,
  };
}

export function deleteSession(db: DatabaseSync, token: string | undefined): void {
  if (token) db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(digest(token));
}

export function isValidCsrfToken(session: Session, submitted: unknown): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
