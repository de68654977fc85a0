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

  const countSearch = (rawQuery: string, add: Pick<SearchCount, 'searches' | 'empty' | 'clicks'>) => {
    const query = countedQuery(rawQuery);
    if (!query) return;
    const day = today();
    const id = `${day}\n${query.key}`;
    const row = searches.get(id) ?? {
      day,
      query: query.key,
      text: query.text,
      searches: 0,
      empty: 0,
      clicks: 0,
    };
    row.text = query.text;
    row.searches += add.searches;
    row.empty += add.empty;
    row.clicks += add.clicks;
    searches.set(id, row);
    if (searches.size >= MAX_ROWS) void flush();
  };

  /** Puts counts that could not be written back, to be added at the next flush. */
  const keep = (searchRows: SearchCount[], scanRows: ScanCount[]) => {
    for (const row of searchRows) {
      const id = `${row.day}\n${row.query}`;
      const now = searches.get(id);
      if (!now) searches.set(id, row);
      else
        Object.assign(now, {
          searches: now.searches + row.searches,
          empty: now.empty + row.empty,
          clicks: now.clicks + row.clicks,
        });
    }
    for (const row of scanRows) {
      const id = [row.day, row.fair, row.medium, row.product].join('\n');
      const now = scans.get(id);
      if (now) now.scans += row.scans;
      else scans.set(id, row);
    }
  };

  function flush(): Promise<void> {
    // One flush at a time: a second waits for the first, then writes what came since.
    flushing = flushing.then(async () => {
      const searchRows = [...searches.values()];
      const scanRows = [...scans.values()];
      searches = new Map();
      scans = new Map();
      try {
        await store.addSearches(searchRows);
      } catch (error) {
        keep(searchRows, []);
        log(`analytics: searches not written, kept for the next flush: ${String(error)}`);
      }
      try {
        await store.addScans(scanRows);
      } catch (error) {
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
      const day = today();
      const id = [day, scan.fair, scan.medium, scan.product].join('\n');
      const row = scans.get(id) ?? { day, ...scan, scans: 0 };
      row.scans += 1;
      scans.set(id, row);
      if (scans.size >= MAX_ROWS) void flush();
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
