/** The per-client token bucket behind 429 + Retry-After, and its configuration string. */
import { expect, test } from 'vitest';
import { createRateLimiter, parseRateLimit } from '../../src/lib/auth/rate-limit.server.ts';

test('allows the capacity at once, then refuses with the seconds until the next token', () => {
  const limiter = createRateLimiter({ capacity: 3, windowMs: 60_000 });
  const t = 1_000_000;
  expect([1, 2, 3].map(() => limiter.take('a', t).ok)).toEqual([true, true, true]);
  expect(limiter.take('a', t)).toEqual({ ok: false, retryAfterSeconds: 20 });
  expect(limiter.take('a', t + 10_000)).toEqual({ ok: false, retryAfterSeconds: 10 });
  expect(limiter.take('a', t + 20_000).ok).toBe(true);
});

test('counts each client on its own', () => {
  const limiter = createRateLimiter({ capacity: 1, windowMs: 60_000 });
  expect(limiter.take('a', 0).ok).toBe(true);
  expect(limiter.take('a', 0).ok).toBe(false);
  expect(limiter.take('b', 0).ok).toBe(true);
});

test('refills to the capacity, not beyond', () => {
  const limiter = createRateLimiter({ capacity: 2, windowMs: 1000 });
  limiter.take('a', 0);
  const later = 1_000_000;
  expect([1, 2, 3].map(() => limiter.take('a', later).ok)).toEqual([true, true, false]);
});

test('no limit lets everything through', () => {
  const limiter = createRateLimiter(undefined);
  expect(Array.from({ length: 1000 }, () => limiter.take('a').ok).every(Boolean)).toBe(true);
});

test('parses "count/seconds", turns off with "off" or "0", and keeps the default otherwise', () => {
  const fallback = { capacity: 20, windowMs: 600_000 };
  expect(parseRateLimit('5/60', fallback)).toEqual({ capacity: 5, windowMs: 60_000 });
  expect(parseRateLimit('off', fallback)).toBeUndefined();
  expect(parseRateLimit('0', fallback)).toBeUndefined();
  expect(parseRateLimit(undefined, fallback)).toBe(fallback);
  expect(parseRateLimit('lots', fallback)).toBe(fallback);
  expect(parseRateLimit('5/0', fallback)).toBe(fallback);
});

test('peek tells what take would say, without spending', () => {
  const limiter = createRateLimiter({ capacity: 1, windowMs: 60_000 });
  expect(limiter.peek('a', 0).ok).toBe(true);
  expect(limiter.peek('a', 0).ok).toBe(true);
  expect(limiter.take('a', 0).ok).toBe(true);
  expect(limiter.peek('a', 0)).toEqual({ ok: false, retryAfterSeconds: 60 });
});
