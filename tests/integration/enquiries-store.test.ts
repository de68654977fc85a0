/**
 * Storage against a real SQLite file: migrations, group commit, idempotency, retention, inbox
 * scoping, accounts, passwords and sessions.
 */
import { rmSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/lib/auth/passwords.server.ts';
import {
  createSession,
  deleteSession,
  findSession,
  isValidCsrfToken,
} from '../../src/lib/auth/sessions.server.ts';
import { type Account, addAccount, authenticate, removeAccount } from '../../src/lib/auth/users.server.ts';
import { closeDatabase, databaseFile, openDatabase } from '../../src/lib/db/database.server.ts';
import { migrations } from '../../src/lib/db/migrations.server.ts';
import { newReference } from '../../src/lib/enquiries/ids.server.ts';
import {
  allEnquiries,
  deleteEnquiry,
  findEnquiry,
  listEnquiries,
  setEnquiryStatus,
} from '../../src/lib/enquiries/inbox.server.ts';
import { purgeExpired } from '../../src/lib/enquiries/retention.server.ts';
import type { NewEnquiry, Submission } from '../../src/lib/enquiries/submission-store.server.ts';
import {
  createEnquiryWriter,
  type EnquiryWriter,
  type WriterOptions,
} from '../../src/lib/enquiries/writer.server.ts';
import { tempDataDir } from './enquiries-server.ts';

let dataDir: string;
let db: DatabaseSync;
const writers: EnquiryWriter[] = [];

/** A writer (with its thread) on this test's database file, closed after the test. */
const writerFor = (options: WriterOptions = {}) => {
  const writer = createEnquiryWriter(db, databaseFile(dataDir), options);
  writers.push(writer);
  return writer;
};

beforeEach(() => {
  dataDir = tempDataDir();
  db = openDatabase(dataDir);
});
afterEach(async () => {
  await Promise.all(writers.splice(0).map((w) => w.close()));
  closeDatabase(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

const enquiry = (producer: string, over: Partial<NewEnquiry> = {}): NewEnquiry => ({
  id: newReference(),
  producer,
  locale: 'vi',
  name: 'Nguyễn Văn An',
  email: 'an@example.vn',
  lines: [{ product: `${producer}-product`, quantity: 100, unit: 'kg', sample: true }],
  ...over,
});

const submission = (key: string, enquiries: NewEnquiry[], fingerprint = `print-${key}`): Submission => ({
  key,
  derivedKey: false,
  fingerprint,
  submissionId: newReference(),
  enquiries,
  mails: [],
});

const count = (table: string) =>
  Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);

const staff: Account = { id: 1, email: 'staff@example.org', role: 'staff', producer: null };
const taiHoan: Account = { id: 2, email: 'tai@example.org', role: 'producer', producer: 'htx-tai-hoan' };

describe('the database file', () => {
  test('is WAL with synchronous FULL, and migrated to the latest version', () => {
    expect(databaseFile(dataDir).endsWith('ocop.sqlite')).toBe(true);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: migrations.length });
  });

  test('migrations run once: reopening keeps the data', () => {
    const writer = writerFor();
    return writer.submit(submission('key:a', [enquiry('htx-tai-hoan')])).then(() => {
      closeDatabase(dataDir);
      db = openDatabase(dataDir);
      expect(count('enquiries')).toBe(1);
      expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: migrations.length });
    });
  });

  test('refuses what the schema forbids (a status outside new/answered/closed)', () => {
    db.prepare(
      "INSERT INTO enquiries (id, created_at, submission, producer, locale, name) VALUES ('X', '2026-01-01', 's', 'p', 'vi', 'n')",
    ).run();
    expect(() => db.prepare("UPDATE enquiries SET status = 'spam' WHERE id = 'X'").run()).toThrow(/CHECK/);
  });
});

