/**
 * Mail through a real SMTP server (smtp-server, in this process): the producer's contact email
 * receives each new enquiry, the buyer a confirmation with the tracking link, then each answer,
 * and the producer the buyer's replies, none of which can add a header; a mail server that is
 * down delays the mail, never the enquiry, and the outbox delivers once it is back.
 */
import { afterAll, expect, test } from 'vitest';
import { answerWithinWorkingDays } from '../../src/lib/enquiries/policy.ts';
import { enquiryText } from '../../src/lib/i18n/enquiries.ts';
import { paths } from '../../src/lib/paths.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import { bodyText, mailHeaders, type ReceivedMail, smtpServer as smtp, until } from '../support/smtp.ts';
import {
  addUser,
  answer,
  contentProducts,
  InboxSession,
  producerEmail,
  producerName,
  type RunningServer,
  readDatabase,
  startServer,
} from './enquiries-server.ts';

const product = contentProducts().find((p) => producerEmail(p.producer));
if (!product) throw new Error('the content needs a producer with a contact email');
const recipient = producerEmail(product.producer) as string;

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn();
});

const enquire = async (server: RunningServer, name: string) => {
  const started = Date.now();
  const response = await fetch(`${server.url}${paths.api.enquiries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({
      product: product.slug,
      name,
      email: 'buyer@example.vn',
      message: 'Xin báo giá 500 kg',
      consent: true,
    }),
  });
  const { ids, trackingUrl, confirmationMail } = (await response.json()) as {
    ids: string[];
    trackingUrl: string;
    confirmationMail: boolean;
  };
  return {
    status: response.status,
    id: ids[0] as string,
    trackingUrl,
    confirmationMail,
    ms: Date.now() - started,
  };
};
const buyer = 'buyer@example.vn';

test('the producer receives each new enquiry by mail, the buyer a confirmation with the tracking link', async () => {
  const port = await freePort();
  const mail = smtp(port);
  await mail.listen();
  cleanup.push(mail.close);
  const server = await startServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'OCOP Bắc Kạn <no-reply@ocop.test>' },
  });
  cleanup.push(server.stop);

  const { status, id, trackingUrl, confirmationMail } = await enquire(server, 'Người mua thử');
  expect(status).toBe(201);
  expect(confirmationMail).toBe(true);
  expect(await until(() => mail.received.length === 2, 15_000)).toBe(true);
  const message = mail.received.find((m) => m.to.includes(recipient));
  expect(message?.from).toBe('no-reply@ocop.test');
  expect(message?.data).toMatch(/^Reply-To: buyer@example\.vn/m);
  const text = bodyText(message?.data ?? '');
  expect(text).toContain(`mã ${id}`);
  expect(text).toContain('Người mua thử');
  expect(text).toContain('Xin báo giá 500 kg');
  expect(text).toContain(`trong ${answerWithinWorkingDays} ngày làm việc`);
  expect(text).toContain(`/admin/enquiries/${id}/`);

  const confirmation = mail.received.find((m) => m.to.includes('buyer@example.vn'));
  expect(confirmation?.data).not.toMatch(/^Reply-To:/m);
  const confirmationText = bodyText(confirmation?.data ?? '');
  expect(confirmationText).toContain(id);
  expect(confirmationText).toContain(trackingUrl);
  expect(trackingUrl).toMatch(/^https:\/\/ocop\.backan\.example\/theo-doi\/[\w-]{43}\/$/);

  // Once sent, the link is nowhere in the database: only its hash.
  const token = trackingUrl.split('/').at(-2) as string;
  await until(() => {
    const db = readDatabase(server.dataDir);
    const sent = db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NOT NULL').get() as {
      n: number;
    };
    db.close();
    return sent.n === 2;
  }, 5000);
  const db = readDatabase(server.dataDir);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    expect(JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all())).not.toContain(token);
  }
  expect(db.prepare('SELECT count(*) AS n FROM tracking_links').get()).toEqual({ n: 1 });
  db.close();
});

test('the buyer gets a confirmation in their language: references, producers, what comes next', async () => {
  const port = await freePort();
  const mail = smtp(port);
  await mail.listen();
  cleanup.push(mail.close);
  const server = await startServer({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  cleanup.push(server.stop);

  // Without JavaScript: the thank-you page is told a confirmation follows, and says so.
  const posted = await answer(
    await fetch(`${server.url}${paths.api.enquiries}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({
        product: product.slug,
        name: 'Jane <b>Buyer</b>',
        email: buyer,
        message: 'Visit http://spam.example now',
        consent: 'on',
        locale: 'en',
      }),
      redirect: 'manual',
    }),
  );
  expect(posted.status).toBe(303);
  const thanks = new URL(posted.headers.get('location') ?? '', server.url);
  expect(thanks.searchParams.get('mail')).toBe('1');
  const id = thanks.searchParams.get('ref') ?? '';
  expect(await (await answer(await fetch(thanks))).text()).toContain(enquiryText.en.mailFollows);

  const toBuyer = () => mail.received.filter((m) => m.to.includes(buyer));
  expect(await until(() => toBuyer().length === 1, 15_000)).toBe(true);
  const [message] = toBuyer();
  expect(message?.data).not.toMatch(/^Reply-To:/m);
  const text = bodyText(message?.data ?? '');
  expect(text).toContain(`${id}: ${producerName(product.producer).en}`);
  expect(text).toContain(`/en/producers/${product.producer}/`);
  expect(text).toContain(enquiryText.en.nextSteps(answerWithinWorkingDays));
  // Nothing the buyer typed: the form cannot make the site mail someone a message of theirs.
  expect(text).not.toContain('Jane');
  expect(text).not.toContain('spam.example');
});

