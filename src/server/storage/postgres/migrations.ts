import type { Sql } from './database.ts';

/**
 * The database's history, oldest first, equivalent to the SQLite one (../sqlite/migrations.ts)
 * with PostgreSQL's types. The table schema_migrations records which have run; a migration
 * never changes once released: add a new one instead.
 */
export const migrations: readonly string[] = [
  // 1: enquiries with their product lines, idempotency keys, inbox accounts and sessions, mail
  // outbox, and the functions that store a batch of submissions in one round trip.
  `
  CREATE TABLE enquiries (
    id text PRIMARY KEY,
    created_at timestamptz NOT NULL,
    submission text NOT NULL,
    producer text NOT NULL,
    locale text NOT NULL CHECK (locale IN ('vi', 'en')),
    name text NOT NULL,
    organization text,
    email text,
    phone text,
    message text,
    quantity text,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'closed')),
    status_changed_at timestamptz,
    status_changed_by text
  );
  CREATE INDEX enquiries_by_created ON enquiries (created_at);
  CREATE INDEX enquiries_by_producer ON enquiries (producer, created_at);
  CREATE INDEX enquiries_by_status ON enquiries (status, created_at);

  CREATE TABLE enquiry_lines (
    enquiry_id text NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    position integer NOT NULL,
    product text NOT NULL,
    quantity double precision,
    unit text,
    sample boolean NOT NULL DEFAULT false,
    target_price bigint,
    delivery_from date,
    delivery_to date,
    PRIMARY KEY (enquiry_id, position)
  );

  CREATE TABLE idempotency_keys (
    key text PRIMARY KEY,
    fingerprint text NOT NULL,
    response jsonb NOT NULL,
    created_at timestamptz NOT NULL
  );
  CREATE INDEX idempotency_keys_by_created ON idempotency_keys (created_at);

  CREATE TABLE users (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('staff', 'producer')),
    producer text,
    created_at timestamptz NOT NULL,
    CHECK ((role = 'producer') = (producer IS NOT NULL))
  );
  -- Case-blind, as SQLite's COLLATE NOCASE.
  CREATE UNIQUE INDEX users_by_email ON users (lower(email));

  CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions (user_id);

  CREATE TABLE outbox (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enquiry_id text NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    recipient text NOT NULL,
    reply_to text,
    subject text NOT NULL,
    body text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at timestamptz,
    last_error text
  );
  CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;
  CREATE INDEX outbox_by_enquiry ON outbox (enquiry_id);

  -- Stores a batch of submissions (JSON, see submissions.ts; their keys are distinct) all at once,
  -- or none of them if one fails, and answers one outcome per submission, in order. A key stored
  -- before (here, or by another instance once that commits) answers the earlier receipt, or a
  -- conflict for other content; a key the server derived counts only while it is recent.
  CREATE FUNCTION store_submissions_at_once(batch jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
  DECLARE
    fresh text[];
    s jsonb;
  BEGIN
    WITH inserted AS (
      INSERT INTO idempotency_keys (key, fingerprint, response, created_at)
      SELECT value->>'key', value->>'fingerprint', value->'receipt', (value->>'at')::timestamptz
      FROM jsonb_array_elements(batch)
      ON CONFLICT (key) DO NOTHING
      RETURNING key)
    SELECT coalesce(array_agg(key), '{}') INTO fresh FROM inserted;
    -- Rare: keys seen before. A derived key past its time is taken over, and its content stored anew.
    FOR s IN SELECT value FROM jsonb_array_elements(batch) WHERE (value->>'derivedKey')::boolean LOOP
      CONTINUE WHEN s->>'key' = ANY (fresh);
      UPDATE idempotency_keys
      SET fingerprint = s->>'fingerprint', response = s->'receipt', created_at = (s->>'at')::timestamptz
      WHERE key = s->>'key' AND created_at < (s->>'derivedSince')::timestamptz;
      IF FOUND THEN
        fresh := fresh || (s->>'key');
      END IF;
    END LOOP;

    INSERT INTO enquiries (id, created_at, submission, producer, locale, name, organization, email, phone, message, quantity)
    SELECT e.id, (sub.value->>'at')::timestamptz, sub.value->>'submissionId', e.producer, e.locale, e.name,
      e.organization, e.email, e.phone, e.message, e.quantity
    FROM jsonb_array_elements(batch) AS sub(value),
      jsonb_to_recordset(sub.value->'enquiries') AS e(
        id text, producer text, locale text, name text, organization text, email text, phone text, message text, quantity text)
    WHERE sub.value->>'key' = ANY (fresh);

    INSERT INTO enquiry_lines (enquiry_id, position, product, quantity, unit, sample, target_price, delivery_from, delivery_to)
    SELECT e.id, l.ordinality - 1, l.line->>'product', (l.line->>'quantity')::double precision, l.line->>'unit',
      coalesce((l.line->>'sample')::boolean, false), (l.line->>'targetPrice')::bigint,
      (l.line->>'deliveryFrom')::date, (l.line->>'deliveryTo')::date
    FROM jsonb_array_elements(batch) AS sub(value),
      jsonb_to_recordset(sub.value->'enquiries') AS e(id text, lines jsonb),
      jsonb_array_elements(e.lines) WITH ORDINALITY AS l(line, ordinality)
    WHERE sub.value->>'key' = ANY (fresh);

    INSERT INTO outbox (enquiry_id, recipient, reply_to, subject, body, next_attempt_at)
    SELECT m."enquiryId", m.recipient, m."replyTo", m.subject, m.body, (sub.value->>'at')::timestamptz
    FROM jsonb_array_elements(batch) AS sub(value),
      jsonb_to_recordset(sub.value->'mails') AS m("enquiryId" text, recipient text, "replyTo" text, subject text, body text)
    WHERE sub.value->>'key' = ANY (fresh);

    RETURN (
      SELECT jsonb_agg(
        CASE
          WHEN sub.value->>'key' = ANY (fresh) THEN jsonb_build_object('status', 'created', 'receipt', sub.value->'receipt')
          WHEN k.fingerprint = sub.value->>'fingerprint' THEN jsonb_build_object('status', 'replayed', 'receipt', k.response)
          ELSE jsonb_build_object('status', 'conflict')
        END ORDER BY sub.ordinality)
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS sub(value, ordinality)
      LEFT JOIN idempotency_keys AS k ON k.key = sub.value->>'key');
  END
  $$;

  -- The same in the caller's one transaction, with a savepoint per submission only when needed:
  -- when one submission fails (a reference taken, say), the batch is stored again one by one, each
  -- in a block of its own, so that one answers {"error"}, leaves nothing behind, and the others are kept.
  CREATE FUNCTION store_submissions(batch jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
  DECLARE
    s jsonb;
    outcomes jsonb := '[]';
  BEGIN
    BEGIN
      RETURN store_submissions_at_once(batch);
    EXCEPTION WHEN OTHERS THEN
      NULL;
    END;
    FOR s IN SELECT value FROM jsonb_array_elements(batch) WITH ORDINALITY ORDER BY ordinality LOOP
      BEGIN
        outcomes := outcomes || store_submissions_at_once(jsonb_build_array(s));
      EXCEPTION WHEN OTHERS THEN
        outcomes := outcomes || jsonb_build_array(jsonb_build_object('error', SQLERRM));
      END;
    END LOOP;
    RETURN outcomes;
  END
  $$;
  `,
  // 2: rate-limit counters shared by every instance, leases for scheduled jobs, mails claimed by
  // one sender at a time, and the installation's secrets.
  `
  CREATE TABLE counters (
    key text PRIMARY KEY,
    state jsonb NOT NULL,
    updated_at bigint NOT NULL
  );

  CREATE TABLE leases (
    name text PRIMARY KEY,
    holder text NOT NULL,
    until timestamptz NOT NULL
  );

  ALTER TABLE outbox ADD COLUMN claimed_until timestamptz;

  CREATE TABLE secrets (
    name text PRIMARY KEY,
    value text NOT NULL
  );
  `,
  // 3: each scheduled job's run per period, claimed before it is done, so no period is done twice.
  `
  CREATE TABLE job_runs (
    job text NOT NULL,
    period text NOT NULL,
    holder text NOT NULL,
    claimed_until timestamptz NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    outcome text,
    PRIMARY KEY (job, period)
  );
  `,
  // 4: the office's statistics, counts per day: searches by folded query, QR scans by fair, medium and product.
  `
  CREATE TABLE search_counts (
    day date NOT NULL,
    query text NOT NULL,
    text text NOT NULL,
    searches bigint NOT NULL DEFAULT 0,
    empty bigint NOT NULL DEFAULT 0,
    clicks bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, query)
  );

  CREATE TABLE scan_counts (
    day date NOT NULL,
    fair text NOT NULL,
    medium text NOT NULL,
    product text NOT NULL,
    scans bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, fair, medium, product)
  );
  `,
  // 5: certificate reminders, each once per certificate (product and expiry day) and milestone,
  // and mails of their own in the outbox (no enquiry).
  `
  ALTER TABLE outbox ALTER COLUMN enquiry_id DROP NOT NULL;

  CREATE TABLE certificate_reminders (
    product text NOT NULL,
    expires_on date NOT NULL,
    milestone text NOT NULL CHECK (milestone IN ('90-days', '30-days', 'expiry')),
    sent_at timestamptz NOT NULL,
    PRIMARY KEY (product, expires_on, milestone)
  );
  `,
  // 6: what follows an enquiry: the buyer's tracking links (hashes only), the conversation, when
  // the producer first read and first answered it, and the reminders and escalations done.
  `
  ALTER TABLE enquiries ADD COLUMN read_at timestamptz, ADD COLUMN answered_at timestamptz;
  UPDATE enquiries SET answered_at = status_changed_at WHERE status = 'answered';
  CREATE INDEX enquiries_by_submission ON enquiries (submission);
  CREATE INDEX enquiries_unanswered ON enquiries (created_at) WHERE answered_at IS NULL AND status <> 'closed';

  CREATE TABLE tracking_links (
    token_hash text PRIMARY KEY,
    submission text NOT NULL,
    created_at timestamptz NOT NULL
  );
  CREATE INDEX tracking_links_by_submission ON tracking_links (submission);

  CREATE TABLE enquiry_messages (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enquiry_id text NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    author text NOT NULL CHECK (author IN ('buyer', 'producer', 'staff')),
    author_email text,
    body text NOT NULL,
    idempotency_key text NOT NULL,
    UNIQUE (enquiry_id, idempotency_key)
  );

  CREATE TABLE follow_ups (
    enquiry_id text NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('reminder', 'escalation')),
    at timestamptz NOT NULL,
    PRIMARY KEY (enquiry_id, kind)
  );

  -- A submission now also stores the first link to its tracking page (trackingHash): the
  -- function of migration 1 keeps storing the rest, and this one adds the link of each stored.
  ALTER FUNCTION store_submissions_at_once(jsonb) RENAME TO store_enquiries_at_once;
  CREATE FUNCTION store_submissions_at_once(batch jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
  DECLARE
    outcomes jsonb := store_enquiries_at_once(batch);
  BEGIN
    INSERT INTO tracking_links (token_hash, submission, created_at)
    SELECT sub.value->>'trackingHash', sub.value->>'submissionId', (sub.value->>'at')::timestamptz
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS sub(value, ordinality)
    WHERE outcomes->(sub.ordinality::integer - 1)->>'status' = 'created';
    RETURN outcomes;
  END
  $$;

  -- Stores a batch of replies (JSON, see conversations.ts) in order, in the caller's transaction,
  -- and answers one outcome per reply: created, replayed (its key is stored for that enquiry),
  -- closed or missing (nothing stored). The enquiry's row is locked first, so a reply and a close
  -- or a retry arriving at once through another instance are decided one after the other.
  CREATE FUNCTION store_messages(batch jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
  DECLARE
    m jsonb;
    written_at timestamptz;
    current_status text;
    outcome text;
    outcomes jsonb := '[]';
  BEGIN
    FOR m IN SELECT value FROM jsonb_array_elements(batch) WITH ORDINALITY ORDER BY ordinality LOOP
      written_at := (m->>'at')::timestamptz;
      SELECT status INTO current_status FROM enquiries WHERE id = m->>'enquiryId' FOR UPDATE;
      IF NOT FOUND THEN
        outcome := 'missing';
      ELSIF EXISTS (
        SELECT 1 FROM enquiry_messages WHERE enquiry_id = m->>'enquiryId' AND idempotency_key = m->>'key'
      ) THEN
        outcome := 'replayed';
      ELSIF current_status = 'closed' THEN
        outcome := 'closed';
      ELSE
        outcome := 'created';
        INSERT INTO enquiry_messages (enquiry_id, created_at, author, author_email, body, idempotency_key)
        VALUES (m->>'enquiryId', written_at, m->>'author', m->>'authorEmail', m->>'body', m->>'key');
        IF m->>'author' = 'buyer' THEN
          UPDATE enquiries SET status = 'new', status_changed_at = written_at, status_changed_by = 'buyer'
          WHERE id = m->>'enquiryId' AND status = 'answered';
        ELSE
          UPDATE enquiries SET status = 'answered', status_changed_at = written_at,
            status_changed_by = coalesce(m->>'authorEmail', m->>'author'), answered_at = coalesce(answered_at, written_at)
          WHERE id = m->>'enquiryId';
        END IF;
        INSERT INTO outbox (enquiry_id, recipient, reply_to, subject, body, next_attempt_at)
        SELECT mail."enquiryId", mail.recipient, mail."replyTo", mail.subject, mail.body, written_at
        FROM jsonb_to_recordset(m->'mails') AS mail("enquiryId" text, recipient text, "replyTo" text, subject text, body text);
        INSERT INTO tracking_links (token_hash, submission, created_at)
        SELECT link."tokenHash", link.submission, written_at
        FROM jsonb_to_recordset(m->'links') AS link("tokenHash" text, submission text);
      END IF;
      outcomes := outcomes || jsonb_build_array(jsonb_build_object('status', outcome));
    END LOOP;
    RETURN outcomes;
  END
  $$;
  `,
  // 7: leads noted at a fair's booth: each once per key made on the tablet, with the receipt of the
  // enquiries it became (the contact details live in those), which are tagged with the fair.
  `
  ALTER TABLE enquiries ADD COLUMN fair text;
  CREATE INDEX enquiries_by_fair ON enquiries (fair) WHERE fair IS NOT NULL;

  CREATE TABLE fair_leads (
    key text PRIMARY KEY,
    fingerprint text NOT NULL,
    fair text NOT NULL,
    captured_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    submission text NOT NULL,
    receipt jsonb NOT NULL
  );
  CREATE INDEX fair_leads_by_fair ON fair_leads (fair, captured_at);
  `,
  // 8: a batch's outcomes read the keys stored before through their index. Migration 1's outcome
  // query joined the batch to all of idempotency_keys, which the planner hashed in full once the
  // table had grown: half of PostgreSQL's time per enquiry at 20,000 keys. The two functions that
  // stored a batch (migrations 1 and 6) become one, with the tracking links stored as the rest.
  `
  DROP FUNCTION store_submissions_at_once(jsonb);
  DROP FUNCTION store_enquiries_at_once(jsonb);
  CREATE FUNCTION store_submissions_at_once(batch jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
  DECLARE
    fresh text[];
    s jsonb;
  BEGIN
    WITH inserted AS (
      INSERT INTO idempotency_keys (key, fingerprint, response, created_at)
      SELECT value->>'key', value->>'fingerprint', value->'receipt', (value->>'at')::timestamptz
      FROM jsonb_array_elements(batch)
      ON CONFLICT (key) DO NOTHING
      RETURNING key)
    SELECT coalesce(array_agg(key), '{}') INTO fresh FROM inserted;
    -- Rare: keys seen before. A derived key past its time is taken over, and its content stored anew.
    FOR s IN SELECT value FROM jsonb_array_elements(batch) WHERE (value->>'derivedKey')::boolean LOOP
      CONTINUE WHEN s->>'key' = ANY (fresh);
      UPDATE idempotency_keys
      SET fingerprint = s->>'fingerprint', response = s->'receipt', created_at = (s->>'at')::timestamptz
      WHERE key = s->>'key' AND created_at < (s->>'derivedSince')::timestamptz;
      IF FOUND THEN
        fresh := fresh || (s->>'key');
      END IF;
    END LOOP;

    INSERT INTO enquiries (id, created_at, submission, producer, locale, name, organization, email, phone, message, quantity)
    SELECT e.id, (sub.value->>'at')::timestamptz, sub.value->>'submissionId', e.producer, e.locale, e.name,
      e.organization, e.email, e.phone, e.message, e.quantity
    FROM jsonb_array_elements(batch) AS sub(value),
      jsonb_to_recordset(sub.value->'enquiries') AS e(
        id text, producer text, locale text, name text, organization text, email text, phone text, message text, quantity text)
    WHERE sub.value->>'key' = ANY (fresh);

    INSERT INTO enquiry_lines (enquiry_id, position, product, quantity, unit, sample, target_price, delivery_from, delivery_to)
    SELECT e.id, l.ordinality - 1, l.line->>'product', (l.line->>'quantity')::double precision, l.line->>'unit',
      coalesce((l.line->>'sample')::boolean, false), (l.line->>'targetPrice')::bigint,
      (l.line->>'deliveryFrom')::date, (l.line->>'deliveryTo')::date
    FROM jsonb_array_elements(batch) AS sub(value),
      jsonb_to_recordset(sub.value->'enquiries') AS e(id text, lines jsonb),
      jsonb_array_elements(e.lines) WITH ORDINALITY AS l(line, ordinality)
    WHERE sub.value->>'key' = ANY (fresh);

    INSERT INTO outbox (enquiry_id, recipient, reply_to, subject, body, next_attempt_at)
    SELECT m."enquiryId", m.recipient, m."replyTo", m.subject, m.body, (sub.value->>'at')::timestamptz
    FROM jsonb_array_elements(batch) AS sub(value),
      jsonb_to_recordset(sub.value->'mails') AS m("enquiryId" text, recipient text, "replyTo" text, subject text, body text)
    WHERE sub.value->>'key' = ANY (fresh);

    INSERT INTO tracking_links (token_hash, submission, created_at)
    SELECT sub.value->>'trackingHash', sub.value->>'submissionId', (sub.value->>'at')::timestamptz
    FROM jsonb_array_elements(batch) AS sub(value)
    WHERE sub.value->>'key' = ANY (fresh);

    -- A key not stored now was stored before: its row, looked up by key, answers.
    RETURN (
      SELECT jsonb_agg(
        CASE
          WHEN sub.value->>'key' = ANY (fresh) THEN jsonb_build_object('status', 'created', 'receipt', sub.value->'receipt')
          ELSE coalesce(
            (SELECT jsonb_build_object('status', 'replayed', 'receipt', k.response) FROM idempotency_keys AS k
             WHERE k.key = sub.value->>'key' AND k.fingerprint = sub.value->>'fingerprint'),
            jsonb_build_object('status', 'conflict'))
        END ORDER BY sub.ordinality)
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS sub(value, ordinality));
  END
  $$;
  `,
];

/** The advisory lock that lets one instance at a time migrate (any fixed number of our own). */
const MIGRATION_LOCK = 7_214_023_001;

/**
 * Brings the schema up to date in one transaction. Safe when several instances start at once:
 * the first takes the lock and migrates; the others wait for it, then find nothing left to do.
 */
export async function migrate(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`;
    const [row] = await tx<
      { version: number }[]
    >`SELECT coalesce(max(version), 0) AS version FROM schema_migrations`;
    for (let version = row?.version ?? 0; version < migrations.length; version++) {
      await tx.unsafe(migrations[version] as string);
      await tx`INSERT INTO schema_migrations (version) VALUES (${version + 1})`;
    }
  });
}
