/** The inbox's reads and changes, in SQL: what an account may see, and nothing else. */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { Account } from '../../../lib/auth/account.ts';
import { receivedBetween } from '../../../lib/enquiries/inbox-filter.ts';
import type { InboxFilter, StoredEnquiry } from '../../../lib/enquiries/records.ts';
import type { ResponseRecord } from '../../../lib/enquiries/response-figures.ts';
import type { EnquiryStatus } from '../../../lib/enquiries/status.ts';
import type { EnquiryStore } from '../storage.ts';
import { durably } from './database.ts';

/**
 * The WHERE clause an account may see: a producer account is always narrowed to its own
 * producer, whatever the filter asks for.
 */
function where(filter: InboxFilter, account: Account): { sql: string; params: SQLInputValue[] } {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  const producer = account.role === 'producer' ? account.producer : filter.producer;
  if (account.role === 'producer' && !producer) return { sql: 'WHERE 0', params };
  if (producer) {
    clauses.push('producer = ?');
    params.push(producer);
  }
  if (filter.status) {
    clauses.push('status = ?');
    params.push(filter.status);
  }
  const { from, before } = receivedBetween(filter);
  if (from) {
    clauses.push('created_at >= ?');
    params.push(from);
  }
  if (before) {
    clauses.push('created_at < ?');
    params.push(before);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export interface EnquiryRow {
  id: string;
  created_at: string;
  submission: string;
  producer: string;
  locale: 'vi' | 'en';
  name: string;
  organization: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  quantity: string | null;
  status: EnquiryStatus;
  read_at: string | null;
  answered_at: string | null;
  fair: string | null;
}

interface LineRow {
  enquiry_id: string;
  product: string;
  quantity: number | null;
  unit: string | null;
  sample: number;
  target_price: number | null;
  delivery_from: string | null;
  delivery_to: string | null;
}

export const columns =
  'id, created_at, submission, producer, locale, name, organization, email, phone, message, quantity, status, read_at, answered_at, fair';

// One statement for any number of enquiries (a JSON array of ids), prepared once per connection.
const lineQueries = new WeakMap<DatabaseSync, StatementSync>();

/** Enquiry rows as records, with their product lines. */
export function withLines(db: DatabaseSync, rows: EnquiryRow[]): StoredEnquiry[] {
  if (rows.length === 0) return [];
  let query = lineQueries.get(db);
  if (!query) {
    query = db.prepare(
      'SELECT * FROM enquiry_lines WHERE enquiry_id IN (SELECT value FROM json_each(?)) ORDER BY enquiry_id, position',
    );
    lineQueries.set(db, query);
  }
  const lines = query.all(JSON.stringify(rows.map((r) => r.id))) as unknown as LineRow[];
  const byEnquiry = Map.groupBy(lines, (l) => l.enquiry_id);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    submission: r.submission,
    producer: r.producer,
    locale: r.locale,
    name: r.name,
    organization: r.organization,
    email: r.email,
    phone: r.phone,
    message: r.message,
    quantity: r.quantity,
    status: r.status,
    readAt: r.read_at,
    answeredAt: r.answered_at,
    fair: r.fair,
    lines: (byEnquiry.get(r.id) ?? []).map((l) => ({
      product: l.product,
      quantity: l.quantity,
      unit: l.unit,
      sample: l.sample === 1,
      targetPrice: l.target_price,
      deliveryFrom: l.delivery_from,
      deliveryTo: l.delivery_to,
    })),
  }));
}

type InboxStore = Omit<EnquiryStore, 'submit' | 'replay'>;

/** The inbox side of the enquiry store, on one connection. */
export function sqliteInbox(db: DatabaseSync): InboxStore {
  const find = (id: string, account: Account): StoredEnquiry | undefined => {
    const row = db.prepare(`SELECT ${columns} FROM enquiries WHERE id = ?`).get(id) as EnquiryRow | undefined;
    if (!row || (account.role === 'producer' && row.producer !== account.producer)) return undefined;
    return withLines(db, [row])[0];
  };
  return {
    async list(filter, account, page, pageSize) {
      const w = where(filter, account);
      const total = Number(
        (db.prepare(`SELECT count(*) AS n FROM enquiries ${w.sql}`).get(...w.params) as { n: number }).n,
      );
      const rows = db
        .prepare(`SELECT ${columns} FROM enquiries ${w.sql} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`)
        .all(...w.params, pageSize, (Math.max(1, page) - 1) * pageSize) as unknown as EnquiryRow[];
      return { enquiries: withLines(db, rows), total };
    },
    async *all(filter, account) {
      const w = where(filter, account);
      const statement = db.prepare(
        `SELECT ${columns} FROM enquiries ${w.sql} ORDER BY created_at, id LIMIT 500 OFFSET ?`,
      );
      for (let offset = 0; ; offset += 500) {
        const rows = statement.all(...w.params, offset) as unknown as EnquiryRow[];
        yield* withLines(db, rows);
        if (rows.length < 500) return;
      }
    },
    find: async (id, account) => find(id, account),
    async setStatus(id: string, status: EnquiryStatus, account: Account, at: Date) {
      if (!find(id, account)) return false;
      const update = db.prepare(`
        UPDATE enquiries SET status = :status, status_changed_at = :at, status_changed_by = :by,
          answered_at = coalesce(answered_at, CASE WHEN :status = 'answered' THEN :at END)
        WHERE id = :id`);
      return durably(
        db,
        () => update.run({ status, at: at.toISOString(), by: account.email, id }).changes > 0,
      );
    },
    // Erasure at the sender's request (Decree 13).
    async delete(id, account) {
      if (account.role !== 'staff') return false;
      const remove = db.prepare('DELETE FROM enquiries WHERE id = ?');
      return durably(db, () => remove.run(id).changes > 0);
    },
    async responseTimes(since, producer) {
      const rows = db
        .prepare(
          `SELECT producer, created_at AS createdAt, answered_at AS answeredAt FROM enquiries
           WHERE created_at >= ? ${producer ? 'AND producer = ?' : ''}`,
        )
        .all(since.toISOString(), ...(producer ? [producer] : []));
      return rows as unknown as ResponseRecord[];
    },
  };
}
