/** Inbox sessions: a random token in the cookie, only its hash in the database. */
import { createHash, randomBytes } from 'node:crypto';
import type { Account, Session } from '../../lib/auth/account.ts';
import type { SessionStore } from '../storage/storage.ts';

export const SESSION_HOURS = 12;

// Only a hash of the cookie value is stored: a copy of the database opens no session.
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export function sessionService(store: SessionStore) {
  return {
    async create(account: Account, now = new Date()): Promise<{ token: string; expires: Date }> {
      const token = randomBytes(32).toString('base64url');
      const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
      await store.insert({
        tokenHash: digest(token),
        accountId: account.id,
        csrfToken: randomBytes(32).toString('base64url'),
        createdAt: now,
        expiresAt: expires,
      });
      return { token, expires };
    },
    async find(token: string | undefined, now = new Date()): Promise<Session | undefined> {
      if (!token || token.length > 100) return undefined;
      return store.find(digest(token), now);
    },
    async end(token: string | undefined): Promise<void> {
      if (token) await store.remove(digest(token));
    },
  };
}

export type SessionService = ReturnType<typeof sessionService>;