test('a mail server that is down delays the mail, not the enquiry; the outbox retries', {
  timeout: 60_000,
}, async () => {
  const port = await freePort();
  const server = await startServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, OCOP_MAIL_RETRY_SECONDS: '1' },
  });
  cleanup.push(server.stop);

  const { status, id, ms } = await enquire(server, 'Gửi khi thư hỏng');
  expect(status).toBe(201);
  expect(ms).toBeLessThan(2000);

  // Let a few attempts fail, then bring the mail server up on the address the site was given.
  await new Promise((r) => setTimeout(r, 2500));
  const mail = smtp(port);
  await mail.listen();
  cleanup.push(mail.close);
  const about = () => mail.received.filter((m) => m.to.includes(recipient) && bodyText(m.data).includes(id));
  expect(await until(() => about().length > 0, 40_000)).toBe(true);
  await new Promise((r) => setTimeout(r, 1500));
  expect(about()).toHaveLength(1);
});

test('a reply from the inbox reaches the buyer with a fresh link, the answer back reaches the producer; neither adds a header', {
  timeout: 60_000,
}, async () => {
  const port = await freePort();
  const mail = smtp(port);
  await mail.listen();
  cleanup.push(mail.close);
  const server = await startServer({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  cleanup.push(server.stop);
  addUser(server.dataDir, 'coop@example.org', 'a long password 2026', 'producer', product.producer);

  const { id, trackingUrl } = await enquire(server, 'Người mua thử');
  expect(await until(() => mail.received.length === 2, 15_000)).toBe(true);
  const injection =
    'Còn hàng.\r\nBcc: evil@example.com\r\nSubject: gotcha\r\n\r\n<a href="http://evil.example">x</a>';

  const coop = new InboxSession(server);
  await coop.login('coop@example.org', 'a long password 2026');
  const csrf = await coop.csrf(paths.admin.enquiry(id));
  const replied = await coop.post(paths.admin.enquiry(id), {
    csrf,
    action: 'reply',
    message: injection,
    idempotencyKey: 'smtp-reply-1',
  });
  expect(replied.status).toBe(303);
  expect(await until(() => mail.received.length === 3, 15_000)).toBe(true);
  const answerMail = mail.received[2] as ReceivedMail;
  expect(answerMail.to).toEqual(['buyer@example.vn']);
  const headers = mailHeaders(answerMail.data);
  expect(headers).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
  expect(headers).not.toMatch(/^Bcc:/im);
  expect(headers).not.toContain('gotcha');
  // Mail lines end in CRLF on the wire, whatever was typed.
  const text = bodyText(answerMail.data).replace(/\r\n/g, '\n');
  expect(text).toContain(injection.replace(/\r\n/g, '\n'));
  const link = /https:\/\/ocop\.backan\.example(\/theo-doi\/[\w-]{43}\/)/.exec(text)?.[1] as string;
  expect(link).toBeDefined();
  expect(link).not.toBe(new URL(trackingUrl).pathname);
  const page = await (await fetch(`${server.url}${link}`)).text();
  expect(page).toContain(id);

  const back = await fetch(`${server.url}${link}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
    body: new URLSearchParams({
      action: 'reply',
      enquiry: id,
      message: injection,
      idempotencyKey: 'smtp-back-1',
    }),
    redirect: 'manual',
  });
  expect(back.status).toBe(303);
  expect(await until(() => mail.received.length === 4, 15_000)).toBe(true);
  const notice = mail.received[3] as ReceivedMail;
  expect(notice.to).toEqual([recipient]);
  expect(mailHeaders(notice.data)).toMatch(/^Reply-To: buyer@example\.vn$/m);
  expect(mailHeaders(notice.data)).not.toMatch(/^Bcc:/im);
  expect(bodyText(notice.data)).toContain(`/admin/enquiries/${id}/`);
});
