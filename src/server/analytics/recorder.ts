/**
 * Counts searches, clicks on their results and QR code scans in memory, and adds them to the
 * storage every minute and when the server stops. Searches are on the search API's fast path:
 * a write per search would cost it a round trip; a Map update costs nothing measurable. What
 * is counted here is not an acknowledged write: a crash loses at most the last minute's counts,
 * a clean stop loses nothing.
 */

import type { ScanCount, ScanKey, SearchCount } from '../../lib/analytics/records.ts';
import { countedQuery } from '../../lib/analytics/search-query.ts';
import type { AnalyticsStore } from '../storage/storage.ts';

export interface AnalyticsRecorder {
  /** A search of page 1 with its outcome; a query that looks personal is not counted at all. */
  searched(rawQuery: string, found: boolean): void;
  /** A result of the query was opened. */
  clicked(rawQuery: string): void;
  scanned(scan: ScanKey): void;
  /** Adds what was counted since the last flush to the storage. */
  flush(): Promise<void>;
  /** Stops the timer and flushes. */
  stop(): Promise<void>;
}

const FLUSH_MS = 60_000;
/** Distinct rows held before a flush is started early: memory stays small whatever the traffic. */
const MAX_ROWS = 5_000;
/** While the storage cannot be written, new rows beyond this are dropped (counts of known ones still add up). */
const MAX_HELD = 4 * MAX_ROWS;

const searchId = (row: Pick<SearchCount, 'day' | 'query'>) => `${row.day}\n${row.query}`;
const scanId = (row: Omit<ScanCount, 'scans'>) => [row.day, row.fair, row.medium, row.product].join('\n');

export function createAnalyticsRecorder(options: {
  store: AnalyticsStore;
  /** The calendar day a count belongs to (the server's clock). */
  today: () => string;
  log: (line: string) => void;
  flushMs?: number;
}): AnalyticsRecorder {
  const { store, today, log } = options;
  let searches = new Map<string, SearchCount>();
  let scans = new Map<string, ScanCount>();
  let flushing: Promise<void> = Promise.resolve();
  let earlyFlush = false;
  /** The last write failed: no early flushes until one succeeds (the timer retries). */
  let failing = false;

  /** Adds a row's counts to the one held for its key; the text shown becomes the row's. */
  function addSearch(row: SearchCount) {
    const held = searches.get(searchId(row));
    if (held) {
      held.text = row.text;
      held.searches += row.searches;
      held.empty += row.empty;
      held.clicks += row.clicks;
    } else if (searches.size < MAX_HELD) searches.set(searchId(row), { ...row });
  }

  function addScan(row: ScanCount) {
    const held = scans.get(scanId(row));
    if (held) held.scans += row.scans;
    else if (scans.size < MAX_HELD) scans.set(scanId(row), { ...row });
  }

  /** Many distinct rows: flush now rather than at the next tick (once: not one flush per count). */
  function flushIfFull() {
    if (earlyFlush || failing || (searches.size < MAX_ROWS && scans.size < MAX_ROWS)) return;
    earlyFlush = true;
    void flush().finally(() => {
      earlyFlush = false;
    });
  }

  const countSearch = (rawQuery: string, add: Pick<SearchCount, 'searches' | 'empty' | 'clicks'>) => {
    const query = countedQuery(rawQuery);
    if (!query) return;
    addSearch({ day: today(), query: query.key, text: query.text, ...add });
    flushIfFull();
  };

  /** Puts back counts that could not be written, under what was counted since (the newer text wins). */
  function keep(searchRows: SearchCount[], scanRows: ScanCount[]) {
    const since = { searches: [...searches.values()], scans: [...scans.values()] };
    searches = new Map();
    scans = new Map();
    for (const row of [...searchRows, ...since.searches]) addSearch(row);
    for (const row of [...scanRows, ...since.scans]) addScan(row);
  }

  function flush(): Promise<void> {
    // One flush at a time: a second waits for the first, then writes what came since.
    flushing = flushing.then(async () => {
      const searchRows = [...searches.values()];
      const scanRows = [...scans.values()];
      searches = new Map();
      scans = new Map();
      failing = false;
      try {
        await store.addSearches(searchRows);
      } catch (error) {
        failing = true;
        keep(searchRows, []);
        log(`analytics: searches not written, kept for the next flush: ${String(error)}`);
      }
      try {
        await store.addScans(scanRows);
      } catch (error) {
        failing = true;
        keep([], scanRows);
        log(`analytics: scans not written, kept for the next flush: ${String(error)}`);
      }
    });
    return flushing;
  }

  const timer = setInterval(() => void flush(), options.flushMs ?? FLUSH_MS);
  // The timer alone never keeps the process up: stop() flushes on the way out.
  timer.unref();

  return {
    searched: (rawQuery, found) => countSearch(rawQuery, { searches: 1, empty: found ? 0 : 1, clicks: 0 }),
    clicked: (rawQuery) => countSearch(rawQuery, { searches: 0, empty: 0, clicks: 1 }),
    scanned(scan) {
      addScan({ day: today(), ...scan, scans: 1 });
      flushIfFull();
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