describe('the writer', () => {
  test('stores concurrent submissions (in its own thread, batched) and answers each', async () => {
    const writer = writerFor();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        writer.submit(submission(`key:${i}`, [enquiry(`producer-${i % 3}`)])),
      ),
    );
    expect(results.every((r) => r.status === 'created')).toBe(true);
    expect(count('enquiries')).toBe(40);
    expect(count('enquiry_lines')).toBe(40);
    expect(count('idempotency_keys')).toBe(40);
  });

  test('a key seen before answers the same receipt and stores nothing new', async () => {
    const writer = writerFor();
    const first = await writer.submit(submission('key:same', [enquiry('htx-tai-hoan')]));
    const again = await writer.submit(submission('key:same', [enquiry('htx-tai-hoan')]));
    expect(again.status).toBe('replayed');
    expect(again.status !== 'conflict' && again.receipt).toEqual(
      first.status !== 'conflict' && first.receipt,
    );
    expect(writer.replay({ key: 'key:same', fingerprint: 'print-key:same', derivedKey: false })).toEqual(
      again,
    );
    expect(count('enquiries')).toBe(1);
  });

  test('the same key twice in one batch is stored once', async () => {
    const writer = writerFor();
    const [a, b] = await Promise.all([
      writer.submit(submission('key:twin', [enquiry('htx-tai-hoan')])),
      writer.submit(submission('key:twin', [enquiry('htx-tai-hoan')])),
    ]);
    expect([a?.status, b?.status]).toEqual(['created', 'replayed']);
    expect(count('enquiries')).toBe(1);
  });

  test('a key reused for other content is a conflict', async () => {
    const writer = writerFor();
    await writer.submit(submission('key:k', [enquiry('htx-tai-hoan')], 'print-1'));
    expect(await writer.submit(submission('key:k', [enquiry('htx-tai-hoan')], 'print-2'))).toEqual({
      status: 'conflict',
    });
    expect(count('enquiries')).toBe(1);
  });

  test('a key the server derived dedupes only for a while', async () => {
    let now = new Date('2026-11-28T10:00:00Z');
    const writer = writerFor({ derivedKeyTtlMs: 60_000, now: () => now });
    const derived = (s: Submission): Submission => ({ ...s, derivedKey: true });
    await writer.submit(derived(submission('derived:x', [enquiry('htx-tai-hoan')])));
    expect((await writer.submit(derived(submission('derived:x', [enquiry('htx-tai-hoan')])))).status).toBe(
      'replayed',
    );
    now = new Date('2026-11-28T10:01:01Z');
    expect((await writer.submit(derived(submission('derived:x', [enquiry('htx-tai-hoan')])))).status).toBe(
      'created',
    );
    expect(count('enquiries')).toBe(2);
  });

  test('one failing submission does not take the others in its batch down', async () => {
    const writer = writerFor();
    const clash = enquiry('htx-tai-hoan');
    await writer.submit(submission('key:first', [clash]));
    const [ok1, bad, ok2] = await Promise.allSettled([
      writer.submit(submission('key:ok1', [enquiry('a')])),
      writer.submit(submission('key:bad', [enquiry('b'), { ...clash }])),
      writer.submit(submission('key:ok2', [enquiry('c')])),
    ]);
    expect(ok1.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    expect(ok2.status).toBe('fulfilled');
    // The failed submission left nothing behind, not even its first enquiry.
    expect(count('enquiries')).toBe(3);
    expect(
      writer.replay({ key: 'key:bad', fingerprint: 'print-key:bad', derivedKey: false }),
    ).toBeUndefined();
  });

  test('queues mails in the same transaction and wakes the outbox after the commit', async () => {
    let woken = 0;
    const writer = writerFor({ onStored: () => woken++ });
    const e = enquiry('htx-tai-hoan');
    await writer.submit({
      ...submission('key:mail', [e]),
      mails: [{ enquiryId: e.id, recipient: 'coop@example.vn', subject: 's', body: 'b' }],
    });
    expect(count('outbox')).toBe(1);
    expect(woken).toBe(1);
  });
});

describe('the inbox', () => {
  beforeEach(async () => {
    const writer = writerFor();
    await writer.submit(
      submission('key:1', [enquiry('htx-tai-hoan', { id: 'AAAAA-00001', name: '<b>An</b>' })]),
    );
    await writer.submit(submission('key:2', [enquiry('htx-yen-duong', { id: 'AAAAA-00002' })]));
  });

  test('staff see every enquiry; a producer only its own', () => {
    expect(listEnquiries(db, {}, staff).total).toBe(2);
    const own = listEnquiries(db, {}, taiHoan);
    expect(own.enquiries.map((e) => e.id)).toEqual(['AAAAA-00001']);
    // Asking for another producer does not widen a producer account's view.
    expect(listEnquiries(db, { producer: 'htx-yen-duong' }, taiHoan).enquiries.map((e) => e.id)).toEqual([
      'AAAAA-00001',
    ]);
    expect([...allEnquiries(db, {}, taiHoan)].map((e) => e.id)).toEqual(['AAAAA-00001']);
  });

  test("another producer's enquiry cannot be read, changed or deleted", () => {
    expect(findEnquiry(db, 'AAAAA-00002', taiHoan)).toBeUndefined();
    expect(setEnquiryStatus(db, 'AAAAA-00002', 'closed', taiHoan)).toBe(false);
    expect(deleteEnquiry(db, 'AAAAA-00001', taiHoan)).toBe(false);
    expect(findEnquiry(db, 'AAAAA-00002', staff)?.status).toBe('new');
  });

  test('status changes are kept with who made them, and filter the list', () => {
    expect(setEnquiryStatus(db, 'AAAAA-00001', 'answered', taiHoan)).toBe(true);
    expect(findEnquiry(db, 'AAAAA-00001', staff)?.status).toBe('answered');
    expect(db.prepare("SELECT status_changed_by FROM enquiries WHERE id = 'AAAAA-00001'").get()).toEqual({
      status_changed_by: 'tai@example.org',
    });
    expect(listEnquiries(db, { status: 'answered' }, staff).enquiries.map((e) => e.id)).toEqual([
      'AAAAA-00001',
    ]);
    expect(listEnquiries(db, { status: 'new', producer: 'htx-yen-duong' }, staff).total).toBe(1);
  });

  test('dates filter by the Vietnamese calendar day', () => {
    db.prepare("UPDATE enquiries SET created_at = '2026-11-27T17:30:00.000Z' WHERE id = 'AAAAA-00001'").run();
    // 17:30 UTC on the 27th is 00:30 on the 28th in Vietnam.
    expect(
      listEnquiries(db, { from: '2026-11-28', to: '2026-11-28' }, staff).enquiries.map((e) => e.id),
    ).toContain('AAAAA-00001');
    expect(listEnquiries(db, { to: '2026-11-27' }, staff).total).toBe(0);
  });

  test('staff can delete at the sender’s request; lines go with the enquiry', () => {
    expect(deleteEnquiry(db, 'AAAAA-00001', staff)).toBe(true);
    expect(findEnquiry(db, 'AAAAA-00001', staff)).toBeUndefined();
    expect(count('enquiry_lines')).toBe(1);
  });

  test('what the buyer typed comes back exactly as typed', () => {
    expect(findEnquiry(db, 'AAAAA-00001', staff)?.name).toBe('<b>An</b>');
  });
});

