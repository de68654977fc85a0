/** The inbox's reads and changes, in PostgreSQL: what an account may see, and nothing else. */
import type { Account } from '../../../lib/auth/account.ts';
import { receivedBetween } from '../../../lib/enquiries/inbox-filter.ts';
import type { EnquiryLine, InboxFilter, StoredEnquiry } from '../../../lib/enquiries/records.ts';
import type { ResponseRecord } from '../../../lib/enquiries/response-figures.ts';
import type { EnquiryStore } from '../storage.ts';
import type { Sql } from './database.ts';

/**
 * The conditions an account may see: a producer account is always narrowed to its own
 * producer, whatever the filter asks for.
 */
function where(sql: Sql, filter: InboxFilter, account: Account) {
  const producer = account.role === 'producer' ? account.producer : filter.producer;
  if (account.role === 'producer' && !producer) return sql`WHERE false`;
  const { from, before } = receivedBetween(filter);
  const conditions = sql`AND`.join([
    producer && sql`producer = ${producer}`,
    filter.status && sql`status = ${filter.status}`,
    from && sql`created_at >= ${from}`,
    before && sql`created_at < ${before}`,
  ]);
  return conditions.length ? sql`WHERE ${conditions}` : sql``;
}

export type EnquiryRow = Omit<StoredEnquiry, 'createdAt' | 'readAt' | 'answeredAt' | 'lines'> & {
  createdAt: Date;
  readAt: Date | null;
  answeredAt: Date | null;
};
type LineRow = EnquiryLine & { enquiryId: string };

/** The columns of an EnquiryRow. */
export const enquiryColumns = (sql: Sql) =>
  sql`id, created_at AS "createdAt", submission, producer, locale, name, organization, email, phone, message,
    quantity, status, read_at AS "readAt", answered_at AS "answeredAt", fair`;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The product lines of these enquiries. */
export const linesOf = (sql: Sql, enquiryIds: readonly string[]) =>
  sql<LineRow[]>`
    SELECT enquiry_id AS "enquiryId", product, quantity, unit, sample, target_price::float8 AS "targetPrice",
      delivery_from::text AS "deliveryFrom", delivery_to::text AS "deliveryTo"
    FROM enquiry_lines WHERE enquiry_id IN ${sql(enquiryIds)}
    ORDER BY enquiry_id, position`;

/** Enquiry rows as records, with the lines read for them. */
export function records(rows: readonly EnquiryRow[], lines: readonly LineRow[]): StoredEnquiry[] {
  const byEnquiry = Map.groupBy(lines, (l) => l.enquiryId);
  return rows.map(({ createdAt, readAt, answeredAt, ...row }) => ({
    ...row,
    createdAt: createdAt.toISOString(),
    readAt: iso(readAt),
    answeredAt: iso(answeredAt),
    lines: (byEnquiry.get(row.id) ?? []).map(({ enquiryId: _, ...line }) => line),
  }));
}

/** Enquiry rows as records, with their product lines. */
export async function withLines(sql: Sql, rows: readonly EnquiryRow[]): Promise<StoredEnquiry[]> {
  if (rows.length === 0) return [];
  return records(
    rows,
    await linesOf(
      sql,
      rows.map((r) => r.id),
    ),
  );
}

type InboxStore = Omit<EnquiryStore, 'submit' | 'replay'>;

export function postgresInbox(sql: Sql): InboxStore {
  const columns = enquiryColumns(sql);
  const find = async (id: string, account: Account) => {
    const [row] = await sql<EnquiryRow[]>`SELECT ${columns} FROM enquiries WHERE id = ${id}`;
    if (!row || (account.role === 'producer' && row.producer !== account.producer)) return undefined;
    return (await withLines(sql, [row]))[0];
  };
  return {
    async list(filter, account, page, pageSize) {
      const w = where(sql, filter, account);
      const [[count], rows] = await Promise.all([
        sql<{ n: number }[]>`SELECT count(*)::integer AS n FROM enquiries ${w}`,
        sql<EnquiryRow[]>`
          SELECT ${columns} FROM enquiries ${w} ORDER BY created_at DESC, id
          LIMIT ${pageSize} OFFSET ${(Math.max(1, page) - 1) * pageSize}`,
      ]);
      return { enquiries: await withLines(sql, rows), total: count?.n ?? 0 };
    },
    async *all(filter, account) {
      const w = where(sql, filter, account);
      for (let offset = 0; ; offset += 500) {
        const rows = await sql<EnquiryRow[]>`
          SELECT ${columns} FROM enquiries ${w} ORDER BY created_at, id LIMIT 500 OFFSET ${offset}`;
        yield* await withLines(sql, rows);
        if (rows.length < 500) return;
      }
    },
    find,
    async setStatus(id, status, account, at) {
      if (!(await find(id, account))) return false;
      const updated = await sql`
        UPDATE enquiries SET status = ${status}, status_changed_at = ${at}, status_changed_by = ${account.email},
          answered_at = coalesce(answered_at, CASE WHEN ${status} = 'answered' THEN ${at}::timestamptz END)
        WHERE id = ${id}`;
      return updated.count > 0;
    },
    // Erasure at the sender's request (Decree 13).
    async delete(id, account) {
      if (account.role !== 'staff') return false;
      return (await sql`DELETE FROM enquiries WHERE id = ${id}`).count > 0;
    },
    async responseTimes(since, producer) {
      const rows = await sql<{ producer: string; createdAt: Date; answeredAt: Date | null }[]>`
        SELECT producer, created_at AS "createdAt", answered_at AS "answeredAt" FROM enquiries
        WHERE created_at >= ${since} ${producer ? sql`AND producer = ${producer}` : sql``}`;
      return rows.map(
        (r): ResponseRecord => ({
          producer: r.producer,
          createdAt: r.createdAt.toISOString(),
          answeredAt: iso(r.answeredAt),
        }),
      );
    },
  };
}
