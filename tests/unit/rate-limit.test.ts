/** The token bucket behind 429 + Retry-After (the stores run it atomically: tests/integration/storage.test.ts). */
import { expect, test } from 'vitest';
import { type Bucket, spendOne } from '../../src/server/auth/rate-limit.ts';

const limit = { capacity: 3, windowMs: 60_000 };

/** Takes from one bucket at the given times, as the store would keep it between calls. */
function takes(times: number[], l = limit) {
  let bucket: Bucket | undefined;
  return times.map((t) => {
    const { state, result } = spendOne(bucket, l, t);
    bucket = state;
    return result;
  });
}

test('allows the capacity at once, then refuses with the seconds until the next token', () => {
  const t = 1_000_000;
  expect(takes([t, t, t, t, t + 10_000, t + 20_000])).toEqual([
    { ok: true },
    { ok: true },
    { ok: true },
    { ok: false, retryAfterSeconds: 20 },
    { ok: false, retryAfterSeconds: 10 },
    { ok: true },
  ]);
});

test('refills to the capacity, not beyond', () => {
  const l = { capacity: 2, windowMs: 1000 };
  expect(takes([0, 1_000_000, 1_000_000, 1_000_000], l).map((d) => d.ok)).toEqual([true, true, true, false]);
});

test('a refused request spends nothing', () => {
  const l = { capacity: 1, windowMs: 60_000 };
  expect(takes([0, 0, 0, 30_000, 60_000], l).map((d) => d.ok)).toEqual([true, false, false, false, true]);
});
