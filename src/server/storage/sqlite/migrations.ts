import type { DatabaseSync } from 'node:sqlite';

/**
 * The database's history, oldest first. PRAGMA user_version records how many have run; a
 * migration never changes once released: add a new one instead.
 */
export const migrations: readonly string[] = [
  // 1: enquiries with their product lines, idempotency keys, inbox accounts and sessions, mail outbox.
  `
  CREATE TABLE enquiries (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    submission TEXT NOT NULL,
    producer TEXT NOT NULL,
    locale TEXT NOT NULL CHECK (locale IN ('vi', 'en')),
    name TEXT NOT NULL,
    organization TEXT,
    email TEXT,
    phone TEXT,
    message TEXT,
    quantity TEXT,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'closed')),
    status_changed_at TEXT,
    status_changed_by TEXT
  ) STRICT;
  CREATE INDEX enquiries_by_created ON enquiries (created_at);
  CREATE INDEX enquiries_by_producer ON enquiries (producer, created_at);
  CREATE INDEX enquiries_by_status ON enquiries (status, created_at);

  CREATE TABLE enquiry_lines (
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    product TEXT NOT NULL,
    quantity REAL,
    unit TEXT,
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    target_price INTEGER,
    delivery_from TEXT,
    delivery_to TEXT,
    PRIMARY KEY (enquiry_id, position)
  ) STRICT;

  CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX idempotency_keys_by_created ON idempotency_keys (created_at);

  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('staff', 'producer')),
    producer TEXT,
    created_at TEXT NOT NULL,
    CHECK ((role = 'producer') = (producer IS NOT NULL))
  ) STRICT;

  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    reply_to TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT
  ) STRICT;
  CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;
  `,
  // 2: rate-limit counters shared by every process on the file, leases for scheduled jobs, and
  // mails claimed by one sender at a time.
  `
  CREATE TABLE counters (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until TEXT NOT NULL
  ) STRICT;

  ALTER TABLE outbox ADD COLUMN claimed_until TEXT;

  CREATE TABLE secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  // 3: each scheduled job's run per period, claimed before it is done, so no period is done twice.
  `
  CREATE TABLE job_runs (
    job TEXT NOT NULL,
    period TEXT NOT NULL,
    holder TEXT NOT NULL,
    claimed_until TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    outcome TEXT,
    PRIMARY KEY (job, period)
  ) STRICT;
  `,
  // 4: the office's statistics, counts per day: searches by folded query, QR scans by fair, medium and product.
  `
  CREATE TABLE search_counts (
    day TEXT NOT NULL,
    query TEXT NOT NULL,
    text TEXT NOT NULL,
    searches INTEGER NOT NULL DEFAULT 0,
    empty INTEGER NOT NULL DEFAULT 0,
    clicks INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, query)
  ) STRICT;

  CREATE TABLE scan_counts (
    day TEXT NOT NULL,
    fair TEXT NOT NULL,
    medium TEXT NOT NULL,
    product TEXT NOT NULL,
    scans INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, fair, medium, product)
  ) STRICT;
  `,
  // 5: certificate reminders, each once per certificate (product and expiry day) and milestone,
  // and mails of their own in the outbox (no enquiry): SQLite drops a NOT NULL only by
  // rebuilding the table.
  `
  CREATE TABLE outbox_rebuilt (
    id INTEGER PRIMARY KEY,
    enquiry_id TEXT REFERENCES enquiries (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    reply_to TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT,
    claimed_until TEXT
  ) STRICT;
  INSERT INTO outbox_rebuilt (id, enquiry_id, recipient, reply_to, subject, body, attempts, next_attempt_at, sent_at, last_error, claimed_until)
    SELECT id, enquiry_id, recipient, reply_to, subject, body, attempts, next_attempt_at, sent_at, last_error, claimed_until FROM outbox;
  DROP TABLE outbox;
  ALTER TABLE outbox_rebuilt RENAME TO outbox;
  CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;

  CREATE TABLE certificate_reminders (
    product TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    milestone TEXT NOT NULL CHECK (milestone IN ('90-days', '30-days', 'expiry')),
    sent_at TEXT NOT NULL,
    PRIMARY KEY (product, expires_on, milestone)
  ) STRICT;
  `,
  // 6: what follows an enquiry: the buyer's tracking links (hashes only), the conversation, when
  // the producer first read and first answered it, and the reminders and escalations done.
  `
  ALTER TABLE enquiries ADD COLUMN read_at TEXT;
  ALTER TABLE enquiries ADD COLUMN answered_at TEXT;
  UPDATE enquiries SET answered_at = status_changed_at WHERE status = 'answered';
  CREATE INDEX enquiries_by_submission ON enquiries (submission);
  CREATE INDEX enquiries_unanswered ON enquiries (created_at) WHERE answered_at IS NULL AND status <> 'closed';

  CREATE TABLE tracking_links (
    token_hash TEXT PRIMARY KEY,
    submission TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX tracking_links_by_submission ON tracking_links (submission);

  CREATE TABLE enquiry_messages (
    id INTEGER PRIMARY KEY,
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    author TEXT NOT NULL CHECK (author IN ('buyer', 'producer', 'staff')),
    author_email TEXT,
    body TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    UNIQUE (enquiry_id, idempotency_key)
  ) STRICT;

  CREATE TABLE follow_ups (
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'escalation')),
    at TEXT NOT NULL,
    PRIMARY KEY (enquiry_id, kind)
  ) STRICT;
  `,
  // 7: leads noted at a fair's booth: each once per key made on the tablet, with the receipt of the
  // enquiries it became (the contact details live in those), which are tagged with the fair.
  `
  ALTER TABLE enquiries ADD COLUMN fair TEXT;
  CREATE INDEX enquiries_by_fair ON enquiries (fair) WHERE fair IS NOT NULL;

  CREATE TABLE fair_leads (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    fair TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    submission TEXT NOT NULL,
    receipt TEXT NOT NULL
  ) STRICT;
  CREATE INDEX fair_leads_by_fair ON fair_leads (fair, captured_at);
  `,
];

/** Brings the schema up to date; safe when several processes open the file at once. */
export function migrate(db: DatabaseSync): void {
  const version = () =>
    Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
  if (version() >= migrations.length) return;
  // IMMEDIATE takes the write lock first, so a second process waits and then sees the new version.
  db.exec('BEGIN IMMEDIATE');
  try {
    for (let v = version(); v < migrations.length; v++) {
      db.exec(migrations[v] as string);
      db.exec(`PRAGMA user_version = ${v + 1}`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
