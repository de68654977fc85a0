/** The office's statistics in SQLite: counts per day, added to in place (never read, then written). */
import type { DatabaseSync } from 'node:sqlite';
import type { ScanTotal, SearchTotal } from '../../../lib/analytics/records.ts';
import type { AnalyticsStore } from '../storage.ts';
import { transaction } from './database.ts';

export function sqliteAnalytics(db: DatabaseSync): AnalyticsStore {
  const addSearch = db.prepare(`
    INSERT INTO search_counts (day, query, text, searches, empty, clicks)
    VALUES (:day, :query, :text, :searches, :empty, :clicks)
    ON CONFLICT (day, query) DO UPDATE SET
      text = excluded.text,
      searches = search_counts.searches + excluded.searches,
      empty = search_counts.empty + excluded.empty,
      clicks = search_counts.clicks + excluded.clicks`);
  const addScan = db.prepare(`
    INSERT INTO scan_counts (day, fair, medium, product, scans) VALUES (:day, :fair, :medium, :product, :scans)
    ON CONFLICT (day, fair, medium, product) DO UPDATE SET scans = scan_counts.scans + excluded.scans`);
  // The column to rank and filter by is one of two names, never input: no injection.
  const topSearches = (by: 'searches' | 'empty') =>
    db.prepare(`
      SELECT query, max(text) AS text, sum(searches) AS searches, sum(empty) AS empty, sum(clicks) AS clicks
      FROM search_counts WHERE day BETWEEN :from AND :to
      GROUP BY query HAVING sum(${by}) >= :atLeast
      ORDER BY sum(${by}) DESC, query LIMIT :limit`);
  const top = { searches: topSearches('searches'), empty: topSearches('empty') };
  const topScans = db.prepare(`
    SELECT fair, medium, product, sum(scans) AS scans FROM scan_counts WHERE day BETWEEN :from AND :to
    GROUP BY fair, medium, product HAVING sum(scans) >= :atLeast
    ORDER BY sum(scans) DESC, fair, medium, product LIMIT :limit`);
  return {
    async addSearches(rows) {
      transaction(db, () => {
        for (const row of rows) addSearch.run({ ...row });
      });
    },
    async addScans(rows) {
      transaction(db, () => {
        for (const row of rows) addScan.run({ ...row });
      });
    },
    async topSearches(range, by, atLeast, limit) {
      return top[by].all({ ...range, atLeast, limit }) as unknown as SearchTotal[];
    },
    async topScans(range, atLeast, limit) {
      return topScans.all({ ...range, atLeast, limit }) as unknown as ScanTotal[];
    },
    async purgeBefore(day) {
      return transaction(
        db,
        () =>
          Number(db.prepare('DELETE FROM search_counts WHERE day < ?').run(day).changes) +
          Number(db.prepare('DELETE FROM scan_counts WHERE day < ?').run(day).changes),
      );
    },
  };
}
