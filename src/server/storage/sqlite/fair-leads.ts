/** Leads noted at fairs' booths in SQLite, and the rows a fair's report is counted from. */
import type { DatabaseSync } from 'node:sqlite';
import type { Receipt } from '../../../lib/enquiries/records.ts';
import type { ReportEnquiry, ScanDay, StoredLead } from '../../../lib/fairs/leads/records.ts';
import type { FairLeadStore } from '../storage.ts';
import { durably } from './database.ts';

interface LeadRow {
  key: string;
  fingerprint: string;
  fair: string;
  captured_at: string;
  receipt: string;
}

const lead = (row: LeadRow): StoredLead => ({
  key: row.key,
  fingerprint: row.fingerprint,
  fair: row.fair,
  capturedAt: row.captured_at,
  receipt: JSON.parse(row.receipt) as Receipt,
});

export function sqliteFairLeads(db: DatabaseSync): FairLeadStore {
  const columns = 'key, fingerprint, fair, captured_at, receipt';
  const byKey = db.prepare(`SELECT ${columns} FROM fair_leads WHERE key = ?`);
  const insert = db.prepare(`
    INSERT INTO fair_leads (key, fingerprint, fair, captured_at, created_at, submission, receipt)
    VALUES (:key, :fingerprint, :fair, :capturedAt, :at, :submission, :receipt)
    ON CONFLICT (key) DO NOTHING`);
  const tag = db.prepare('UPDATE enquiries SET fair = ? WHERE submission = ?');
  const find = (key: string) => {
    const row = byKey.get(key) as LeadRow | undefined;
    return row && lead(row);
  };
  return {
    find: async (key) => find(key),
    async record(l) {
      return durably(db, () => {
        const { receipt, ...rest } = l;
        if (insert.run({ ...rest, receipt: JSON.stringify(receipt) }).changes > 0)
          tag.run(l.fair, l.submission);
        return find(l.key) as StoredLead;
      });
    },
    async leads(fair) {
      const rows = db
        .prepare(`SELECT ${columns} FROM fair_leads WHERE fair = ? ORDER BY captured_at, key`)
        .all(fair) as unknown as LeadRow[];
      return rows.map(lead);
    },
    async enquiries(fair, from, before) {
      const rows = db
        .prepare(`
          SELECT e.id, e.created_at AS createdAt, e.submission, e.fair, e.answered_at AS answeredAt,
            json_group_array(l.product) AS products
          FROM enquiries e JOIN enquiry_lines l ON l.enquiry_id = e.id
          WHERE e.fair = :fair OR (e.fair IS NULL AND e.created_at >= :from AND e.created_at < :before)
          GROUP BY e.id ORDER BY e.created_at, e.id`)
        .all({ fair, from: from.toISOString(), before: before.toISOString() }) as unknown as (Omit<
        ReportEnquiry,
        'products'
      > & { products: string })[];
      return rows.map((row) => ({ ...row, products: JSON.parse(row.products) as string[] }));
    },
    async scans(fair, from, to) {
      return db
        .prepare(`
          SELECT day, product, sum(scans) AS scans FROM scan_counts
          WHERE fair = ? AND day BETWEEN ? AND ? GROUP BY day, product ORDER BY day, product`)
        .all(fair, from, to) as unknown as ScanDay[];
    },
  };
}
