/**
 * Reminders and escalations on the real server, across a weekend: the server's clock is moved
 * with OCOP_TODAY between restarts on one data folder, and the mails go to a real SMTP server.
 * An enquiry sent on a Friday is reminded about on Tuesday (2 working days), not on Monday, and
 * escalated on the next Friday (5), not on Thursday; each is done once, across restarts and with
 * two servers running at once, on a SQLite file and on PostgreSQL (DATABASE_URL).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { vietnamDay } from '../../src/lib/calendar.ts';
import { followUpText } from '../../src/lib/i18n/follow-up.ts';
import { paths } from '../../src/lib/paths.ts';
import { followUpPeriod } from '../../src/server/jobs/follow-ups.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import { type ServerStore, serverStores } from '../support/server-stores.ts';
import { bodyText, smtpServer, until } from '../support/smtp.ts';
import {
  addUser,
  contentProducts,
  InboxSession,
  producerEmail,
  type RunningServer,
  startServer,
} from './enquiries-server.ts';

const products = contentProducts();
const mine = products.find((p) => producerEmail(p.producer));
const theirs = products.find((p) => p.producer !== mine?.producer && producerEmail(p.producer));
if (!mine || !theirs) throw new Error('the content needs two producers with contact emails');
const phone = (
  JSON.parse(readFileSync(join('content', 'producers', `${mine.producer}.json`), 'utf8')) as {
    contacts: { phone: string };
  }
).contacts.phone;

const password = 'a long password 2026';
const days = {
  friday: '2026-11-27',
  monday: '2026-11-30',
  tuesday: '2026-12-01',
  thursday: '2026-12-03',
  nextFriday: '2026-12-04',
};

// Each day starts servers and waits for their jobs and mails: more than the default 30 s on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

describe.each(serverStores)('$name storage', ({ open }) => {
  let dataDir: string;
  let store: ServerStore;
  let mail: ReturnType<typeof smtpServer>;
  let smtpUrl: string;
  const ids: Record<'waiting' | 'answered' | 'theirs', string> = { waiting: '', answered: '', theirs: '' };

  const reminders = () => mail.received.filter((m) => bodyText(m.data).includes('chưa được trả lời sau'));
  const remindersAbout = (id: string) => reminders().filter((m) => bodyText(m.data).includes(id));
  const followUps = () =>
    store.rows('SELECT enquiry_id AS id, kind FROM follow_ups ORDER BY kind, enquiry_id');
  /** The follow-up jobs whose run of `period` or later is done (periods are ISO times). */
  const jobsDoneSince = async (period: string) =>
    (
      await store.rows(
        `SELECT DISTINCT job FROM job_runs WHERE period >= '${period}' AND finished_at IS NOT NULL`,
      )
    ).map((r) => r.job);
  const pendingMails = async () =>
    Number((await store.rows('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL'))[0]?.n);
  const addAccount = (email: string, role: 'staff' | 'producer', producer?: string) =>
    addUser(dataDir, email, password, role, producer, store.env);

  /**
   * Servers on `day` on the one data folder, once the one holding the jobs' lease has run them (or
   * found this period's run done already) and the mails have gone out.
   */
  async function on(day: string, count = 1): Promise<RunningServer[]> {
    // The servers' clock (src/server/clock.ts): the real time of day, on `day`.
    const period = followUpPeriod(
      new Date(Date.now() + Date.parse(day) - Date.parse(vietnamDay(new Date()))),
    );
    const servers = await Promise.all(
      Array.from({ length: count }, () =>
        startServer({
          dataDir,
          // A mail that fails once (a reset connection on a busy machine) is retried within a second, not a minute.
          env: { OCOP_TODAY: day, SMTP_URL: smtpUrl, OCOP_MAIL_RETRY_SECONDS: '1', ...store.env },
        }),
      ),
    );
    // /healthz answers (startServer returns) before the storage is open: wait for the start line.
    const started = () => servers.every((s) => s.output().includes('"msg":"OCOP Bắc Kạn on '));
    expect(await until(started, 30_000)).toBe(true);
    const done = async () => {
      const jobs = await jobsDoneSince(period);
      return jobs.includes('reminders') && jobs.includes('escalations');
    };
    expect(await until(done, 15_000)).toBe(true);
    expect(await until(async () => (await pendingMails()) === 0, 30_000)).toBe(true);
    return servers;
  }

  const stop = (servers: RunningServer[]) => Promise.all(servers.map((s) => s.stop()));

  async function enquire(server: RunningServer, product: string, name: string) {
    const response = await fetch(`${server.url}${paths.api.enquiries}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ product, name, phone: '0912 345 678', consent: true }),
    });
    return ((await response.json()) as { ids: string[] }).ids[0] as string;
  }

  async function signedIn(server: RunningServer, email: string) {
    const session = new InboxSession(server);
    await session.login(email, password);
    return session;
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ocop-follow-ups-'));
    store = await open(dataDir);
    const port = await freePort();
    mail = smtpServer(port);
    await mail.listen();
    smtpUrl = `smtp://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await mail?.close();
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('Friday: two enquiries to a producer with two accounts (one answered at once), one to a producer without', async () => {
    // The accounts first: the command blocks this process for seconds, longer than the server
    // keeps an idle connection open, and a request on one it closed meanwhile would fail.
    addAccount('coop1@example.org', 'producer', mine.producer);
    addAccount('coop2@example.org', 'producer', mine.producer);
    addAccount('staff@example.org', 'staff');
    const [server] = (await on(days.friday)) as [RunningServer];
    try {
      ids.waiting = await enquire(server, mine.slug, 'Người mua chờ');
      ids.answered = await enquire(server, mine.slug, 'Người mua được trả lời');
      ids.theirs = await enquire(server, theirs.slug, 'Người mua khác');
      const coop = await signedIn(server, 'coop1@example.org');
      const csrf = await coop.csrf(paths.admin.enquiry(ids.answered));
      const replied = await coop.post(paths.admin.enquiry(ids.answered), {
        csrf,
        action: 'reply',
        message: 'Còn hàng',
        idempotencyKey: 'answer-at-once',
      });
      expect(replied.status).toBe(303);
      expect(await until(async () => (await pendingMails()) === 0, 15_000)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  test('Monday: one working day has passed, nobody is reminded', async () => {
    await stop(await on(days.monday));
    expect(await followUps()).toEqual([]);
    expect(reminders()).toEqual([]);
  });

  test("Tuesday, with two servers on the data at once: reminded once each, to the producer's accounts or else its contact email", async () => {
    await stop(await on(days.tuesday, 2));
    expect(await followUps()).toEqual(
      [ids.theirs, ids.waiting].sort().map((id) => ({ id, kind: 'reminder' })),
    );
    expect(
      remindersAbout(ids.waiting)
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(['coop1@example.org', 'coop2@example.org']);
    expect(remindersAbout(ids.theirs).flatMap((m) => m.to)).toEqual([producerEmail(theirs.producer)]);
    expect(remindersAbout(ids.answered)).toEqual([]);
    expect(bodyText(remindersAbout(ids.waiting)[0]?.data ?? '')).toContain(
      `/admin/enquiries/${ids.waiting}/`,
    );

    // Restarted the same day: nothing is sent again.
    await stop(await on(days.tuesday));
    expect(reminders()).toHaveLength(3);
  });

  test('Thursday: four working days, nothing escalated yet', async () => {
    const [server] = (await on(days.thursday)) as [RunningServer];
    try {
      const staff = await signedIn(server, 'staff@example.org');
      const html = await (await staff.get(paths.admin.home)).text();
      expect(html).not.toContain(followUpText.vi.escalated.title);
    } finally {
      await server.stop();
    }
    expect((await followUps()).filter((f) => (f as { kind: string }).kind === 'escalation')).toEqual([]);
  });

  test("the next Friday: escalated on the admin home for staff, with the producer's phone, until answered", async () => {
    const [server] = (await on(days.nextFriday)) as [RunningServer];
    try {
      expect((await followUps()).filter((f) => (f as { kind: string }).kind === 'escalation')).toEqual(
        [ids.theirs, ids.waiting].sort().map((id) => ({ id, kind: 'escalation' })),
      );
      const staff = await signedIn(server, 'staff@example.org');
      const home = async () => (await staff.get(paths.admin.home)).text();
      const html = await home();
      expect(html).toContain(followUpText.vi.escalated.title);
      const row = new RegExp(`<tr data-escalated="${ids.waiting}"[^>]*>.*?</tr>`, 's').exec(html)?.[0] ?? '';
      expect(row).toContain(phone);
      expect(html).not.toContain(`data-escalated="${ids.answered}"`);
      // A producer account is not shown the office's list.
      const coop = await signedIn(server, 'coop1@example.org');
      expect(await (await coop.get(paths.admin.home)).text()).not.toContain(followUpText.vi.escalated.title);

      const csrf = await coop.csrf(paths.admin.enquiry(ids.waiting));
      await coop.post(paths.admin.enquiry(ids.waiting), {
        csrf,
        action: 'reply',
        message: 'Xin lỗi vì trả lời muộn',
        idempotencyKey: 'late-answer',
      });
      const after = await home();
      expect(after).not.toContain(`data-escalated="${ids.waiting}"`);
      expect(after).toContain(`data-escalated="${ids.theirs}"`);
    } finally {
      await server.stop();
    }
  });
});
