import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Account } from '../auth/users.server.ts';
import { type EnquiryStatus, isEnquiryStatus } from './status.ts';

/** What the inbox list can be narrowed to; dates are calendar days in Vietnam (UTC+7). */
export interface InboxFilter {
  status?: EnquiryStatus;
  producer?: string;
  from?: string;
  to?: string;
}

export interface EnquiryLine {
  product: string;
  quantity: number | null;
  unit: string | null;
  sample: boolean;
  targetPrice: number | null;
  deliveryFrom: string | null;
  deliveryTo: string | null;
}

export interface StoredEnquiry {
  id: string;
  createdAt: string;
  producer: string;
  locale: 'vi' | 'en';
  name: string;
  organization: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  quantity: string | null;
  status: EnquiryStatus;
  lines: EnquiryLine[];
}

export const PAGE_SIZE = 50;

const day = /^\d{4}-\d{2}-\d{2}$/;
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The filter from the query string; anything malformed is ignored rather than trusted. */
export function parseInboxFilter(params: URLSearchParams): InboxFilter {
  const status = params.get('status');
  const producer = params.get('producer');
  const from = params.get('from');
  const to = params.get('to');
  return {
    ...(isEnquiryStatus(status) ? { status } : {}),
    ...(producer && slug.test(producer) ? { producer } : {}),
    ...(from && day.test(from) && !Number.isNaN(Date.parse(from)) ? { from } : {}),
    ...(to && day.test(to) && !Number.isNaN(Date.parse(to)) ? { to } : {}),
  };
}

const vietnamMidnight = (date: string, plusDays = 0) =>
  new Date(Date.parse(`${date}T00:00:00+07:00`) + plusDays * 86_400_000).toISOString();

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
  if (filter.from) {
    clauses.push('created_at >= ?');
    params.push(vietnamMidnight(filter.from));
  }
  if (filter.to) {
    clauses.push('created_at < ?');
    params.push(vietnamMidnight(filter.to, 1));
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

interface EnquiryRow {
  id: string;
  created_at: string;
  producer: string;
  locale: 'vi' | 'en';
  name: string;
  organization: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  quantity: string | null;
  status: EnquiryStatus;
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

const columns =
  'id, created_at, producer, locale, name, organization, email, phone, message, quantity, status';

function withLines(db: DatabaseSync, rows: EnquiryRow[]): StoredEnquiry[] {
  if (rows.length === 0) return [];
  const lines = db
    .prepare(
      `SELECT * FROM enquiry_lines WHERE enquiry_id IN (${rows.map(() => '?').join(',')}) ORDER BY enquiry_id, position`,
    )
    .all(...rows.map((r) => r.id)) as unknown as LineRow[];
  const byEnquiry = Map.groupBy(lines, (l) => l.enquiry_id);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    producer: r.producer,
    locale: r.locale,
    name: r.name,
    organization: r.organization,
    email: r.email,
    phone: r.phone,
    message: r.message,
    quantity: r.quantity,
    status: r.status,
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

/** One page of the enquiries the account may see, newest first, and how many there are in all. */
export function listEnquiries(
  db: DatabaseSync,
  filter: InboxFilter,
  account: Account,
  page = 1,
): { enquiries: StoredEnquiry[]; total: number } {
  const w = where(filter, account);
  const total = Number(
    (db.prepare(`SELECT count(*) AS n FROM enquiries ${w.sql}`).get(...w.params) as { n: number }).n,
  );
  const rows = db
    .prepare(`SELECT ${columns} FROM enquiries ${w.sql} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`)
    .all(...w.params, PAGE_SIZE, (Math.max(1, page) - 1) * PAGE_SIZE) as unknown as EnquiryRow[];
  return { enquiries: withLines(db, rows), total };
}

/** Every enquiry the account may see under the filter, in pages of 500 (for the CSV export). */
export function* allEnquiries(
  db: DatabaseSync,
  filter: InboxFilter,
  account: Account,
): Generator<StoredEnquiry> {
  const w = where(filter, account);
  const statement = db.prepare(
    `SELECT ${columns} FROM enquiries ${w.sql} ORDER BY created_at, id LIMIT 500 OFFSET ?`,
  );
  for (let offset = 0; ; offset += 500) {
    const rows = statement.all(...w.params, offset) as unknown as EnquiryRow[];
    yield* withLines(db, rows);
    if (rows.length < 500) return;
  }
}

/** The enquiry, if it exists and the account may see it (another producer's reads as missing). */
export function findEnquiry(db: DatabaseSync, id: string, account: Account): StoredEnquiry | undefined {
  const row = db.prepare(`SELECT ${columns} FROM enquiries WHERE id = ?`).get(id) as EnquiryRow | undefined;
  if (!row || (account.role === 'producer' && row.producer !== account.producer)) return undefined;
  return withLines(db, [row])[0];
}

export function setEnquiryStatus(
  db: DatabaseSync,
  id: string,
  status: EnquiryStatus,
  account: Account,
): boolean {
  if (!findEnquiry(db, id, account)) return false;
  return (
    db
      .prepare('UPDATE enquiries SET status = ?, status_changed_at = ?, status_changed_by = ? WHERE id = ?')
      .run(status, new Date().toISOString(), account.email, id).changes > 0
  );
}

/** Erasure at the sender's request (Decree 13): staff only; lines and queued mail go with it. */
export function deleteEnquiry(db: DatabaseSync, id: string, account: Account): boolean {
  if (account.role !== 'staff') return false;
  return db.prepare('DELETE FROM enquiries WHERE id = ?').run(id).changes > 0;
}
