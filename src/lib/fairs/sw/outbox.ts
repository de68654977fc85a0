/**
 * Enquiries waiting on the device for the connection to come back, in IndexedDB so they survive
 * the service worker being stopped and the tablet being restarted. Keyed by Idempotency-Key: the
 * same key goes with every attempt, and the enquiry API stores a key once.
 * Once settled, an enquiry leaves only a receipt (key, outcome, time: no personal data) for a day,
 * so the fair page can say what was sent even if it opened after the sending.
 */

export interface QueuedEnquiry {
  key: string;
  url: string;
  /** Request headers as sent by the page, Idempotency-Key included. */
  headers: [string, string][];
  body: string;
  queuedAt: number;
}

export interface Receipt {
  key: string;
  outcome: 'sent' | 'refused';
  at: number;
}

const DATABASE = 'ocop-offline';
const STORE = 'enquiries';
const RECEIPTS = 'receipts';
const RECEIPT_MS = 24 * 60 * 60 * 1000;

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

let database: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  database ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.result.createObjectStore(RECEIPTS, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

async function store(mode: IDBTransactionMode, name = STORE) {
  return (await open()).transaction(name, mode).objectStore(name);
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

/** The enquiry leaves the outbox and a receipt takes its place, in one transaction. */
export async function settle(key: string, outcome: Receipt['outcome']): Promise<void> {
  const transaction = (await open()).transaction([STORE, RECEIPTS], 'readwrite');
  transaction.objectStore(STORE).delete(key);
  transaction.objectStore(RECEIPTS).put({ key, outcome, at: Date.now() } satisfies Receipt);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

export interface OutboxSummary {
  pending: number;
  /** Settled in the last 24 hours. */
  sent: number;
  refused: number;
}

/** What is waiting and what was settled in the last day; older receipts are dropped. */
export async function summary(): Promise<OutboxSummary> {
  const pending = await done((await store('readonly')).count());
  const receipts = (await done((await store('readwrite', RECEIPTS)).getAll())) as Receipt[];
  const since = Date.now() - RECEIPT_MS;
  const old = receipts.filter((r) => r.at < since);
  if (old.length > 0) {
    const stale = await store('readwrite', RECEIPTS);
    for (const receipt of old) stale.delete(receipt.key);
  }
  const recent = receipts.filter((r) => r.at >= since);
  return {
    pending,
    sent: recent.filter((r) => r.outcome === 'sent').length,
    refused: recent.filter((r) => r.outcome === 'refused').length,
  };
}
