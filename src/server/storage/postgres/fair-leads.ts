/** Leads noted at fairs' booths in PostgreSQL, and the rows a fair's report is counted from. */
import type { ReportEnquiry, ScanDay, StoredLead } from '../../../lib/fairs/leads/records.ts';
import type { FairLeadStore } from '../storage.ts';
import type { Sql } from './database.ts';

type LeadRow = Omit<StoredLead, 'capturedAt'> & { capturedAt: Date };

const lead = ({ capturedAt, ...row }: LeadRow): StoredLead => ({
  ...row,
  capturedAt: capturedAt.toISOString(),
});

export function postgresFairLeads(sql: Sql): FairLeadStore {
  const columns = sql`key, fingerprint, fair, captured_at AS "capturedAt", receipt`;
  const find = async (key: string) => {
    const [row] = await sql<LeadRow[]>`SELECT ${columns} FROM fair_leads WHERE key = ${key}`;
    return row && lead(row);
  };
  return {
    find,
    async record(l) {
      return sql.begin(async (tx) => {
        const inserted = await tx`
          INSERT INTO fair_leads (key, fingerprint, fair, captured_at, created_at, submission, receipt)
          VALUES (${l.key}, ${l.fingerprint}, ${l.fair}, ${l.capturedAt}, ${l.at}, ${l.submission},
            ${sql.json(l.receipt as never)})
          ON CONFLICT (key) DO NOTHING`;
        if (inserted.count > 0)
          await tx`UPDATE enquiries SET fair = ${l.fair} WHERE submission = ${l.submission}`;
        const [row] = await tx<LeadRow[]>`SELECT ${columns} FROM fair_leads WHERE key = ${l.key}`;
        return lead(row as LeadRow);
      });
    },
    async leads(fair) {
      const rows = await sql<LeadRow[]>`
        SELECT ${columns} FROM fair_leads WHERE fair = ${fair} ORDER BY captured_at, key`;
      return rows.map(lead);
    },
    async enquiries(fair, from, before) {
      const rows = await sql<
        (Omit<ReportEnquiry, 'createdAt' | 'answeredAt'> & {
          createdAt: Date;
          answeredAt: Date | null;
        })[]
      >`
        SELECT e.id, e.created_at AS "createdAt", e.submission, e.fair, e.answered_at AS "answeredAt",
          array_agg(l.product ORDER BY l.position) AS products
        FROM enquiries e JOIN enquiry_lines l ON l.enquiry_id = e.id
        WHERE e.fair = ${fair} OR (e.fair IS NULL AND e.created_at >= ${from} AND e.created_at < ${before})
        GROUP BY e.id ORDER BY e.created_at, e.id`;
      return rows.map(({ createdAt, answeredAt, ...row }) => ({
        ...row,
        createdAt: createdAt.toISOString(),
        answeredAt: answeredAt ? answeredAt.toISOString() : null,
      }));
    },
    async scans(fair, from, to) {
      return sql<ScanDay[]>`
        SELECT day::text AS day, product, sum(scans)::integer AS scans FROM scan_counts
        WHERE fair = ${fair} AND day BETWEEN ${from} AND ${to} GROUP BY day, product ORDER BY day, product`;
    },
  };
}
