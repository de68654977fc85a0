/** The office's statistics in PostgreSQL: counts per day, added to in place, so instances add up. */
import type { ScanTotal, SearchTotal } from '../../../lib/analytics/records.ts';
import type { AnalyticsStore } from '../storage.ts';
import type { Sql } from './database.ts';

export function postgresAnalytics(sql: Sql): AnalyticsStore {
  return {
    async addSearches(rows) {
      if (rows.length === 0) return;
      // Sorted by key, so two instances flushing the same keys lock them in the same order (no deadlock).
      const sorted = [...rows].sort((a, b) => (a.day + a.query < b.day + b.query ? -1 : 1));
      await sql`
        INSERT INTO search_counts (day, query, text, searches, empty, clicks)
        SELECT * FROM jsonb_to_recordset(${sql.json(sorted as never)})
          AS r(day date, query text, text text, searches bigint, empty bigint, clicks bigint)
        ON CONFLICT (day, query) DO UPDATE SET
          text = excluded.text,
          searches = search_counts.searches + excluded.searches,
          empty = search_counts.empty + excluded.empty,
          clicks = search_counts.clicks + excluded.clicks`;
    },
    async addScans(rows) {
      if (rows.length === 0) return;
      const key = (r: (typeof rows)[number]) => [r.day, r.fair, r.medium, r.product].join('\n');
      const sorted = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      await sql`
        INSERT INTO scan_counts (day, fair, medium, product, scans)
        SELECT * FROM jsonb_to_recordset(${sql.json(sorted as never)})
          AS r(day date, fair text, medium text, product text, scans bigint)
        ON CONFLICT (day, fair, medium, product) DO UPDATE SET scans = scan_counts.scans + excluded.scans`;
    },
    async topSearches(range, by, atLeast, limit) {
      const total = sql(by);
      return sql<SearchTotal[]>`
        SELECT query, max(text) AS text, sum(searches)::int AS searches, sum(empty)::int AS empty,
          sum(clicks)::int AS clicks
        FROM search_counts WHERE day BETWEEN ${range.from} AND ${range.to}
        GROUP BY query HAVING sum(${total}) >= ${atLeast}
        ORDER BY sum(${total}) DESC, query LIMIT ${limit}`.then((rows) => [...rows]);
    },
    async topScans(range, atLeast, limit) {
      return sql<ScanTotal[]>`
        SELECT fair, medium, product, sum(scans)::int AS scans
        FROM scan_counts WHERE day BETWEEN ${range.from} AND ${range.to}
        GROUP BY fair, medium, product HAVING sum(scans) >= ${atLeast}
        ORDER BY sum(scans) DESC, fair, medium, product LIMIT ${limit}`.then((rows) => [...rows]);
    },
    async purgeBefore(day) {
      const [searches, scans] = await sql.begin((tx) => [
        tx`DELETE FROM search_counts WHERE day < ${day}`,
        tx`DELETE FROM scan_counts WHERE day < ${day}`,
      ]);
      return (searches?.count ?? 0) + (scans?.count ?? 0);
    },
  };
}