test('retention deletes enquiries older than 24 months, with their lines and mails', async () => {
  const writer = writerFor({ now: () => new Date('2024-01-01T00:00:00Z') });
  const old = enquiry('htx-tai-hoan');
  await writer.submit({
    ...submission('key:old', [old]),
    mails: [{ enquiryId: old.id, recipient: 'a@b.vn', subject: 's', body: 'b' }],
  });
  await writerFor().submit(submission('key:new', [enquiry('htx-tai-hoan')]));
  expect(purgeExpired(db, new Date('2026-02-01T00:00:00Z'))).toEqual({ enquiries: 1 });
  expect(count('enquiries')).toBe(1);
  expect(count('enquiry_lines')).toBe(1);
  expect(count('outbox')).toBe(0);
});

describe('accounts and sessions', () => {
  test('passwords are argon2id hashes, verified in constant time', async () => {
    const hash = await hashPassword('một mật khẩu dài');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword('một mật khẩu dài', hash)).toBe(true);
    expect(await verifyPassword('một mật khẩu dài ', hash)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
  });

  test('accounts: producer accounts need a producer, emails are unique and case-blind, short passwords refused', async () => {
    await addAccount(db, {
      email: 'Tai@Example.org',
      password: 'a long password',
      role: 'producer',
      producer: 'htx-tai-hoan',
    });
    await expect(
      addAccount(db, { email: 'tai@example.org', password: 'a long password', role: 'staff' }),
    ).rejects.toThrow(/exists/);
    await expect(
      addAccount(db, { email: 'x@example.org', password: 'a long password', role: 'producer' }),
    ).rejects.toThrow(/--producer/);
    await expect(
      addAccount(db, { email: 'y@example.org', password: 'short', role: 'staff' }),
    ).rejects.toThrow(/12 characters/);
    expect(await authenticate(db, 'TAI@example.org', 'a long password')).toMatchObject({
      role: 'producer',
      producer: 'htx-tai-hoan',
    });
    expect(await authenticate(db, 'tai@example.org', 'wrong password')).toBeUndefined();
    expect(await authenticate(db, 'nobody@example.org', 'a long password')).toBeUndefined();
  });

  test('sessions are stored hashed, expire, carry a CSRF token, and end with their account', async () => {
    const account = await addAccount(db, {
      email: 's@example.org',
      password: 'a long password',
      role: 'staff',
    });
    const now = new Date('2026-11-28T10:00:00Z');
    const { token } = createSession(db, account, now);
    expect(db.prepare('SELECT token_hash FROM sessions').get()).not.toEqual({ token_hash: token });
    const session = findSession(db, token, now);
    expect(session?.account.email).toBe('s@example.org');
    expect(session && isValidCsrfToken(session, session.csrfToken)).toBe(true);
    expect(session && isValidCsrfToken(session, 'forged')).toBe(false);
    expect(session && isValidCsrfToken(session, null)).toBe(false);
    expect(findSession(db, token, new Date('2026-11-29T10:00:00Z'))).toBeUndefined();
    expect(findSession(db, 'guessed', now)).toBeUndefined();
    const second = createSession(db, account, now);
    deleteSession(db, second.token);
    expect(findSession(db, second.token, now)).toBeUndefined();
    removeAccount(db, 's@example.org');
    expect(findSession(db, token, now)).toBeUndefined();
  });
});
