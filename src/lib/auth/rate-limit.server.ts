/** A token bucket per client: `capacity` requests at once, refilled evenly over `windowMs`. */
export interface RateLimit {
  capacity: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one request of the allowance, or says how long until there is one. */
  take(key: string, now?: number): RateDecision;
  /** Whether take() would succeed, without spending (sign-in spends only on failure). */
  peek(key: string, now?: number): RateDecision;
}

const MAX_TRACKED = 50_000;

/**
 * In-memory limits for one server process (the standalone Node server is one process).
 * `undefined` limits nothing, for benchmarks and trusted kiosks.
 */
export function createRateLimiter(limit: RateLimit | undefined): RateLimiter {
  if (!limit) return { take: () => ({ ok: true }), peek: () => ({ ok: true }) };
  const { capacity, windowMs } = limit;
  const msPerToken = windowMs / capacity;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const refill = (bucket: { tokens: number; at: number }, now: number) =>
    Math.min(capacity, bucket.tokens + (now - bucket.at) / msPerToken);

  const available = (key: string, now: number) => {
    const bucket = buckets.get(key);
    return bucket ? refill(bucket, now) : capacity;
  };
  const decide = (tokens: number): RateDecision =>
    tokens < 1
      ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * msPerToken) / 1000)) }
      : { ok: true };

  return {
    take(key, now = Date.now()) {
      if (buckets.size > MAX_TRACKED) {
        // Full buckets carry no information: forget them, so many passing clients cost no memory.
        for (const [k, b] of buckets) if (refill(b, now) >= capacity) buckets.delete(k);
      }
      const tokens = available(key, now);
      const decision = decide(tokens);
      if (decision.ok) buckets.set(key, { tokens: tokens - 1, at: now });
      return decision;
    },
    peek: (key, now = Date.now()) => decide(available(key, now)),
  };
}

/** Reads "20/600" (20 per 600 seconds); "off" or "0" turns the limit off; anything else keeps `fallback`. */
export function parseRateLimit(value: string | undefined, fallback: RateLimit): RateLimit | undefined {
  if (value === undefined || value.trim() === '') return fallback;
  if (/^(off|0)$/i.test(value.trim())) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) return fallback;
  const capacity = Number(match[1]);
  const seconds = Number(match[2]);
  return capacity > 0 && seconds > 0 ? { capacity, windowMs: seconds * 1000 } : fallback;
}
