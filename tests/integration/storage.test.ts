/**
 * The storage contract (src/server/storage/storage.ts), against every implementation on a real
 * database: group commit, idempotency, retention, inbox scoping, tracking links, conversations,
 * follow-ups, response times, accounts, sessions, counters shared by processes, mail claims, job
 * leases and job runs, certificate reminders, the office's statistics.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Account } from '../../src/lib/auth/account.ts';
import type { NewMessage } from '../../src/lib/enquiries/conversation.ts';
import { newReference } from '../../src/lib/enquiries/ids.server.ts';
import type { NewEnquiry, Submission, SubmissionTime } from '../../src/lib/enquiries/records.ts';
import { addAccount, authenticate } from '../../src/server/auth/accounts.ts';
import { hashPassword, verifyPassword } from '../../src/server/auth/passwords.ts';
import { createRateLimiter } from '../../src/server/auth/rate-limit.ts';
import { sessionService } from '../../src/server/auth/sessions.ts';
import { databaseFile } from '../../src/server/storage/sqlite/database.ts';
import { migrations } from '../../src/server/storage/sqlite/migrations.ts';
import { openSqliteStorage } from '../../src/server/storage/sqlite/sqlite-storage.ts';
import type { Storage } from '../../src/server/storage/storage.ts';
import { type OpenedStorage, postgresStorage, storageKinds } from '../support/storages.ts';

const at = (iso: string): SubmissionTime => ({ at: iso, derivedSince: '2000-01-01T00:00:00.000Z' });
const NOW = at('2026-11-28T10:00:00.000Z');

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
  trackingHash: `hash-${key}`,
  enquiries,
  mails: [],
});

const staff: Account = { id: 1, email: 'staff@example.org', role: 'staff', producer: null };
const taiHoan: Account = { id: 2, email: 'tai@example.org', role: 'producer', producer: 'htx-tai-hoan' };

describe.each(storageKinds)('$name storage', (kind) => {
  let opened: OpenedStorage;
  let storage: Storage;
  const count = async (table: string) =>
    Number((await opened.rows(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

  beforeEach(async () => {
    opened = await kind.open();
    storage = opened.storage;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  describe('enquiries', () => {
    test('stores concurrent submissions (batched) and answers each', async () => {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          storage.enquiries.submit(submission(`key:${i}`, [enquiry(`producer-${i % 3}`)]), NOW),
        ),
      );
      expect(results.every((r) => r.status === 'created')).toBe(true);
      expect(await count('enquiries')).toBe(40);
      expect(await count('enquiry_lines')).toBe(40);
      expect(await count('idempotency_keys')).toBe(40);
    });

    test('a key seen before answers the same receipt and stores nothing new', async () => {
      const first = await storage.enquiries.submit(submission('key:same', [enquiry('htx-tai-hoan')]), NOW);
      const again = await storage.enquiries.submit(submission('key:same', [enquiry('htx-tai-hoan')]), NOW);
      expect(again.status).toBe('replayed');
      expect(again.status !== 'conflict' && again.receipt).toEqual(
        first.status !== 'conflict' && first.receipt,
      );
      expect(
        await storage.enquiries.replay(
          { key: 'key:same', fingerprint: 'print-key:same', derivedKey: false },
          NOW.derivedSince,
        ),
      ).toEqual(again);
      expect(await count('enquiries')).toBe(1);
    });

    test('the same key twice at once is stored once', async () => {
      const [a, b] = await Promise.all([
        storage.enquiries.submit(submission('key:twin', [enquiry('htx-tai-hoan')]), NOW),
        storage.enquiries.submit(submission('key:twin', [enquiry('htx-tai-hoan')]), NOW),
      ]);
      expect([a?.status, b?.status].sort()).toEqual(['created', 'replayed']);
      expect(await count('enquiries')).toBe(1);
    });

    test('a key reused for other content is a conflict', async () => {
      await storage.enquiries.submit(submission('key:k', [enquiry('htx-tai-hoan')], 'print-1'), NOW);
      expect(
        await storage.enquiries.submit(submission('key:k', [enquiry('htx-tai-hoan')], 'print-2'), NOW),
      ).toEqual({ status: 'conflict' });
      expect(await count('enquiries')).toBe(1);
    });

    test('a key the server derived dedupes only while it is younger than derivedSince', async () => {
      const derived = (s: Submission): Submission => ({
        ...s,
        derivedKey: true,
        trackingHash: newReference(),
      });
      const first = { at: '2026-11-28T10:00:00.000Z', derivedSince: '2026-11-28T09:59:00.000Z' };
      await storage.enquiries.submit(derived(submission('derived:x', [enquiry('htx-tai-hoan')])), first);
      const soon = { at: '2026-11-28T10:00:30.000Z', derivedSince: '2026-11-28T09:59:30.000Z' };
      expect(
        (await storage.enquiries.submit(derived(submission('derived:x', [enquiry('htx-tai-hoan')])), soon))
          .status,
      ).toBe('replayed');
      const later = { at: '2026-11-28T10:01:01.000Z', derivedSince: '2026-11-28T10:00:01.000Z' };
      expect(
        (await storage.enquiries.submit(derived(submission('derived:x', [enquiry('htx-tai-hoan')])), later))
          .status,
      ).toBe('created');
      expect(await count('enquiries')).toBe(2);
    });

    test('one failing submission does not take the others written with it down', async () => {
      const clash = enquiry('htx-tai-hoan');
      await storage.enquiries.submit(submission('key:first', [clash]), NOW);
      const [ok1, bad, ok2] = await Promise.allSettled([
        storage.enquiries.submit(submission('key:ok1', [enquiry('a')]), NOW),
        storage.enquiries.submit(submission('key:bad', [enquiry('b'), { ...clash }]), NOW),
        storage.enquiries.submit(submission('key:ok2', [enquiry('c')]), NOW),
      ]);
      expect(ok1.status).toBe('fulfilled');
      expect(bad.status).toBe('rejected');
      expect(ok2.status).toBe('fulfilled');
      // The failed submission left nothing behind, not even its first enquiry.
      expect(await count('enquiries')).toBe(3);
      expect(
        await storage.enquiries.replay(
          { key: 'key:bad', fingerprint: 'print-key:bad', derivedKey: false },
          NOW.derivedSince,
        ),
      ).toBeUndefined();
    });

    test('mails are queued with their enquiry and claimed by one sender at a time', async () => {
      const e = enquiry('htx-tai-hoan');
      await storage.enquiries.submit(
        {
          ...submission('key:mail', [e]),
          mails: [{ enquiryId: e.id, recipient: 'coop@example.vn', subject: 's', body: 'b' }],
        },
        NOW,
      );
      const now = new Date(NOW.at);
      const [claimedA, claimedB] = await Promise.all([
        storage.outbox.claimDue(now, 12, 20, 60_000),
        storage.outbox.claimDue(now, 12, 20, 60_000),
      ]);
      const claimed = [...(claimedA ?? []), ...(claimedB ?? [])];
      expect(claimed.map((m) => m.recipient)).toEqual(['coop@example.vn']);
      const [mail] = claimed as [(typeof claimed)[number]];
      await storage.outbox.markFailed(mail.id, new Date(now.getTime() + 1000), 'smtp down');
      expect(await storage.outbox.claimDue(now, 12, 20, 60_000)).toEqual([]);
      const retried = await storage.outbox.claimDue(new Date(now.getTime() + 2000), 12, 20, 60_000);
      expect(retried.map((m) => m.attempts)).toEqual([1]);
      await storage.outbox.markSent(mail.id, now);
      expect(await storage.outbox.claimDue(new Date(now.getTime() + 120_000), 12, 20, 60_000)).toEqual([]);
      // A sent mail keeps who and what about, not its text (which may hold a tracking link).
      expect(await opened.rows('SELECT recipient, subject, body FROM outbox')).toEqual([
        { recipient: 'coop@example.vn', subject: 's', body: '' },
      ]);
    });
  });

  describe('the inbox', () => {
    beforeEach(async () => {
      await storage.enquiries.submit(
        submission('key:1', [enquiry('htx-tai-hoan', { id: 'AAAAA-00001', name: '<b>An</b>' })]),
        NOW,
      );
      await storage.enquiries.submit(
        submission('key:2', [enquiry('htx-yen-duong', { id: 'AAAAA-00002' })]),
        NOW,
      );
    });
    const ids = async (list: Promise<{ enquiries: { id: string }[] }>) =>
      (await list).enquiries.map((e) => e.id);

    test('staff see every enquiry; a producer only its own', async () => {
      expect((await storage.enquiries.list({}, staff, 1, 50)).total).toBe(2);
      expect(await ids(storage.enquiries.list({}, taiHoan, 1, 50))).toEqual(['AAAAA-00001']);
      // Asking for another producer does not widen a producer account's view.
      expect(await ids(storage.enquiries.list({ producer: 'htx-yen-duong' }, taiHoan, 1, 50))).toEqual([
        'AAAAA-00001',
      ]);
      const all = [];
      for await (const e of storage.enquiries.all({}, taiHoan)) all.push(e.id);
      expect(all).toEqual(['AAAAA-00001']);
    });

    test("another producer's enquiry cannot be read, changed or deleted", async () => {
      expect(await storage.enquiries.find('AAAAA-00002', taiHoan)).toBeUndefined();
      expect(await storage.enquiries.setStatus('AAAAA-00002', 'closed', taiHoan, new Date())).toBe(false);
      expect(await storage.enquiries.delete('AAAAA-00001', taiHoan)).toBe(false);
      expect((await storage.enquiries.find('AAAAA-00002', staff))?.status).toBe('new');
    });

    test('status changes are kept with who made them, and filter the list', async () => {
      expect(await storage.enquiries.setStatus('AAAAA-00001', 'answered', taiHoan, new Date())).toBe(true);
      expect((await storage.enquiries.find('AAAAA-00001', staff))?.status).toBe('answered');
      expect(await opened.rows("SELECT status_changed_by FROM enquiries WHERE id = 'AAAAA-00001'")).toEqual([
        { status_changed_by: 'tai@example.org' },
      ]);
      expect(await ids(storage.enquiries.list({ status: 'answered' }, staff, 1, 50))).toEqual([
        'AAAAA-00001',
      ]);
      expect(
        (await storage.enquiries.list({ status: 'new', producer: 'htx-yen-duong' }, staff, 1, 50)).total,
      ).toBe(1);
    });

    test('dates filter by the Vietnamese calendar day', async () => {
      await opened.run(
        "UPDATE enquiries SET created_at = '2026-11-27T17:30:00.000Z' WHERE id = 'AAAAA-00001'",
      );
      // 17:30 UTC on the 27th is 00:30 on the 28th in Vietnam.
      expect(
        await ids(storage.enquiries.list({ from: '2026-11-28', to: '2026-11-28' }, staff, 1, 50)),
      ).toContain('AAAAA-00001');
      expect((await storage.enquiries.list({ to: '2026-11-27' }, staff, 1, 50)).total).toBe(0);
    });

    test('staff can delete at the sender’s request; lines go with the enquiry', async () => {
      expect(await storage.enquiries.delete('AAAAA-00001', staff)).toBe(true);
      expect(await storage.enquiries.find('AAAAA-00001', staff)).toBeUndefined();
      expect(await count('enquiry_lines')).toBe(1);
    });

    test('what the buyer typed comes back exactly as typed', async () => {
      expect((await storage.enquiries.find('AAAAA-00001', staff))?.name).toBe('<b>An</b>');
    });
  });

  test('retention deletes enquiries older than 24 months with their lines and mails, old keys, counters and finished job runs', async () => {
    const old = enquiry('htx-tai-hoan');
    await storage.enquiries.submit(
      {
        ...submission('key:old', [old]),
        mails: [{ enquiryId: old.id, recipient: 'a@b.vn', subject: 's', body: 'b' }],
      },
      at('2024-01-01T00:00:00.000Z'),
    );
    await storage.enquiries.submit(
      submission('key:new', [enquiry('htx-tai-hoan')]),
      at('2026-01-20T00:00:00.000Z'),
    );
    await storage.counters.update('k', Date.parse('2026-01-01T00:00:00Z'), () => ({
      state: { n: 1 },
      result: 0,
    }));
    // Job runs: one finished over a month ago goes, a recent one and an unfinished one stay.
    for (const [period, day] of [
      ['old', '2025-12-01'],
      ['recent', '2026-01-25'],
      ['unfinished', '2025-12-01'],
    ] as const) {
      const start = new Date(`${day}T00:00:00Z`);
      await storage.jobRuns.claim('reminders', period, 'host:1', start, new Date(start.getTime() + 60_000));
      if (period !== 'unfinished') await storage.jobRuns.finish('reminders', period, 'host:1', start, 'done');
    }
    expect(await storage.purge(new Date('2026-02-01T00:00:00Z'))).toEqual({ enquiries: 1 });
    expect((await opened.rows('SELECT period FROM job_runs ORDER BY period')).map((r) => r.period)).toEqual([
      'recent',
      'unfinished',
    ]);
    expect(await count('enquiries')).toBe(1);
    expect(await count('enquiry_lines')).toBe(1);
    expect(await count('outbox')).toBe(0);
    expect(await count('idempotency_keys')).toBe(1);
    expect(await count('counters')).toBe(0);
  });

  describe('tracking links and conversations', () => {
    const first = enquiry('htx-tai-hoan', { id: 'BBBBB-00001', message: 'Xin báo giá' });
    const second = enquiry('htx-yen-duong', { id: 'BBBBB-00002' });
    const reply = (over: Partial<NewMessage> = {}): NewMessage => ({
      enquiryId: first.id,
      author: 'producer',
      authorEmail: 'tai@example.org',
      body: 'Còn hàng, giá 120.000 đ/kg',
      key: 'reply-1',
      at: '2026-11-30T02:00:00.000Z',
      mails: [],
      links: [],
      ...over,
    });
    let submissionId: string;
    beforeEach(async () => {
      const basket = submission('key:basket', [first, second]);
      submissionId = basket.submissionId;
      await storage.enquiries.submit(basket, NOW);
    });

    test("a link's hash opens every enquiry of its submission, and nothing else does", async () => {
      expect((await storage.conversations.tracked('hash-key:basket')).map((e) => e.id)).toEqual([
        'BBBBB-00001',
        'BBBBB-00002',
      ]);
      expect(await storage.conversations.tracked('hash-unknown')).toEqual([]);
      // One of them, as a reply or a closing reads it: only through a link that opens it.
      expect(await storage.conversations.trackedEnquiry('hash-key:basket', second.id)).toEqual(
        (await storage.conversations.tracked('hash-key:basket'))[1],
      );
      expect(await storage.conversations.trackedEnquiry('hash-unknown', second.id)).toBeUndefined();
      await storage.enquiries.submit(
        submission('key:other', [enquiry('htx-tai-hoan', { id: 'BBBBB-00003' })]),
        NOW,
      );
      expect(await storage.conversations.trackedEnquiry('hash-key:basket', 'BBBBB-00003')).toBeUndefined();
      expect(await storage.conversations.trackedEnquiry('hash-key:other', 'BBBBB-00003')).toMatchObject({
        id: 'BBBBB-00003',
        lines: [expect.objectContaining({ product: expect.any(String) })],
      });
      await storage.conversations.addLink({ tokenHash: 'hash-again', submission: submissionId }, new Date());
      expect(await storage.conversations.tracked('hash-again')).toHaveLength(2);
      expect((await storage.conversations.tracked('hash-again'))[0]).toMatchObject({
        submission: submissionId,
        status: 'new',
        readAt: null,
        answeredAt: null,
      });
    });

    test('a reply from the producer answers the enquiry once, with its mail and link, and is stored once per key', async () => {
      const mail = { enquiryId: first.id, recipient: 'an@example.vn', subject: 'Trả lời', body: 'link' };
      const link = { tokenHash: 'hash-in-mail', submission: submissionId };
      const [a, b] = await Promise.all([
        storage.conversations.add(reply({ mails: [mail], links: [link] })),
        storage.conversations.add(reply({ mails: [mail], links: [link] })),
      ]);
      expect([a?.status, b?.status].sort()).toEqual(['created', 'replayed']);
      expect(await count('enquiry_messages')).toBe(1);
      expect(await count('outbox')).toBe(1);
      expect(await storage.conversations.tracked('hash-in-mail')).toHaveLength(2);
      const answered = await storage.enquiries.find(first.id, staff);
      expect(answered).toMatchObject({ status: 'answered', answeredAt: '2026-11-30T02:00:00.000Z' });
      // A second answer keeps the time of the first.
      await storage.conversations.add(reply({ key: 'reply-2', at: '2026-12-01T02:00:00.000Z' }));
      expect((await storage.enquiries.find(first.id, staff))?.answeredAt).toBe('2026-11-30T02:00:00.000Z');
      expect(await storage.conversations.messages([first.id, second.id])).toEqual([
        expect.objectContaining({ author: 'producer', authorEmail: 'tai@example.org' }),
        expect.objectContaining({ createdAt: '2026-12-01T02:00:00.000Z' }),
      ]);
    });

    test("the buyer's reply reopens an answered enquiry; a closed or missing one takes no reply", async () => {
      await storage.conversations.add(reply());
      // The buyer has no inbox account: no author email.
      const { authorEmail: _account, ...buyer } = reply({
        author: 'buyer',
        key: 'buyer-1',
        body: 'Cảm ơn, <b>gửi mẫu</b>',
      });
      expect(await storage.conversations.add(buyer)).toEqual({ status: 'created' });
      expect((await storage.enquiries.find(first.id, staff))?.status).toBe('new');
      const [message] = (await storage.conversations.messages([first.id])).slice(-1);
      expect(message).toMatchObject({ author: 'buyer', authorEmail: null, body: 'Cảm ơn, <b>gửi mẫu</b>' });

      expect(await storage.conversations.close(first.id, new Date('2026-12-02T00:00:00Z'))).toBe(true);
      expect(await storage.conversations.close(first.id, new Date('2026-12-02T00:00:00Z'))).toBe(false);
      expect(await storage.conversations.add(reply({ key: 'late' }))).toEqual({ status: 'closed' });
      // A retry of a reply stored before it was closed is still answered as stored.
      expect(await storage.conversations.add(buyer)).toEqual({ status: 'replayed' });
      expect(await storage.conversations.add(reply({ enquiryId: 'ZZZZZ-99999' }))).toEqual({
        status: 'missing',
      });
      expect(await count('enquiry_messages')).toBe(2);
      expect(
        await opened.rows(`SELECT status, status_changed_by FROM enquiries WHERE id = '${first.id}'`),
      ).toEqual([{ status: 'closed', status_changed_by: 'buyer' }]);
    });

    test("a link's version changes with every message, status and read or answered time, and with an enquiry gone", async () => {
      const versions = [await storage.conversations.version('hash-key:basket')];
      const changed = async () => {
        const now = await storage.conversations.version('hash-key:basket');
        expect(versions).not.toContain(now);
        versions.push(now);
      };
      expect(versions[0]).toBeTypeOf('string');
      expect(await storage.conversations.version('hash-key:basket')).toBe(versions[0]);
      expect(await storage.conversations.version('hash-unknown')).toBeUndefined();
      await storage.conversations.addLink({ tokenHash: 'hash-again', submission: submissionId }, new Date());
      expect(await storage.conversations.version('hash-again')).toBe(versions[0]);

      await storage.conversations.markRead(first.id, new Date('2026-11-29T01:00:00Z'));
      await changed();
      await storage.conversations.add(reply());
      await changed();
      await storage.conversations.add(reply({ author: 'buyer', key: 'buyer-1' }));
      await changed();
      await storage.enquiries.setStatus(second.id, 'answered', staff, new Date('2026-11-29T03:00:00Z'));
      await changed();
      await storage.conversations.close(first.id, new Date('2026-12-02T00:00:00Z'));
      await changed();
      await storage.enquiries.delete(second.id, staff);
      await changed();
      await storage.enquiries.delete(first.id, staff);
      expect(await storage.conversations.version('hash-key:basket')).toBeUndefined();
    });

    test('replies arriving together are all stored (batched with enquiries)', async () => {
      const results = await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => storage.conversations.add(reply({ key: `k-${i}` }))),
        storage.enquiries.submit(submission('key:with-replies', [enquiry('htx-tai-hoan')]), NOW),
      ]);
      expect(results.every((r) => r.status === 'created')).toBe(true);
      expect(await count('enquiry_messages')).toBe(30);
    });

    test('read is when its producer first opened it; marking it answered keeps that time too', async () => {
      await storage.conversations.markRead(first.id, new Date('2026-11-29T01:00:00Z'));
      await storage.conversations.markRead(first.id, new Date('2026-11-30T01:00:00Z'));
      expect((await storage.enquiries.find(first.id, staff))?.readAt).toBe('2026-11-29T01:00:00.000Z');
      await storage.enquiries.setStatus(second.id, 'answered', staff, new Date('2026-11-29T03:00:00Z'));
      await storage.enquiries.setStatus(second.id, 'new', staff, new Date('2026-11-29T04:00:00Z'));
      await storage.enquiries.setStatus(second.id, 'answered', staff, new Date('2026-11-29T05:00:00Z'));
      expect((await storage.enquiries.find(second.id, staff))?.answeredAt).toBe('2026-11-29T03:00:00.000Z');
    });

    test('response times: when each enquiry since a day was first answered, of one producer or all', async () => {
      await storage.conversations.add(reply());
      expect(
        (await storage.enquiries.responseTimes(new Date('2026-11-01T00:00:00Z'))).toSorted((a, b) =>
          a.producer.localeCompare(b.producer),
        ),
      ).toEqual([
        { producer: 'htx-tai-hoan', createdAt: NOW.at, answeredAt: '2026-11-30T02:00:00.000Z' },
        { producer: 'htx-yen-duong', createdAt: NOW.at, answeredAt: null },
      ]);
      expect(
        await storage.enquiries.responseTimes(new Date('2026-11-01T00:00:00Z'), 'htx-yen-duong'),
      ).toEqual([{ producer: 'htx-yen-duong', createdAt: NOW.at, answeredAt: null }]);
      expect(await storage.enquiries.responseTimes(new Date('2026-11-29T00:00:00Z'))).toEqual([]);
    });
  });

  describe('follow-ups', () => {
    const from = new Date('2026-11-01T00:00:00Z');
    const before = new Date('2026-12-01T00:00:00Z');
    const ids = (list: { id: string }[]) => list.map((e) => e.id);
    beforeEach(async () => {
      for (const [n, producer] of ['htx-tai-hoan', 'htx-tai-hoan', 'htx-yen-duong'].entries()) {
        await storage.enquiries.submit(
          submission(`key:f${n}`, [enquiry(producer, { id: `CCCCC-0000${n}` })]),
          at(`2026-11-2${n}T03:00:00.000Z`),
        );
      }
    });

    test('pending: open and unanswered, in the window, not yet followed up of that kind, oldest first', async () => {
      expect(ids(await storage.followUps.pending('reminder', from, before, 10))).toEqual([
        'CCCCC-00000',
        'CCCCC-00001',
        'CCCCC-00002',
      ]);
      await storage.enquiries.setStatus('CCCCC-00001', 'answered', staff, new Date());
      await storage.enquiries.setStatus('CCCCC-00002', 'closed', staff, new Date());
      expect(ids(await storage.followUps.pending('reminder', from, before, 10))).toEqual(['CCCCC-00000']);
      expect(
        ids(await storage.followUps.pending('reminder', new Date('2026-11-20T04:00:00Z'), before, 10)),
      ).toEqual([]);
      expect(
        ids(await storage.followUps.pending('reminder', from, new Date('2026-11-20T03:00:00Z'), 10)),
      ).toEqual([]);
    });

    test('record: once per enquiry and kind, with its mails, even when two record at once', async () => {
      const mails = (id: string) => [
        { enquiryId: id, recipient: 'tai@example.org', subject: 'Nhắc', body: '…' },
      ];
      const items = ['CCCCC-00000', 'CCCCC-00001'].map((id) => ({ enquiryId: id, mails: mails(id) }));
      const now = new Date('2026-11-25T00:00:00Z');
      const [a, b] = await Promise.all([
        storage.followUps.record('reminder', items, now),
        storage.followUps.record('reminder', items, now),
      ]);
      expect([...(a ?? []), ...(b ?? [])].sort()).toEqual(['CCCCC-00000', 'CCCCC-00001']);
      expect(await count('outbox')).toBe(2);
      expect(ids(await storage.followUps.pending('reminder', from, before, 10))).toEqual(['CCCCC-00002']);
      // Another kind is its own record.
      expect(ids(await storage.followUps.pending('escalation', from, before, 10))).toHaveLength(3);
    });

    test('an enquiry answered meanwhile is not recorded; escalated lists those still waiting', async () => {
      await storage.enquiries.setStatus('CCCCC-00001', 'answered', staff, new Date());
      const now = new Date('2026-11-28T00:00:00Z');
      const recorded = await storage.followUps.record(
        'escalation',
        ['CCCCC-00000', 'CCCCC-00001', 'CCCCC-00002'].map((id) => ({ enquiryId: id, mails: [] })),
        now,
      );
      expect(recorded).toEqual(['CCCCC-00000', 'CCCCC-00002']);
      await storage.followUps.record('reminder', [{ enquiryId: 'CCCCC-00000', mails: [] }], now);
      await storage.conversations.close('CCCCC-00002', now);
      expect(ids(await storage.followUps.escalated())).toEqual(['CCCCC-00000']);
    });
  });

  test('retention takes messages, follow-ups and links with the enquiries; links to kept enquiries stay', async () => {
    const old = enquiry('htx-tai-hoan');
    await storage.enquiries.submit(submission('key:old', [old]), at('2024-01-01T00:00:00.000Z'));
    await storage.enquiries.submit(
      submission('key:kept', [enquiry('htx-tai-hoan')]),
      at('2026-01-20T00:00:00.000Z'),
    );
    await storage.conversations.add({
      enquiryId: old.id,
      author: 'producer',
      body: 'Trả lời',
      key: 'k',
      at: '2024-01-02T00:00:00.000Z',
      mails: [],
      links: [],
    });
    await storage.followUps.record(
      'reminder',
      [{ enquiryId: old.id, mails: [] }],
      new Date('2024-01-05T00:00:00Z'),
    );
    await storage.purge(new Date('2026-02-01T00:00:00Z'));
    expect(await count('enquiry_messages')).toBe(0);
    expect(await count('follow_ups')).toBe(0);
    expect(await storage.conversations.tracked('hash-key:old')).toEqual([]);
    expect(await opened.rows('SELECT token_hash FROM tracking_links')).toEqual([
      { token_hash: 'hash-key:kept' },
    ]);
  });

  describe('accounts and sessions', () => {
    test('accounts: producer accounts need a producer, emails are unique and case-blind, short passwords refused', async () => {
      await addAccount(storage.accounts, {
        email: ' Tai@Example.org',
        password: 'a long password',
        role: 'producer',
        producer: 'htx-tai-hoan',
      });
      await expect(
        addAccount(storage.accounts, {
          email: 'tai@example.org',
          password: 'a long password',
          role: 'staff',
        }),
      ).rejects.toThrow(/exists/);
      await expect(
        addAccount(storage.accounts, {
          email: 'x@example.org',
          password: 'a long password',
          role: 'producer',
        }),
      ).rejects.toThrow(/--producer/);
      await expect(
        addAccount(storage.accounts, { email: 'y@example.org', password: 'short', role: 'staff' }),
      ).rejects.toThrow(/12 characters/);
      expect(await authenticate(storage.accounts, 'TAI@example.org ', 'a long password')).toMatchObject({
        role: 'producer',
        producer: 'htx-tai-hoan',
      });
      expect(await authenticate(storage.accounts, 'tai@example.org', 'wrong password')).toBeUndefined();
      expect(await authenticate(storage.accounts, 'nobody@example.org', 'a long password')).toBeUndefined();
    });

    test('sessions are stored hashed, expire, carry a CSRF token, and end with their account', async () => {
      const account = await addAccount(storage.accounts, {
        email: 's@example.org',
        password: 'a long password',
        role: 'staff',
      });
      const sessions = sessionService(storage.sessions);
      const now = new Date('2026-11-28T10:00:00Z');
      const { token } = await sessions.create(account, now);
      expect(await opened.rows('SELECT token_hash FROM sessions')).not.toContainEqual({ token_hash: token });
      const session = await sessions.find(token, now);
      expect(session?.account.email).toBe('s@example.org');
      expect(session?.csrfToken).toMatch(/^[\w-]{40,}$/);
      expect(await sessions.find(token, new Date('2026-11-29T10:00:00Z'))).toBeUndefined();
      expect(await sessions.find('guessed', now)).toBeUndefined();
      const second = await sessions.create(account, now);
      await sessions.end(second.token);
      expect(await sessions.find(second.token, now)).toBeUndefined();
      await storage.accounts.remove('s@example.org');
      expect(await sessions.find(token, now)).toBeUndefined();
    });
  });

  test('a rate limit counts every attempt, also when they arrive at once', async () => {
    const limiter = createRateLimiter(storage.counters, await storage.secret('counters'), 'test', {
      capacity: 5,
      windowMs: 60_000,
    });
    const now = Date.parse('2026-11-28T10:00:00Z');
    const decisions = await Promise.all(Array.from({ length: 20 }, () => limiter.take('client', now)));
    expect(decisions.filter((d) => d.ok)).toHaveLength(5);
    expect(await limiter.take('client', now + 12_000)).toEqual({ ok: true });
    expect(await limiter.take('client', now + 12_000)).toMatchObject({ ok: false, retryAfterSeconds: 12 });
  });

  test('a secret is made once and is the same for everyone who asks', async () => {
    const [a, b] = await Promise.all([storage.secret('counters'), storage.secret('counters')]);
    expect(a).toMatch(/^[\w-]{40,}$/);
    expect(b).toBe(a);
    expect(await storage.secret('other')).not.toBe(a);
  });

  test('a lease is held by one holder until it runs out', async () => {
    const now = new Date('2026-11-28T10:00:00Z');
    const later = new Date(now.getTime() + 60_000);
    expect(await storage.leases.acquire('jobs', 'a', now, later)).toBe(true);
    expect(await storage.leases.acquire('jobs', 'b', now, later)).toBe(false);
    expect(await storage.leases.acquire('jobs', 'a', now, later)).toBe(true);
    expect(await storage.leases.acquire('jobs', 'b', later, new Date(later.getTime() + 60_000))).toBe(true);
    await storage.leases.release('jobs', 'b');
    expect(await storage.leases.acquire('jobs', 'a', later, new Date(later.getTime() + 60_000))).toBe(true);
  });

  test("a job's period is claimed by one holder, done once, and taken over only when left unfinished", async () => {
    const runs = storage.jobRuns;
    const now = new Date('2026-11-28T10:00:00Z');
    const until = new Date(now.getTime() + 60_000);
    const claims = await Promise.all(
      ['a', 'b', 'c'].map((h) => runs.claim('retention', '2026-11-28', h, now, until)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const holder = ['a', 'b', 'c'][claims.indexOf(true)] as string;
    // Its holder died mid-run: once the claim runs out, another takes the period over and does it.
    expect(await runs.claim('retention', '2026-11-28', 'd', until, new Date(until.getTime() + 60_000))).toBe(
      true,
    );
    await runs.finish('retention', '2026-11-28', 'd', until, '3 deleted');
    // The first holder's late finish does not count as the run, and nobody does the day again.
    await runs.finish('retention', '2026-11-28', holder, until, 'late');
    const nextDay = new Date(now.getTime() + 86_400_000);
    const nextDayUntil = new Date(nextDay.getTime() + 60_000);
    expect(await runs.claim('retention', '2026-11-28', 'e', nextDay, nextDayUntil)).toBe(false);
    expect(await opened.rows("SELECT holder, outcome FROM job_runs WHERE period = '2026-11-28'")).toEqual([
      { holder: 'd', outcome: '3 deleted' },
    ]);
    // A run that failed is given up: the next claim, even the same instant, may retry it.
    expect(await runs.claim('retention', '2026-11-29', 'd', nextDay, nextDayUntil)).toBe(true);
    await runs.fail('retention', '2026-11-29', 'd', nextDay, 'failed: disk full');
    expect(await runs.claim('retention', '2026-11-29', 'e', nextDay, nextDayUntil)).toBe(true);
  });

  describe("fairs' leads", () => {
    const FAIR = 'hoi-cho-2026';
    const newLead = (key: string, s: Submission, capturedAt = '2026-12-10T03:00:00.000Z') => ({
      key,
      fingerprint: `print-${key}`,
      fair: FAIR,
      capturedAt,
      submission: s.submissionId,
      receipt: { submission: s.submissionId, enquiries: [] },
      at: NOW.at,
    });

    test('a lead is recorded once per key and tags the enquiries of its submission with its fair', async () => {
      const s = submission('lead:tablet-1', [enquiry('htx-tai-hoan'), enquiry('htx-na-ri')]);
      await storage.enquiries.submit(s, NOW);
      const other = submission('key:other', [enquiry('htx-tai-hoan')]);
      await storage.enquiries.submit(other, NOW);
      const first = await storage.fairLeads.record(newLead('tablet-1', s));
      expect(first).toMatchObject({ key: 'tablet-1', fair: FAIR, capturedAt: '2026-12-10T03:00:00.000Z' });
      // Twice at once, as a replay racing its first attempt: one row, the first one's answer.
      const again = await Promise.all([
        storage.fairLeads.record({ ...newLead('tablet-1', s, '2026-12-11T03:00:00.000Z'), fingerprint: 'x' }),
        storage.fairLeads.record(newLead('tablet-1', s)),
      ]);
      expect(again).toEqual([first, first]);
      expect(await count('fair_leads')).toBe(1);
      expect(await storage.fairLeads.find('tablet-1')).toEqual(first);
      expect(await storage.fairLeads.find('tablet-2')).toBeUndefined();
      const { enquiries } = await storage.enquiries.list({}, staff, 1, 10);
      expect(enquiries.map((e) => [e.submission, e.fair]).sort()).toEqual(
        [
          [s.submissionId, FAIR],
          [s.submissionId, FAIR],
          [other.submissionId, null],
        ].sort(),
      );
      expect(await storage.fairLeads.leads(FAIR)).toEqual([first]);
      expect(await storage.fairLeads.leads('another-fair')).toEqual([]);
    });

    test('retention deletes leads as old as the enquiries they became', async () => {
      const old = submission('lead:old', [enquiry('htx-a')]);
      const kept = submission('lead:kept', [enquiry('htx-a')]);
      await storage.enquiries.submit(old, at('2024-01-15T00:00:00.000Z'));
      await storage.enquiries.submit(kept, NOW);
      await storage.fairLeads.record({ ...newLead('old', old), at: '2024-01-15T00:00:00.000Z' });
      await storage.fairLeads.record(newLead('kept', kept));
      await storage.purge(new Date('2026-02-01T00:00:00Z'));
      expect(await storage.fairLeads.find('old')).toBeUndefined();
      expect((await storage.fairLeads.leads(FAIR)).map((l) => l.key)).toEqual(['kept']);
    });

    test("the report's rows: the fair's enquiries, others received in the window, scans per day", async () => {
      const tagged = submission('lead:t', [enquiry('htx-a')]);
      const inside = submission('key:in', [
        enquiry('htx-b', {
          lines: [
            { product: 'b-1', sample: false },
            { product: 'b-2', sample: false },
          ],
        }),
      ]);
      const before = submission('key:before', [enquiry('htx-c')]);
      // Delivered after the fair (an offline tablet), still the fair's.
      await storage.enquiries.submit(tagged, at('2026-12-20T01:00:00.000Z'));
      await storage.enquiries.submit(inside, at('2026-12-10T05:00:00.000Z'));
      await storage.enquiries.submit(before, at('2026-12-09T16:59:59.000Z'));
      await storage.fairLeads.record(newLead('t', tagged));
      const answered = (await storage.enquiries.list({ producer: 'htx-b' }, staff, 1, 1)).enquiries[0];
      await storage.enquiries.setStatus(
        answered?.id ?? '',
        'answered',
        staff,
        new Date('2026-12-11T00:00:00Z'),
      );
      const rows = await storage.fairLeads.enquiries(
        FAIR,
        new Date('2026-12-09T17:00:00.000Z'),
        new Date('2026-12-14T17:00:00.000Z'),
      );
      expect(rows.map(({ id: _, ...r }) => r)).toEqual([
        {
          createdAt: '2026-12-10T05:00:00.000Z',
          submission: inside.submissionId,
          fair: null,
          answeredAt: '2026-12-11T00:00:00.000Z',
          products: ['b-1', 'b-2'],
        },
        {
          createdAt: '2026-12-20T01:00:00.000Z',
          submission: tagged.submissionId,
          fair: FAIR,
          answeredAt: null,
          products: ['htx-a-product'],
        },
      ]);

      await storage.analytics.addScans([
        { day: '2026-12-10', fair: FAIR, medium: 'card', product: 'b-1', scans: 2 },
        { day: '2026-12-10', fair: FAIR, medium: 'label', product: 'b-1', scans: 3 },
        { day: '2026-12-11', fair: FAIR, medium: 'card', product: 'b-2', scans: 1 },
        { day: '2026-12-15', fair: FAIR, medium: 'card', product: 'b-2', scans: 7 },
        { day: '2026-12-10', fair: 'another-fair', medium: 'card', product: 'b-1', scans: 4 },
      ]);
      expect(await storage.fairLeads.scans(FAIR, '2026-12-10', '2026-12-14')).toEqual([
        { day: '2026-12-10', product: 'b-1', scans: 5 },
        { day: '2026-12-11', product: 'b-2', scans: 1 },
      ]);
    });
  });

  describe("the office's statistics", () => {
    const week = { from: '2026-11-22', to: '2026-11-28' };
    const searchOn = (day: string, query: string, searches: number, empty = 0, clicks = 0) => ({
      day,
      query,
      text: query,
      searches,
      empty,
      clicks,
    });

    test('counts added at once, as two instances flush, add up', async () => {
      await Promise.all(
        Array.from({ length: 6 }, () =>
          storage.analytics.addSearches([
            searchOn('2026-11-28', 'mien dong', 2, 1, 1),
            searchOn('2026-11-27', 'mien dong', 1),
          ]),
        ),
      );
      expect(await storage.analytics.topSearches(week, 'searches', 3, 10)).toEqual([
        { query: 'mien dong', text: 'mien dong', searches: 18, empty: 6, clicks: 6 },
      ]);
    });

    test('totals are ranked, fewer than the minimum and days outside the period are left out', async () => {
      await storage.analytics.addSearches([
        searchOn('2026-11-28', 'mat ong', 5, 0, 2),
        searchOn('2026-11-28', 'tra thao duoc', 4, 4),
        searchOn('2026-11-28', 'mang', 2, 2),
        searchOn('2026-11-21', 'mang', 9, 9),
      ]);
      const top = await storage.analytics.topSearches(week, 'searches', 3, 10);
      expect(top.map((r) => [r.query, r.searches])).toEqual([
        ['mat ong', 5],
        ['tra thao duoc', 4],
      ]);
      const empty = await storage.analytics.topSearches(week, 'empty', 3, 10);
      expect(empty.map((r) => [r.query, r.empty])).toEqual([['tra thao duoc', 4]]);
      expect(await storage.analytics.topSearches(week, 'searches', 3, 1)).toHaveLength(1);
    });

    test('scans are counted per fair, medium and product', async () => {
      const scan = (day: string, fair: string, medium: string, product: string, scans: number) => ({
        day,
        fair,
        medium,
        product,
        scans,
      });
      await Promise.all([
        storage.analytics.addScans([scan('2026-11-27', 'hoi-cho-ha-noi', 'card', 'mien-dong', 2)]),
        storage.analytics.addScans([scan('2026-11-28', 'hoi-cho-ha-noi', 'card', 'mien-dong', 2)]),
        storage.analytics.addScans([
          scan('2026-11-28', 'hoi-cho-ha-noi', 'label', 'mien-dong', 3),
          scan('2026-11-28', '', 'trade-sheet', 'mien-dong', 2),
        ]),
      ]);
      expect(await storage.analytics.topScans(week, 3, 10)).toEqual([
        { fair: 'hoi-cho-ha-noi', medium: 'card', product: 'mien-dong', scans: 4 },
        { fair: 'hoi-cho-ha-noi', medium: 'label', product: 'mien-dong', scans: 3 },
      ]);
    });

    test('retention deletes the days before the cut-off, and only those', async () => {
      await storage.analytics.addSearches([
        searchOn('2025-10-27', 'old', 3),
        searchOn('2025-10-28', 'kept', 3),
      ]);
      await storage.analytics.addScans([
        { day: '2025-10-27', fair: 'f', medium: 'card', product: 'p', scans: 3 },
        { day: '2025-10-28', fair: 'f', medium: 'card', product: 'p', scans: 3 },
      ]);
      expect(await storage.analytics.purgeBefore('2025-10-28')).toBe(2);
      const all = { from: '2000-01-01', to: '2100-01-01' };
      expect((await storage.analytics.topSearches(all, 'searches', 1, 10)).map((r) => r.query)).toEqual([
        'kept',
      ]);
      expect(await storage.analytics.topScans(all, 1, 10)).toHaveLength(1);
    });
  });

  test("a certificate's reminder is recorded once with its mails, also when several record it at once", async () => {
    const reminder = { product: 'mien-dong-na-ri', expiresOn: '2027-03-01', milestone: '30-days' } as const;
    const mails = [
      { recipient: 'coop@example.vn', subject: 'Chứng nhận OCOP', body: 'Kính gửi…' },
      { recipient: 'ocop@backan.example', subject: 'Chứng nhận OCOP', body: 'Kính gửi…' },
    ];
    const now = new Date('2027-01-30T01:00:00.000Z');
    const recorded = await Promise.all([1, 2, 3].map(() => storage.reminders.record(reminder, mails, now)));
    expect(recorded.filter(Boolean)).toHaveLength(1);
    // Later, after a restart: still recorded, nothing queued again.
    expect(await storage.reminders.record(reminder, mails, new Date('2027-01-31T01:00:00Z'))).toBe(false);
    const queued = await storage.outbox.claimDue(now, 12, 20, 60_000);
    expect(queued.map((m) => [m.recipient, m.subject, m.replyTo])).toEqual([
      ['coop@example.vn', 'Chứng nhận OCOP', null],
      ['ocop@backan.example', 'Chứng nhận OCOP', null],
    ]);

    // Another milestone, and the same milestone of a renewed certificate, are reminders of their own.
    expect(await storage.reminders.record({ ...reminder, milestone: 'expiry' }, [], now)).toBe(true);
    expect(await storage.reminders.record({ ...reminder, expiresOn: '2030-01-15' }, [], now)).toBe(true);
    expect(await storage.reminders.list()).toEqual([
      { ...reminder, sentAt: now.toISOString() },
      { ...reminder, milestone: 'expiry', sentAt: now.toISOString() },
      { ...reminder, expiresOn: '2030-01-15', sentAt: now.toISOString() },
    ]);

    // Their mails hold producers' addresses: deleted after the enquiries' 24 months, the record kept.
    await storage.purge(new Date('2029-02-01T00:00:00Z'));
    expect(await count('outbox')).toBe(0);
    expect(await storage.reminders.list()).toHaveLength(3);
  });
});

test('passwords are argon2id hashes, verified in constant time', async () => {
  const hash = await hashPassword('một mật khẩu dài');
  expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(await verifyPassword('một mật khẩu dài', hash)).toBe(true);
  expect(await verifyPassword('một mật khẩu dài ', hash)).toBe(false);
  expect(await verifyPassword('x', 'not a hash')).toBe(false);
});

test('sqlite: the outbox rebuilt for reminder mails (migration 4) keeps the mails queued before it', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'ocop-migrate-'));
  try {
    const before = new DatabaseSync(databaseFile(dataDir), { enableForeignKeyConstraints: true });
    for (const migration of migrations.slice(0, 3)) before.exec(migration);
    before.exec(`PRAGMA user_version = 3;
      INSERT INTO enquiries (id, created_at, submission, producer, locale, name) VALUES ('E-1', '2026-11-28T10:00:00Z', 's', 'htx', 'vi', 'An');
      INSERT INTO outbox (enquiry_id, recipient, subject, body, next_attempt_at) VALUES ('E-1', 'coop@example.vn', 's', 'b', '2026-11-28T10:00:00Z');`);
    before.close();

    const storage = openSqliteStorage(dataDir);
    const due = await storage.outbox.claimDue(new Date('2026-11-28T11:00:00Z'), 12, 20, 60_000);
    expect(due.map((m) => m.recipient)).toEqual(['coop@example.vn']);
    // Still the enquiry's mail: it goes with the enquiry.
    expect(await storage.enquiries.delete('E-1', staff)).toBe(true);
    expect(await storage.outbox.claimDue(new Date('2026-11-28T12:00:00Z'), 12, 20, 60_000)).toEqual([]);
    await storage.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('postgres: a batch reads the keys stored before through their index, however many there are', async () => {
  const opened = await postgresStorage.open();
  try {
    await opened.run(`
      INSERT INTO idempotency_keys (key, fingerprint, response, created_at)
      SELECT 'old:' || i, 'print', jsonb_build_object('submission', 'S-' || i), now() FROM generate_series(1, 20000) AS i;
      ANALYZE idempotency_keys`);
    const item = (key: string) => ({
      key,
      fingerprint: 'print',
      derivedKey: false,
      at: NOW.at,
      submissionId: `S-${key}`,
      trackingHash: `hash-${key}`,
      receipt: { submission: `S-${key}` },
      enquiries: [],
      mails: [],
    });
    const batch = JSON.stringify([item('old:5'), item('new:1')]);
    // This connection's table statistics not yet reported, before and after: how the batch read idempotency_keys.
    const readsOfKeys =
      "SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'idempotency_keys'";
    const [, before, stored, after] = (await opened.rows(`BEGIN;
      ${readsOfKeys};
      SELECT store_submissions('${batch}'::jsonb) AS outcomes;
      ${readsOfKeys};
      ROLLBACK`)) as unknown as Record<string, string>[][];
    expect(stored?.[0]?.outcomes).toEqual([
      { status: 'replayed', receipt: { submission: 'S-5' } },
      { status: 'created', receipt: { submission: 'S-new:1' } },
    ]);
    // Before migration 8 the outcomes joined the batch to the whole table: a sequential scan per batch.
    expect(Number(after?.[0]?.seq_scan)).toBe(Number(before?.[0]?.seq_scan));
    expect(Number(after?.[0]?.idx_scan)).toBeGreaterThan(Number(before?.[0]?.idx_scan));
  } finally {
    await opened.dispose();
  }
});
