/**
 * Enquiries waiting on the device for the connection to come back, in IndexedDB so they survive
 * the service worker being stopped and the tablet being restarted. Keyed by Idempotency-Key: the
 * same key goes with every attempt, and the enquiry API stores a key once.
 */

export interface QueuedEnquiry {
  key: string;
  url: string;
  /** Request headers as sent by the page, Idempotency-Key included. */
  headers: [string, string][];
  body: string;
  queuedAt: number;
}

const DATABASE = 'ocop-offline';
const STORE = 'enquiries';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

let database: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  database ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

async function store(mode: IDBTransactionMode) {
  return (await open()).transaction(STORE, mode).objectStore(STORE);
}

/** Adds an enquiry; a second one with the same key replaces the first (it is the same enquiry). */
export const enqueue = async (item: QueuedEnquiry): Promise<void> => {
  await done((await store('readwrite')).put(item));
};

/** Oldest first, so enquiries arrive in the order they were made. */
export const queued = async (): Promise<QueuedEnquiry[]> =>
  ((await done((await store('readonly')).getAll())) as QueuedEnquiry[]).sort(
    (a, b) => a.queuedAt - b.queuedAt,
  );

export const dequeue = async (key: string): Promise<void> => {
  await done((await store('readwrite')).delete(key));
};

export const pendingCount = async (): Promise<number> => done((await store('readonly')).count());
