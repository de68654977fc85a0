/** How the service worker answers a GET, by kind of resource. */

/** Past this, a page is served from the cache if it is there (a hanging fair network is worse than none). */
const PAGE_TIMEOUT_MS = 4000;

const withoutQuery = (href: string) => {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
};

/** Hashed build files never change: the cached copy is always right. */
export async function cacheFirst(cache: Cache, request: Request): Promise<Response> {
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

export interface NetworkFirstOptions {
  /** Keep the fresh copy for offline use (fair pages); others only fall back to what is cached. */
  store: boolean;
  /** Lets the worker keep running until a slow network answer has been stored. */
  waitUntil: (promise: Promise<unknown>) => void;
}

/**
 * Pages: the network's copy when it answers in time, else the cached one. Pages are cached without
 * their query, so a QR code's ?utm_… link and the plain link find the same copy.
 */
export async function networkFirst(
  cache: Cache,
  request: Request,
  options: NetworkFirstOptions,
): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    if (options.store && response.ok && response.type === 'basic') {
      await cache.put(withoutQuery(request.url), response.clone());
    }
    return response;
  });
  options.waitUntil(network.catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PAGE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([network, timeout]);
  } catch (error) {
    const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
    // Nothing cached: after a timeout the network may still answer; after a failure this rejects.
    if (error instanceof Error && error.message === 'timeout') return network;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
