/**
 * Signing in to the inbox, with the limits an outside review asked for:
 * - every attempt is counted against its client address before the password is hashed, so
 *   concurrent attempts cannot slip past the limit while the hashes run;
 * - an account under attack is slowed down, not locked: once it has had `capacity` failures in
 *   the window, its attempts take turns a few seconds apart, and the right password still signs
 *   in. Only when more attempts are queued than a minute holds is one turned away.
 */
import { type Account, normalizeEmail } from '../../lib/auth/account.ts';
import type { AccountStore, CounterStore } from '../storage/storage.ts';
import { authenticate } from './accounts.ts';
import { counterKey, createRateLimiter, type RateLimit } from './rate-limit.ts';

/** Time between two attempts on an account that is being guessed. */
export const SLOW_TURN_MS = 5000;
/** A turn further away than this is refused (429) rather than waited for. */
const MAX_WAIT_MS = 60_000;

export type SignInResult =
  | { ok: true; account: Account }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'tooMany'; retryAfterSeconds: number };

/** Failures of one account in the current window, and when its next turn is free. */
type AccountState = { failures: number; since: number; next: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function signInService(options: {
  accounts: AccountStore;
  counters: CounterStore;
  /** The installation's counter secret (rate-limit.ts). */
  secret: string;
  limit: RateLimit | undefined;
}) {
  const { accounts, counters, secret, limit } = options;
  const perAddress = createRateLimiter(counters, secret, 'login-address', limit);
  const accountKey = (email: string) => counterKey(secret, 'login-account', email);

  // A window that has passed starts again from nothing.
  const inWindow = (state: AccountState | undefined, now: number, window: number): AccountState =>
    state && now - state.since < window ? state : { failures: 0, since: now, next: now };

  /** When this attempt may run: now while the account is calm, else its turn in the queue (not taken if too far). */
  const turn = (email: string, now: number): Promise<number> =>
    !limit
      ? Promise.resolve(now)
      : counters.update<AccountState, number>(accountKey(email), now, (state) => {
          const current = inWindow(state, now, limit.windowMs);
          if (current.failures < limit.capacity) return { state: current, result: now };
          const at = Math.max(now, current.next);
          if (at - now > MAX_WAIT_MS) return { state: current, result: at };
          return { state: { ...current, next: at + SLOW_TURN_MS }, result: at };
        });

  const settle = (email: string, succeeded: boolean, now: number) =>
    limit &&
    counters.update<AccountState, void>(accountKey(email), now, (state) => {
      const current = inWindow(state, now, limit.windowMs);
      return {
        state: succeeded
          ? { failures: 0, since: now, next: now }
          : { ...current, failures: current.failures + 1 },
        result: undefined,
      };
    });

  return {
    async signIn(emailInput: string, password: string, address: string): Promise<SignInResult> {
      const email = normalizeEmail(emailInput);
      const counted = await perAddress.take(address);
      if (!counted.ok) return { ok: false, reason: 'tooMany', retryAfterSeconds: counted.retryAfterSeconds };
      const at = await turn(email, Date.now());
      const wait = at - Date.now();
      if (wait > MAX_WAIT_MS)
        return { ok: false, reason: 'tooMany', retryAfterSeconds: Math.ceil(wait / 1000) };
      if (wait > 0) await sleep(wait);
      const account = await authenticate(accounts, email, password);
      await settle(email, account !== undefined, Date.now());
      if (!account) return { ok: false, reason: 'wrong' };
      await perAddress.refund(address);
      return { ok: true, account };
    },
  };
}

export type SignInService = ReturnType<typeof signInService>;
