/**
 * The service worker of fair mode: keeps each fair a visitor opened (pages, kiosk, product pages,
 * images, search index) on the device, answers from there when the network fails, and queues
 * enquiries made offline. /sw.js (src/pages/sw.js.ts) defines OCOP_OFFLINE and imports this bundle.
 */

import { paths } from '../../paths.ts';
import { isLeadPath, isOwnForm, postEnquiry, replayOutbox } from './enquiries.ts';
import type { FromWorker, ToWorker } from './messages.ts';
import { OUTBOX_SYNC_TAG } from './messages.ts';
import { offlinePage } from './offline-page.ts';
import { summary } from './outbox.ts';
import { type PrecacheResult, precachePages } from './precache.ts';
import { type FetchEvent, scope } from './scope.ts';
import { cacheFirst, networkFirst } from './strategies.ts';

const config = scope.OCOP_OFFLINE;
if (!config) throw new Error('OCOP_OFFLINE is not defined: load the worker through /sw.js');

const PREFIX = 'ocop-fair-';
const CACHE = `${PREFIX}${config.version}`;
/** Which fairs this cache holds, and what their precache found, kept beside them in the cache. */
const READY_KEY = '/__ocop/ready-fairs';
const fairPaths = new Set(Object.values(config.fairs).flatMap((fair) => fair.paths));
const origin = scope.location.origin;
// The server answers the enquiry API with and without its trailing slash; so does the queue.
const withoutSlash = (path: string) => path.replace(/\/$/, '');

type ReadyFairs = Record<string, PrecacheResult>;

async function readReady(cache: Cache): Promise<ReadyFairs> {
  const hit = await cache.match(READY_KEY);
  return hit ? ((await hit.json()) as ReadyFairs) : {};
}

// Read-modify-write of the ready list, one at a time.
let readyWrites: Promise<unknown> = Promise.resolve();
function markReady(cache: Cache, fair: string, result: PrecacheResult) {
  const write = readyWrites.then(async () => {
    const ready = await readReady(cache);
    ready[fair] = result;
    await cache.put(READY_KEY, Response.json(ready));
  });
  readyWrites = write.catch(() => undefined);
  return write;
}

const inFlight = new Map<string, Promise<PrecacheResult>>();

/** Caches a fair once per worker version; later visits keep it fresh through network-first. */
function cacheFair(fair: string): Promise<PrecacheResult> {
  const entry = config?.fairs[fair];
  if (!entry) return Promise.reject(new Error(`unknown fair ${fair}`));
  let job = inFlight.get(fair);
  if (!job) {
    job = (async () => {
      const cache = await caches.open(CACHE);
      const known = (await readReady(cache))[fair];
      if (known) return known;
      const result = await precachePages(cache, entry.paths, origin);
      await markReady(cache, fair, result);
      return result;
    })().finally(() => inFlight.delete(fair));
    inFlight.set(fair, job);
  }
  return job;
}

async function broadcast(message: FromWorker) {
  for (const client of await scope.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    client.postMessage(message);
  }
}

/** Is anything in the outbox? Checked once at start, then known from what this worker does. */
let maybePending = true;

async function report(): Promise<number> {
  const outbox = await summary();
  maybePending = outbox.pending > 0;
  await broadcast({ type: 'outbox', ...outbox });
  return outbox.pending;
}

async function replayAndReport(): Promise<number> {
  await replayOutbox();
  return report();
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A new build replaces the cache: fetch again the fairs the previous version held, so a kiosk
      // that updates during a fair stays ready for the next outage.
      const previous: string[] = [];
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE)
          previous.push(...Object.keys(await readReady(await caches.open(name))));
      }
      for (const fair of new Set(previous)) if (config.fairs[fair]) await cacheFair(fair);
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await scope.clients.claim();
      await replayAndReport();
    })(),
  );
});

scope.addEventListener('message', (event) => {
  const message = event.data as ToWorker;
  const source = event.source;
  if (message?.type === 'cache-fair') {
    event.waitUntil(
      cacheFair(message.fair).then(
        (result) =>
          source?.postMessage({ type: 'fair-ready', fair: message.fair, ...result } satisfies FromWorker),
        (error: unknown) =>
          source?.postMessage({
            type: 'fair-failed',
            fair: message.fair,
            reason: String(error),
          } satisfies FromWorker),
      ),
    );
  } else if (message?.type === 'replay') {
    event.waitUntil(replayAndReport());
  }
});

scope.addEventListener('sync', (event) => {
  if (event.tag !== OUTBOX_SYNC_TAG) return;
  // Rejecting asks the browser to fire the sync again later.
  event.waitUntil(
    replayAndReport().then((pending) => {
      if (pending > 0) throw new Error(`${pending} enquiries still waiting`);
    }),
  );
});

async function answerEnquiry(event: FetchEvent): Promise<Response> {
  const { response, queued } = await postEnquiry(event.request);
  if (queued) {
    maybePending = true;
    event.waitUntil(
      (async () => {
        await scope.registration.sync?.register(OUTBOX_SYNC_TAG).catch(() => undefined);
        await report();
      })(),
    );
  } else if (maybePending) {
    // The network works again: send what was waiting.
    event.waitUntil(replayAndReport());
  }
  return response;
}

async function answerPage(event: FetchEvent, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await networkFirst(cache, event.request, {
      store: fairPaths.has(url.pathname),
      waitUntil: (promise) => event.waitUntil(promise),
    });
    if (maybePending && navigator.onLine) event.waitUntil(replayAndReport());
    return response;
  } catch (error) {
    if (event.request.mode !== 'navigate') throw error;
    const ready = await readReady(cache);
    return offlinePage(Object.keys(ready).flatMap((fair) => config?.fairs[fair] ?? []));
  }
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== origin) return;
  if (request.method === 'POST' && withoutSlash(url.pathname) === withoutSlash(paths.api.enquiries)) {
    if (isOwnForm(request, origin)) event.respondWith(answerEnquiry(event));
    return;
  }
  // The lead form's JSON posts from the tablet; the page without JavaScript needs the network.
  if (request.method === 'POST' && request.mode !== 'navigate' && isLeadPath(url.pathname)) {
    if (isOwnForm(request, origin)) event.respondWith(answerEnquiry(event));
    return;
  }
  // Other API calls, the admin and the worker itself always go to the network.
  if (
    request.method !== 'GET' ||
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith(paths.admin.home) ||
    url.pathname === paths.serviceWorker
  ) {
    return;
  }
  if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(caches.open(CACHE).then((cache) => cacheFirst(cache, request)));
    return;
  }
  event.respondWith(answerPage(event, url));
});
