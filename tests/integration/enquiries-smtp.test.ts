/**
 * Notification mail through a real SMTP server (smtp-server, in this process): the producer's
 * contact email receives each new enquiry and the buyer a confirmation; a mail server that is
 * down delays the mail, never the enquiry, and the outbox delivers once it is back.
 */
import { afterAll, expect, test } from 'vitest';
import { answerWithinWorkingDays } from '../../src/lib/enquiries/policy.ts';
import { enquiryText } from '../../src/lib/i18n/enquiries.ts';
import { paths } from '../../src/lib/paths.ts';
import { freePort } from '../../src/server/net/free-port.ts';
import { bodyText, smtp, until } from '../support/smtp.ts';
import {
  answer,
  contentProducts,
  producerEmail,
  producerName,
  type RunningServer,
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
  const { ids, confirmationMail } = (await response.json()) as { ids: string[]; confirmationMail: boolean };
  return { status: response.status, id: ids[0] as string, confirmationMail, ms: Date.now() - started };
};
const buyer = 'buyer@example.vn';

test('the producer receives each new enquiry by mail', async () => {
  const port = await freePort();
  const mail = smtp(port);
  await mail.listen();
  cleanup.push(mail.close);
  const server = await startServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'OCOP Bắc Kạn <no-reply@ocop.test>' },
  });
  cleanup.push(server.stop);

  const { status, id, confirmationMail } = await enquire(server, 'Người mua thử');
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
