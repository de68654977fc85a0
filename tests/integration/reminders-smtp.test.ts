/**
 * Certificate reminders end to end: the production server, a real SMTP server and the clock moved
 * by OCOP_TODAY. On a certificate's 90-day, 30-day and expiry days its producer's account and the
 * office each get the reminder once: not again the next day, after a restart, nor when two server
 * processes share the database; and the office's certificates page says which were sent.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { projectRoot } from '../../scripts/lib/production-server.ts';
import { addDays } from '../../src/lib/content/certificate-status.ts';
import { milestoneDay, type ReminderMilestone } from '../../src/lib/content/reminders.ts';
import type { ServerCatalogueData } from '../../src/lib/content/server-catalogue.ts';
import { officeText } from '../../src/lib/i18n/office.ts';
import { absoluteUrl, paths } from '../../src/lib/paths.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import { bodyText, smtpServer as smtp, until } from '../support/smtp.ts';
import {
  addUser,
  type RunningServer,
  readDatabase,
  InboxSession as Session,
  startServer,
} from './enquiries-server.ts';

const SITE_URL = 'https://ocop.test';
const OFFICE = 'office@ocop.test';
const COOP = 'coop@example.org';
const STAFF = { email: 'staff@example.org', password: 'staff password 2026' };

const { products } = JSON.parse(
  readFileSync(join(projectRoot, 'dist', 'server-catalogue.json'), 'utf8'),
) as ServerCatalogueData;
const product = products.find((p) => !p.certificates.at(-1)?.revoked);
if (!product) throw new Error('the content needs a product whose certificate is not revoked');
const { expiresOn } = product.certificates.at(-1) as { expiresOn: string };
const day = (milestone: ReminderMilestone) => milestoneDay(expiresOn, milestone);

let mail: ReturnType<typeof smtp>;
let smtpUrl: string;
let dataDir: string;
const running: RunningServer[] = [];

beforeAll(async () => {
  const port = await freePort();
  mail = smtp(port);
  await mail.listen();
  smtpUrl = `smtp://127.0.0.1:${port}`;
  dataDir = await mkdtemp(join(tmpdir(), 'ocop-reminders-'));
  addUser(dataDir, COOP, 'producer password 2026', 'producer', product.producer.slug);
  addUser(dataDir, STAFF.email, STAFF.password, 'staff');
});
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  await mail?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The server on the shared data folder, its clock set to `today`. */
async function serverOn(today: string) {
  const server = await startServer({
    dataDir,
    env: { OCOP_TODAY: today, SMTP_URL: smtpUrl, OCOP_OFFICE_EMAIL: OFFICE, SITE_URL },
    // A server started on a day whose statuses differ from the build's may publish before it listens.
    timeoutMs: 600_000,
  });
  running.push(server);
  return server;
}
async function stop(server: RunningServer) {
  running.splice(running.indexOf(server), 1);
  await server.stop();
}

/** The reminders job's log line for the day, once the run is over (it logs when it is done). */
async function jobRun(server: RunningServer, today: string): Promise<string> {
  let outcome: string | undefined;
  const done = () => {
    for (const line of server.output().split('\n')) {
      if (!line.includes('certificate-reminders')) continue;
      const entry = JSON.parse(line) as { msg: string; period?: string; outcome?: string };
      if (entry.msg === 'job' && entry.period === today) outcome = entry.outcome;
    }
    return outcome !== undefined;
  };
  expect(await until(done, 30_000), server.output()).toBe(true);
  return outcome as string;
}

/** The reminders received about the product, as recipient and what they say of the day. */
const received = () =>
  mail.received
    .map((m) => ({ to: m.to.join(','), text: bodyText(m.data) }))
    .filter((m) => m.text.includes(`sản phẩm "${product.name.vi}"`));
const said = (text: string) =>
  text.includes('(còn khoảng 3 tháng)')
    ? '90-days'
    : text.includes('(còn 30 ngày)')
      ? '30-days'
      : text.includes('đã hết hiệu lực từ')
        ? 'expiry'
        : 'unknown';
const summary = () =>
  received()
    .map((m) => `${said(m.text)} ${m.to}`)
    .sort();
const recorded = () => {
  const db = readDatabase(dataDir);
  try {
    return db
      .prepare(
        'SELECT milestone FROM certificate_reminders WHERE product = ? AND expires_on = ? ORDER BY sent_at',
      )
      .all(product.slug, expiresOn)
      .map((row) => row.milestone);
  } finally {
    db.close();
  }
};

// Generous: where the server publishes for the day before it listens, each start builds the site.
const TIMEOUT_MS = 1_800_000;

test('each reminder reaches the producer and the office once, across days, restarts and two processes', {
  timeout: TIMEOUT_MS,
}, async () => {
  // 90 days before: the first reminder, in Vietnamese, with what to do, whom to ask and the product's page.
  let server = await serverOn(day('90-days'));
  expect(await jobRun(server, day('90-days'))).toMatch(/^[1-9]\d* reminders queued/);
  expect(await until(() => received().length === 2, 15_000)).toBe(true);
  expect(summary()).toEqual([`90-days ${COOP}`, `90-days ${OFFICE}`]);
  const text = received()[0]?.text ?? '';
  expect(text).toContain(`Kính gửi ${product.producer.name.vi},`);
  expect(text).toContain('đánh giá, phân hạng lại sản phẩm OCOP');
  expect(text).toContain('Phiếu kết quả kiểm nghiệm');
  expect(text).toContain(`email ${OFFICE}`);
  expect(text).toContain(absoluteUrl(paths.product('vi', product.slug), SITE_URL));
  await stop(server);

  // The next day, after a restart: the 90-day reminder is still due, and not sent again.
  server = await serverOn(addDays(day('90-days'), 1));
  await jobRun(server, addDays(day('90-days'), 1));
  await stop(server);
  expect(recorded()).toEqual(['90-days']);

  // 30 days before: the second reminder.
  server = await serverOn(day('30-days'));
  await jobRun(server, day('30-days'));
  expect(await until(() => received().length === 4, 15_000)).toBe(true);
  await stop(server);

  // The day it expires, with two server processes on the same database.
  const [a, b] = await Promise.all([serverOn(day('expiry')), serverOn(day('expiry'))]);
  expect(await until(() => received().length === 6, 15_000)).toBe(true);
  // Both have ticked (each runs the due jobs at start); give a late second sender time to show.
  await new Promise((r) => setTimeout(r, 2000));
  expect(summary()).toEqual([
    `30-days ${COOP}`,
    `30-days ${OFFICE}`,
    `90-days ${COOP}`,
    `90-days ${OFFICE}`,
    `expiry ${COOP}`,
    `expiry ${OFFICE}`,
  ]);
  expect(recorded()).toEqual(['90-days', '30-days', 'expiry']);

  // The office sees on the certificates page which reminders went.
  const staff = new Session(a as RunningServer);
  expect((await staff.login(STAFF.email, STAFF.password)).status).toBe(303);
  const html = await (await staff.get(paths.admin.certificates)).text();
  expect(html).not.toContain(officeText.vi.certificates.noMail);
  const row = new RegExp(`<tr data-product="${product.slug}".*?</tr>`, 's').exec(html)?.[0] ?? '';
  expect(row).toContain('90 ngày trước: gửi');
  expect(row).toContain('30 ngày trước: gửi');
  expect(row).toContain('ngày hết hạn: gửi');
  await Promise.all([stop(a as RunningServer), stop(b as RunningServer)]);
});
