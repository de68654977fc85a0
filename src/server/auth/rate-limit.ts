/**
 * Token buckets kept in the storage, so a limit holds across every process that shares it:
 * `capacity` requests at once, refilled evenly over `windowMs`. Counted under a keyed hash of
 * the client (its address, an account's email): the database never holds an address.
 */
import { createHmac } from 'node:crypto';
import type { CounterStore } from '../storage/storage.ts';

export interface RateLimit {
  capacity: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one request of the client's allowance, or says how long until there is one. */
  take(client: string, now?: number): Promise<RateDecision>;
  /** Gives one back (a sign-in that succeeded was counted first, like every attempt). */
  refund(client: string, now?: number): Promise<void>;
}

/** A bucket: `tokens` left at `at` (ms since the epoch). */
export type Bucket = { tokens: number; at: number };

/** The bucket's tokens at `now`: what was left, plus what the time since has refilled. */
const refilled = (bucket: Bucket | undefined, limit: RateLimit, now: number): number =>
  bucket
    ? Math.min(limit.capacity, bucket.tokens + ((now - bucket.at) * limit.capacity) / limit.windowMs)
    : limit.capacity;

/** Whether one token can be spent, and the bucket after. Pure: the store runs it atomically. */
export function spendOne(
  bucket: Bucket | undefined,
  limit: RateLimit,
  now: number,
): { state: Bucket; result: RateDecision } {
  const tokens = refilled(bucket, limit, now);
  if (tokens >= 1) return { state: { tokens: tokens - 1, at: now }, result: { ok: true } };
  const msPerToken = limit.windowMs / limit.capacity;
  const retryAfterSeconds = Math.max(1, Math.ceil(((1 - tokens) * msPerToken) / 1000));
  return { state: { tokens, at: now }, result: { ok: false, retryAfterSeconds } };
}

/** Where a client's counter of one kind (`scope`) is kept: the client itself is not readable in it. */
export const counterKey = (secret: string, scope: string, client: string): string =>
  `${scope}:${createHmac('sha256', secret).update(client).digest('base64url')}`;

/** A limiter over one kind of client (`scope`); `undefined` limits nothing. */
export function createRateLimiter(
  counters: CounterStore,
  secret: string,
  scope: string,
  limit: RateLimit | undefined,
): RateLimiter {
  if (!limit) return { take: async () => ({ ok: true }), refund: async () => {} };
  const key = (client: string) => counterKey(secret, scope, client);
  return {
    take: (client, now = Date.now()) =>
      counters.update<Bucket, RateDecision>(key(client), now, (bucket) => spendOne(bucket, limit, now)),
    refund: (client, now = Date.now()) =>
      counters.update<Bucket, void>(key(client), now, (bucket) => ({
        state: { tokens: Math.min(limit.capacity, refilled(bucket, limit, now) + 1), at: now },
        result: undefined,
      })),
  };
}
